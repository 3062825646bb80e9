using System.Diagnostics;
using System.Text.Json;
using ConflictDb.Configuration;
using ConflictDb.Local;
using ConflictDb.Logging;
using Microsoft.Extensions.Logging;

namespace ConflictDb.Cli;

/// <summary>Exit codes of every verb.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    public const int Busy = 3;
    public const int GateClosed = 4;
    public const int SnowflakeUnavailable = 5;
}

/// <summary>What every verb needs: validated settings, a logger, a database, and the --json summary.</summary>
public sealed class CliContext : IAsyncDisposable
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly ILoggerFactory _loggerFactory;

    private CliContext(ConflictDbSettings settings, ILoggerFactory loggerFactory, bool json, Redactor redactor)
    {
        Settings = settings;
        _loggerFactory = loggerFactory;
        Json = json;
        Redactor = redactor;
        Log = loggerFactory.CreateLogger("conflictdb");
    }

    public ConflictDbSettings Settings { get; }
    public ILogger Log { get; }
    public bool Json { get; }
    public Redactor Redactor { get; }
    public Dictionary<string, object?> Summary { get; } = new();

    public ILogger CreateLogger(string category) => _loggerFactory.CreateLogger(category);

    public static CliContext Create(GlobalOptions options)
    {
        var commandLine = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (options.Connection is not null) commandLine["ConnectionStrings:Conflict"] = options.Connection;
        foreach (var setting in options.Settings)
        {
            var eq = setting.IndexOf('=');
            if (eq <= 0) throw new ConfigurationException("--set", $"expected Section:Key=value, got '{setting}'");
            commandLine[setting[..eq]] = setting[(eq + 1)..];
        }
        var config = ConflictDbSettings.Build(options.ConfigFile, commandLine);
        var settings = ConflictDbSettings.From(config);
        var redactor = new Redactor(settings.Secrets);
        var factory = LoggerFactory.Create(b =>
        {
            b.ClearProviders();
            b.SetMinimumLevel(options.Verbose ? LogLevel.Debug : LogLevel.Information);
            b.AddProvider(new RedactingConsoleLoggerProvider(redactor, options.Verbose ? LogLevel.Debug : LogLevel.Information));
        });
        return new CliContext(settings, factory, options.Json, redactor);
    }

    /// <summary>The configured connection string, or the embedded local server's (started on demand).</summary>
    public async Task<string> ConnectionStringAsync(CancellationToken ct)
    {
        if (Settings.ConnectionString is not null) return Settings.ConnectionString;
        var server = await StartLocalAsync(ct);
        const string database = "conflictdb";
        await using (var conn = new Npgsql.NpgsqlConnection(server.ConnectionString()))
        {
            await conn.OpenAsync(ct);
            await using var exists = new Npgsql.NpgsqlCommand("select 1 from pg_database where datname = @d", conn);
            exists.Parameters.AddWithValue("d", database);
            if (await exists.ExecuteScalarAsync(ct) is null) await server.CreateDatabaseAsync(database, null, ct);
        }
        return server.ConnectionString(database);
    }

    public async Task<LocalPostgres> StartLocalAsync(CancellationToken ct)
    {
        var root = Path.GetFullPath(Settings.LocalDbDirectory);
        var running = LocalPostgres.TryAttach(root);
        if (running is not null) return running;
        var watch = Stopwatch.StartNew();
        var server = await LocalPostgres.StartPersistentAsync(root, ct);
        Log.LogInformation("started local PostgreSQL in {Root} on port {Port} in {Ms} ms", root, server.Port, watch.ElapsedMilliseconds);
        return server;
    }

    /// <summary>Writes the --json summary (status, exit code, duration and what the verb recorded) to standard output.</summary>
    public void WriteSummary(string verb, int exitCode, string? error = null)
    {
        if (!Json) return;
        Summary["verb"] = verb;
        Summary["exitCode"] = exitCode;
        Summary["status"] = exitCode == 0 ? "ok" : "failed";
        Summary["durationMs"] = _watch.ElapsedMilliseconds;
        if (error is not null) Summary["error"] = Redactor.Redact(error);
        Console.Out.WriteLine(JsonSerializer.Serialize(Summary, new JsonSerializerOptions { WriteIndented = true }));
    }

    public ValueTask DisposeAsync()
    {
        _loggerFactory.Dispose();
        return ValueTask.CompletedTask;
    }
}

public sealed record GlobalOptions(string? Connection, string? ConfigFile, IReadOnlyList<string> Settings, bool Json, bool Verbose);
