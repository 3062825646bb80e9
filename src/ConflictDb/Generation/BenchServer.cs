using ConflictDb.Local;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ConflictDb.Generation;

/// <summary>
/// The server a benchmark creates its databases on: a persistent local cluster (bench/data/pg, so a base
/// can be reused), a throwaway cluster, or the configured server (which must allow CREATE DATABASE).
/// </summary>
public sealed class BenchServer : IAsyncDisposable
{
    private readonly Func<ValueTask>? _dispose;

    private BenchServer(string admin, string description, Func<ValueTask>? dispose)
    {
        AdminConnectionString = admin;
        Description = description;
        _dispose = dispose;
    }

    public string AdminConnectionString { get; }

    public string Description { get; }

    public static async Task<BenchServer> LocalAsync(string root, CancellationToken ct)
    {
        var server = await LocalPostgres.StartPersistentAsync(root, ct);
        return new BenchServer(server.ConnectionString("postgres"), $"local cluster {root} (port {server.Port})", null);
    }

    public static async Task<BenchServer> ThrowawayAsync(ILogger logger, CancellationToken ct)
    {
        var server = await ThrowawayServer.StartAsync(logger, ct);
        return new BenchServer(server.AdminConnectionString, "throwaway cluster", () => server.DisposeAsync());
    }

    public static BenchServer Existing(string connectionString) =>
        new(connectionString, $"configured server {new NpgsqlConnectionStringBuilder(connectionString).Host}", null);

    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, Timezone = "UTC", CommandTimeout = 0 }.ConnectionString;

    public async Task<string?> DatabaseCommentAsync(string database, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(AdminConnectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(
            "select coalesce(shobj_description(oid, 'pg_database'), '') from pg_database where datname = @name", conn);
        cmd.Parameters.AddWithValue("name", database);
        return await cmd.ExecuteScalarAsync(ct) as string;
    }

    public Task CommentAsync(string database, string comment, CancellationToken ct) =>
        ExecAsync($"comment on database \"{database}\" is '{comment.Replace("'", "''")}'", ct);

    public async Task RecreateAsync(string database, string? template, CancellationToken ct)
    {
        await DropAsync(database, ct);
        await ExecAsync(template is null
            ? $"create database \"{database}\""
            : $"create database \"{database}\" template \"{template}\" strategy file_copy", ct);
    }

    public async Task DropAsync(string database, CancellationToken ct)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecAsync($"drop database if exists \"{database}\" with (force)", ct);
    }

    private async Task ExecAsync(string sql, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(AdminConnectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 };
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public ValueTask DisposeAsync() => _dispose?.Invoke() ?? ValueTask.CompletedTask;
}
