using System.Diagnostics;
using ConflictDb.Sql;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ConflictDb.Migrations;

public sealed record SchemaScripts(string Schema, IReadOnlyList<SqlScript> Scripts);

public sealed record ScriptStatus(string Schema, string Name, bool Applied, DateTime? AppliedAt);

public sealed record MigrationResult(IReadOnlyList<ScriptStatus> Applied, IReadOnlyList<ScriptStatus> Pending, bool DryRun);

/// <summary>A migration failed or cannot start; the message says which script, statement and line.</summary>
public sealed class MigrationException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Applies run-once scripts per schema, journaled exactly as DbUp's PostgreSQL journal does
/// (<c>&lt;schema&gt;.schemaversions</c>), each script and its journal row in one transaction.
/// A SHA-256 per applied script (<c>&lt;schema&gt;.schemaversions_sha256</c>, which DbUp ignores) refuses
/// edited scripts. A session advisory lock keeps two deployers apart.
/// </summary>
public sealed class Migrator(string connectionString, ILogger logger, TimeSpan lockTimeout)
{
    /// <summary>Advisory lock key of migrations: the bytes of "cdbmigr" (the nightly run uses another key).</summary>
    public const long LockKey = 0x63646260_6d696772;

    public static IReadOnlyList<SchemaScripts> Embedded() =>
        EmbeddedScripts.Schemas.Select(s => new SchemaScripts(s, EmbeddedScripts.Migrations(s))).ToList();

    public async Task<IReadOnlyList<ScriptStatus>> StatusAsync(IReadOnlyList<SchemaScripts> schemas, CancellationToken ct)
    {
        await using var conn = await OpenAsync(ct);
        var result = new List<ScriptStatus>();
        foreach (var schema in schemas)
        {
            var journal = await ReadJournalAsync(conn, schema.Schema, ct);
            foreach (var script in schema.Scripts)
            {
                var applied = journal.TryGetValue(script.Name, out var at);
                result.Add(new ScriptStatus(schema.Schema, script.Name, applied, applied ? at : null));
            }
            foreach (var orphan in journal.Keys.Except(schema.Scripts.Select(s => s.Name), StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                logger.LogWarning("{Schema}: journal names {Script}, which no longer exists (renamed or deleted?)", schema.Schema, orphan);
            }
        }
        return result;
    }

    public async Task<MigrationResult> MigrateAsync(IReadOnlyList<SchemaScripts> schemas, bool dryRun, CancellationToken ct)
    {
        await using var lockConn = await OpenAsync(ct);
        await AcquireLockAsync(lockConn, ct);
        try
        {
            var applied = new List<ScriptStatus>();
            var pending = new List<ScriptStatus>();
            foreach (var schema in schemas)
            {
                await using var conn = await OpenAsync(ct);
                var journal = await ReadJournalAsync(conn, schema.Schema, ct);
                await VerifyChecksumsAsync(conn, schema, journal, ct);
                foreach (var script in schema.Scripts.Where(s => !journal.ContainsKey(s.Name)))
                {
                    if (dryRun)
                    {
                        pending.Add(new ScriptStatus(schema.Schema, script.Name, false, null));
                        logger.LogInformation("would apply {Script}", script.Name);
                        continue;
                    }
                    var watch = Stopwatch.StartNew();
                    var at = await ApplyAsync(conn, schema.Schema, script, ct);
                    applied.Add(new ScriptStatus(schema.Schema, script.Name, true, at));
                    logger.LogInformation("applied {Script} in {Ms} ms", script.Name, watch.ElapsedMilliseconds);
                }
            }
            return new MigrationResult(applied, pending, dryRun);
        }
        finally
        {
            await ReleaseLockAsync(lockConn);
        }
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        return conn;
    }

    private async Task AcquireLockAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var announced = false;
        while (true)
        {
            await using (var cmd = new NpgsqlCommand("select pg_try_advisory_lock(@k)", conn))
            {
                cmd.Parameters.AddWithValue("k", LockKey);
                if ((bool)(await cmd.ExecuteScalarAsync(ct))!) return;
            }
            if (watch.Elapsed >= lockTimeout)
            {
                throw new MigrationException(
                    $"another migration holds the migration lock (advisory lock {LockKey}); waited {lockTimeout.TotalSeconds:0} s. " +
                    "Wait for it to finish, or find it with: select pid, application_name, backend_start from pg_stat_activity " +
                    "join pg_locks using (pid) where locktype = 'advisory'");
            }
            if (!announced)
            {
                logger.LogInformation("waiting up to {Seconds} s for another migration to finish", lockTimeout.TotalSeconds);
                announced = true;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
        }
    }

    private static async Task ReleaseLockAsync(NpgsqlConnection conn)
    {
        if (conn.State != System.Data.ConnectionState.Open) return;
        await using var cmd = new NpgsqlCommand("select pg_advisory_unlock(@k)", conn);
        cmd.Parameters.AddWithValue("k", LockKey);
        await cmd.ExecuteScalarAsync();
    }

    private static async Task<Dictionary<string, DateTime>> ReadJournalAsync(NpgsqlConnection conn, string schema, CancellationToken ct)
    {
        var journal = new Dictionary<string, DateTime>(StringComparer.Ordinal);
        await using (var exists = new NpgsqlCommand(
            "select 1 from information_schema.tables where table_schema = @s and table_name = 'schemaversions'", conn))
        {
            exists.Parameters.AddWithValue("s", schema);
            if (await exists.ExecuteScalarAsync(ct) is null) return journal;
        }
        await using var cmd = new NpgsqlCommand(
            $"select scriptname, applied from {Quote(schema)}.schemaversions order by scriptname", conn);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            journal[reader.GetString(0)] = reader.GetDateTime(1);
        }
        return journal;
    }

