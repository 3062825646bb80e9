using Microsoft.Extensions.Logging;
using Npgsql;

namespace ConflictDb.Sync;

/// <summary>
/// Copies the analytics views into the analytics schema, table by table, in <see cref="AnalyticsViews.All"/> order
/// (<see cref="TableLoader"/> does one table in one transaction). One sync at a time (advisory lock). A failure stops
/// the sync: the failing table is as it was, the tables before it keep their new rows.
/// </summary>
public sealed class AnalyticsSync(string connectionString, IAnalyticsSource source, ILogger logger)
{
    /// <summary>Advisory lock key of the sync: the bytes of "cdbsync!".</summary>
    public const long LockKey = 0x63646273_796e6321;

    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(connectionString)
    {
        ApplicationName = "conflictdb sync",
        CommandTimeout = 0,
        // binary COPY of wide rows: fewer, larger socket writes
        WriteBufferSize = 256 * 1024,
    }.ConnectionString;

    public async Task<SyncResult> RunAsync(SyncOptions options, CancellationToken ct)
    {
        var maps = AnalyticsViews.Select(options.Tables);
        await using var lockConn = new NpgsqlConnection(_connectionString);
        await lockConn.OpenAsync(ct);
        await using (var take = new NpgsqlCommand("select pg_try_advisory_lock(@k)", lockConn))
        {
            take.Parameters.AddWithValue("k", LockKey);
            if (!(bool)(await take.ExecuteScalarAsync(ct))!)
            {
                throw new SyncLockedException("another sync holds the sync lock (advisory lock \"cdbsync!\"); only one sync at a time. Wait for it, or find it in pg_stat_activity (application_name 'conflictdb sync').");
            }
        }
        try
        {
            await CheckRolesAsync(lockConn, options, ct);
            logger.LogInformation("sync from {Source}: {Count} table(s){Full}", source.Name, maps.Count, options.Full ? ", full reload" : "");
            var results = new List<TableSyncResult>();
            var loader = new TableLoader(_connectionString, source, logger);
            foreach (var map in maps)
            {
                try
                {
                    // one connection for the whole sync: the one that holds the lock
                    results.Add(await loader.LoadAsync(map, options, ct, lockConn));
                }
                catch (Exception ex) when (ex is not OperationCanceledException and not SchemaDriftException && ex is ConflictDbException or NpgsqlException)
                {
                    var done = results.Count == 0 ? "no table was loaded before it" : $"loaded before it: {string.Join(", ", results.Select(r => r.Table))}";
                    throw new SyncException($"sync of analytics.{map.Table} from {map.View} failed and was rolled back ({done}): {ex.Message}", ex);
                }
            }
            return new SyncResult(source.Name, results);
        }
        finally
        {
            // a connection a failed load broke has ended its session, and the lock with it
            if (lockConn.FullState == System.Data.ConnectionState.Open)
            {
                try
                {
                    await using var unlock = new NpgsqlCommand("select pg_advisory_unlock(@k)", lockConn);
                    unlock.Parameters.AddWithValue("k", LockKey);
                    await unlock.ExecuteScalarAsync(CancellationToken.None);
                }
                catch (NpgsqlException ex)
                {
                    logger.LogDebug("sync lock not released explicitly ({Message}); it ends with the session", ex.Message);
                }
            }
        }
    }

    private static async Task CheckRolesAsync(NpgsqlConnection conn, SyncOptions options, CancellationToken ct)
    {
        foreach (var role in new[] { options.LoaderRole, options.OwnerRole }.OfType<string>())
        {
            await using var cmd = new NpgsqlCommand(
                "select exists (select from pg_roles where rolname = @r) and pg_has_role(session_user, @r, 'MEMBER')", conn);
            cmd.Parameters.AddWithValue("r", role);
            if (!(bool)(await cmd.ExecuteScalarAsync(ct))!)
            {
                throw new SyncException(
                    $"the login {conn.UserName} is not a member of role {role}: the sync writes as analytics_loader and creates partitions as conflictdb_owner " +
                    "(db/analytics/README.md, \"Roles\"). Grant both roles to the login, or set Sync:LoaderRole / Sync:OwnerRole (empty: use the login's own rights).");
            }
        }
    }
}
