using ConflictDb.Local;
using ConflictDb.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Xunit;

namespace ConflictDb.Testing;

/// <summary>
/// One PostgreSQL server for the test run (the Testcontainers stand-in): a throwaway cluster from the installed
/// binaries, or the server named by CONFLICTDB_TEST_PG (a connection string with rights to create databases).
/// All migrations are applied once into a template database; each test class clones it (about 70 ms).
/// </summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    public const string ExistingServerVariable = "CONFLICTDB_TEST_PG";

    /// <summary>Where throwaway clusters live; stale ones from killed runs are swept at start.</summary>
    public static string ClusterBaseDirectory => Path.Combine(Path.GetTempPath(), "conflictdb-tests");

    private LocalPostgres? _local;
    private string _adminConnectionString = "";
    private readonly List<string> _created = [];

    public string TemplateDatabase { get; } = $"conflictdb_tpl_{Environment.ProcessId}";

    public LocalPostgres? Local => _local;

    public string AdminConnectionString => _adminConnectionString;

    public async Task InitializeAsync()
    {
        var existing = Environment.GetEnvironmentVariable(ExistingServerVariable);
        if (!string.IsNullOrWhiteSpace(existing))
        {
            _adminConnectionString = existing;
        }
        else
        {
            _local = await LocalPostgres.StartEphemeralAsync(ClusterBaseDirectory, CancellationToken.None);
            _adminConnectionString = _local.ConnectionString();
        }
        await ExecuteAdminAsync($"drop database if exists \"{TemplateDatabase}\" with (force)");
        await ExecuteAdminAsync($"create database \"{TemplateDatabase}\"");
        var migrator = new Migrator(ConnectionStringFor(TemplateDatabase), NullLogger.Instance, TimeSpan.FromSeconds(60));
        await migrator.MigrateAsync(Migrator.Embedded(), dryRun: false, CancellationToken.None);
        NpgsqlConnection.ClearAllPools();
    }

    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = database, Timezone = "UTC" }.ConnectionString;

    /// <summary>A new database: a clone of the migrated template, or empty with <paramref name="migrated"/> false.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix, bool migrated = true)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 63)].ToLowerInvariant();
        await ExecuteAdminAsync(migrated ? $"create database \"{name}\" template \"{TemplateDatabase}\"" : $"create database \"{name}\"");
        _created.Add(name);
        return ConnectionStringFor(name);
    }

    public async Task ExecuteAdminAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(_adminConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_local is not null)
        {
            await _local.DisposeAsync();
            return;
        }
        foreach (var db in _created.Append(TemplateDatabase))
        {
            await ExecuteAdminAsync($"drop database if exists \"{db}\" with (force)");
        }
    }
}

/// <summary>The collection every database test class joins (its definition must live in each test assembly).</summary>
public static class PostgresCollection
{
    public const string Name = "postgres";
}