    private static async Task VerifyChecksumsAsync(NpgsqlConnection conn, SchemaScripts schema, Dictionary<string, DateTime> journal, CancellationToken ct)
    {
        if (journal.Count == 0) return;
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var exists = new NpgsqlCommand(
            "select 1 from information_schema.tables where table_schema = @s and table_name = 'schemaversions_sha256'", conn))
        {
            exists.Parameters.AddWithValue("s", schema.Schema);
            if (await exists.ExecuteScalarAsync(ct) is null) return;
        }
        await using (var cmd = new NpgsqlCommand($"select scriptname, sha256 from {Quote(schema.Schema)}.schemaversions_sha256", conn))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) stored[reader.GetString(0)] = reader.GetString(1);
        }
        var edited = schema.Scripts
            .Where(s => stored.TryGetValue(s.Name, out var sha) && sha != s.Sha256)
            .Select(s => s.Name)
            .ToList();
        if (edited.Count > 0)
        {
            throw new MigrationException(
                $"applied migration(s) were edited since they ran: {string.Join(", ", edited)}. " +
                "A landed migration must never change; restore the original text and add a new versioned script instead.");
        }
    }

    private async Task<DateTime> ApplyAsync(NpgsqlConnection conn, string schema, SqlScript script, CancellationToken ct)
    {
        var lint = DollarVariableLint.Find(script.Contents);
        if (lint.Count > 0)
        {
            throw new MigrationException($"{script.Name}: uses {string.Join(", ", lint)}; DbUp would treat it as a variable. Dollar-quote with bare $$ only.");
        }

        var statements = SqlStatementSplitter.Split(script.Contents);
        await using var tx = await conn.BeginTransactionAsync(ct);
        SqlStatement? current = null;
        try
        {
            await ExecAsync(conn, tx, $"create schema if not exists {Quote(schema)}", ct);
            await ExecAsync(conn, tx, JournalDdl(schema), ct);
            foreach (var statement in statements)
            {
                current = statement;
                await ExecAsync(conn, tx, statement.Text, ct);
            }
            current = null;
            // DbUp writes the client's local time; ConflictDb runs in UTC, so this is UTC wall time.
            var at = DateTime.SpecifyKind(DateTime.UtcNow, DateTimeKind.Unspecified);
            await using (var insert = new NpgsqlCommand(
                $"insert into {Quote(schema)}.schemaversions (scriptname, applied) values (@n, @a)", conn, tx))
            {
                insert.Parameters.AddWithValue("n", script.Name);
                insert.Parameters.AddWithValue("a", NpgsqlTypes.NpgsqlDbType.Timestamp, at);
                await insert.ExecuteNonQueryAsync(ct);
            }
            await using (var sha = new NpgsqlCommand(
                $"insert into {Quote(schema)}.schemaversions_sha256 (scriptname, sha256, applied) values (@n, @h, @a) " +
                "on conflict (scriptname) do update set sha256 = excluded.sha256, applied = excluded.applied", conn, tx))
            {
                sha.Parameters.AddWithValue("n", script.Name);
                sha.Parameters.AddWithValue("h", script.Sha256);
                sha.Parameters.AddWithValue("a", NpgsqlTypes.NpgsqlDbType.Timestamp, at);
                await sha.ExecuteNonQueryAsync(ct);
            }
            await tx.CommitAsync(ct);
            return at;
        }
        catch (PostgresException ex)
        {
            await tx.RollbackAsync(CancellationToken.None);
            var where = current is null
                ? "journal"
                : $"statement {current.Index + 1}, line {SqlStatementSplitter.LineOf(current, ex.Position)}";
            throw new MigrationException($"{script.Name} failed at {where}: {ex.SqlState} {ex.MessageText}. Nothing of this script was applied.", ex);
        }
    }

    private static async Task ExecAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx) { CommandTimeout = 0 };
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>DbUp's PostgresqlTableJournal DDL, plus our checksum table beside it.</summary>
    internal static string JournalDdl(string schema) =>
        $"""
        create table if not exists {Quote(schema)}.schemaversions (
            schemaversionsid serial not null,
            scriptname character varying(255) not null,
            applied timestamp without time zone not null,
            constraint "PK_schemaversions_Id" primary key (schemaversionsid)
        );
        create table if not exists {Quote(schema)}.schemaversions_sha256 (
            scriptname character varying(255) not null primary key,
            sha256 character(64) not null,
            applied timestamp without time zone not null
        )
        """;

    internal static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}
