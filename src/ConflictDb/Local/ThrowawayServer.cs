using ConflictDb.Migrations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ConflictDb.Local;

/// <summary>
/// Throwaway databases for tests and parity runs (the Testcontainers stand-in): a private cluster from the
/// installed binaries, or an existing server (<see cref="ExistingServerVariable"/>, a connection string with
/// rights to create databases). All migrations are applied once into a template database; every
/// <see cref="CreateDatabaseAsync"/> clones it (about 70 ms). Everything is removed on dispose.
/// </summary>
public sealed class ThrowawayServer : IAsyncDisposable
{
    public const string ExistingServerVariable = "CONFLICTDB_TEST_PG";

    private readonly LocalPostgres? _local;
    private readonly string _admin;
    private readonly List<string> _created = [];

    private ThrowawayServer(LocalPostgres? local, string admin, string template)
    {
        _local = local;
        _admin = admin;
        TemplateDatabase = template;
    }

    /// <summary>Where throwaway clusters live; stale ones from killed runs are swept at start.</summary>
    public static string ClusterBaseDirectory => Path.Combine(Path.GetTempPath(), "conflictdb-throwaway");

    public string TemplateDatabase { get; }

    public string AdminConnectionString => _admin;

    public static async Task<ThrowawayServer> StartAsync(ILogger? logger, CancellationToken ct)
    {
        logger ??= NullLogger.Instance;
        var existing = Environment.GetEnvironmentVariable(ExistingServerVariable);
        LocalPostgres? local = null;
        string admin;
        if (!string.IsNullOrWhiteSpace(existing))
        {
            admin = existing;
            logger.LogInformation("using the existing server of {Variable}", ExistingServerVariable);
        }
        else
        {
            local = await LocalPostgres.StartEphemeralAsync(ClusterBaseDirectory, ct);
            admin = local.ConnectionString();
            logger.LogDebug("started throwaway PostgreSQL on port {Port}", local.Port);
        }
        var server = new ThrowawayServer(local, admin, $"conflictdb_tpl_{Environment.ProcessId}_{Guid.NewGuid():N}"[..36]);
        await server.ExecuteAdminAsync($"create database \"{server.TemplateDatabase}\"", ct);
        var migrator = new Migrator(server.ConnectionStringFor(server.TemplateDatabase), NullLogger.Instance, TimeSpan.FromSeconds(60));
        await migrator.MigrateAsync(Migrator.Embedded(), dryRun: false, ct);
        NpgsqlConnection.ClearAllPools();
        return server;
    }

    /// <summary>
    /// A connection string for one throwaway database. Pooling is off: a test run creates hundreds of databases, and
    /// idle pooled connections to each would exhaust max_connections.
    /// </summary>
    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(_admin) { Database = database, Timezone = "UTC", Pooling = false }.ConnectionString;

    /// <summary>A new database: a clone of the migrated template, or an empty one.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix, bool migrated = true, CancellationToken ct = default)
    {
        var clean = new string(prefix.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
        var name = $"{clean[..Math.Min(clean.Length, 40)]}_{Guid.NewGuid():N}"[..Math.Min(clean.Length + 13, 54)];
        await ExecuteAdminAsync(migrated ? $"create database \"{name}\" template \"{TemplateDatabase}\"" : $"create database \"{name}\"", ct);
        _created.Add(name);
        return ConnectionStringFor(name);
    }

    public async Task DropDatabaseAsync(string connectionString, CancellationToken ct = default)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAdminAsync($"drop database if exists \"{name}\" with (force)", ct);
        _created.Remove(name);
    }

    public async Task ExecuteAdminAsync(string sql, CancellationToken ct = default)
    {
        await using var conn = new NpgsqlConnection(_admin);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_local is not null)
        {
            await _local.DisposeAsync();
            return;
        }
        foreach (var db in _created.Append(TemplateDatabase).ToList())
        {
            await ExecuteAdminAsync($"drop database if exists \"{db}\" with (force)");
        }
    }
}
