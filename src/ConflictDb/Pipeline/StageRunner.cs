using System.Diagnostics;
using System.Globalization;
using ConflictDb.Sql;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ConflictDb.Pipeline;

/// <summary>
/// Runs the nightly stages in ordinal order, each in its own transaction with the run's as-of time and id set
/// for that transaction (<c>current_setting('conflictdb.as_of')</c>, <c>current_setting('conflictdb.run_id')</c>).
/// Everything is journaled in conflict.pipeline_runs / conflict.pipeline_stage_runs; a stage's "succeeded" row
/// commits with the stage itself, so the journal never claims work that was rolled back. One run at a time
/// (session advisory lock). A failed run resumes from its failed stage with the same run id and as-of time.
/// </summary>
public sealed class StageRunner(string connectionString, ILogger logger)
{
    /// <summary>Advisory lock key of the nightly run: the bytes of "cdbnight".</summary>
    public const long LockKey = 0x6364626e_69676874;

    public const string AsOfFormat = "yyyy-MM-dd HH:mm:ss.ffffff";

    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(connectionString)
    {
        ApplicationName = "conflictdb run",
        CommandTimeout = 0,
    }.ConnectionString;

    /// <summary>The stages a run would execute, in order, given the options (no database access).</summary>
    public static IReadOnlyList<Stage> Plan(IReadOnlyList<Stage> stages, RunOptions options)
    {
        IEnumerable<Stage> plan = stages.OrderBy(s => s.Name, StringComparer.Ordinal);
        if (options.Procedures is { } procedures)
        {
            var wanted = new HashSet<string>(procedures, StringComparer.OrdinalIgnoreCase);
            plan = plan.Where(s => s.Ports.Any(wanted.Contains));
        }
        if (options.Only is { } only)
        {
            var stage = Find(stages, only);
            plan = plan.Where(s => s == stage);
        }
        if (options.From is { } from)
        {
            var start = Find(stages, from);
            plan = plan.SkipWhile(s => s != start);
        }
        return plan.ToList();
    }

    private static Stage Find(IReadOnlyList<Stage> stages, string nameOrNumber)
    {
        var matches = stages.Where(s => s.Name == nameOrNumber || s.Name == nameOrNumber + ".sql" || s.Name.StartsWith(nameOrNumber + "_", StringComparison.Ordinal)).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new ConflictDbException($"no stage named '{nameOrNumber}'; stages: {string.Join(", ", stages.Select(s => s.Name))}"),
            _ => throw new ConflictDbException($"'{nameOrNumber}' names several stages: {string.Join(", ", matches.Select(s => s.Name))}"),
        };
    }

    public async Task<RunResult> RunAsync(IReadOnlyList<Stage> stages, RunOptions options, DateTime defaultAsOf, CancellationToken ct)
    {
        var plan = Plan(stages, options);
        var fullChain = options.Procedures is null && options.Only is null && options.From is null;
        if (options.DryRun && !options.Resume)
        {
            return new RunResult(0, options.AsOf ?? defaultAsOf, "planned", [], plan);
        }

        await using var lockConn = new NpgsqlConnection(_connectionString);
        await lockConn.OpenAsync(ct);
        await AcquireLockAsync(lockConn, ct);
        try
        {
            long runId;
            DateTime asOf;
            if (options.Resume)
            {
                (runId, asOf, plan, fullChain) = await ResumePointAsync(lockConn, stages, ct);
                if (options.DryRun) return new RunResult(runId, asOf, "planned", [], plan);
                await ExecAsync(lockConn, "update conflict.pipeline_runs set status = 'running', finished_at = null, error = null, resumed = resumed + 1 where run_id = @run",
                    ct, ("run", runId));
                logger.LogInformation("resuming run {RunId} (as of {AsOf:yyyy-MM-dd HH:mm:ss}) at {Stage}", runId, asOf, plan.FirstOrDefault()?.Name);
            }
            else
            {
                asOf = options.AsOf ?? defaultAsOf;
                runId = await StartRunAsync(lockConn, asOf, plan, fullChain, ct);
                logger.LogInformation("run {RunId} as of {AsOf:yyyy-MM-dd HH:mm:ss}: {Count} stage(s)", runId, asOf, plan.Count);
            }

            var results = new List<StageResult>();
            foreach (var stage in plan)
            {
                if (options.BeforeStage is not null) await options.BeforeStage(stage, runId, ct);
                var result = await RunStageAsync(stage, runId, asOf, options, ct);
                results.Add(result);
                if (result.Status != "succeeded")
                {
                    await FailRunAsync(lockConn, runId, $"{stage.Name}: {result.Error}", ct);
                    throw new StageFailedException(
                        $"run {runId} failed in stage {stage.Name}: {result.Error}. Fix the cause, then resume with: run --resume", new InvalidOperationException(result.Error));
                }
                if (options.AfterStage is not null) await options.AfterStage(stage, ct);
            }

            await ExecAsync(lockConn, "update conflict.pipeline_runs set status = 'succeeded', finished_at = @now where run_id = @run",
                ct, ("run", runId), ("now", WallClock()));
            if (fullChain)
            {
                // The original's last step sets InProgressFlag = 2 ("not refreshing"); a full run ends the same way
                // even while that step is not ported, so the web app never shows "refreshing" after a good night.
                await ExecAsync(lockConn, "update conflict.settings set \"InProgressFlag\" = 2", ct);
            }
            return new RunResult(runId, asOf, "succeeded", results, plan);
        }
        finally
        {
            await using var unlock = new NpgsqlCommand("select pg_advisory_unlock(@k)", lockConn);
            unlock.Parameters.AddWithValue("k", LockKey);
            await unlock.ExecuteScalarAsync(CancellationToken.None);
        }
    }

    private async Task AcquireLockAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        await using (var cmd = new NpgsqlCommand("select pg_try_advisory_lock(@k)", conn))
        {
            cmd.Parameters.AddWithValue("k", LockKey);
            if ((bool)(await cmd.ExecuteScalarAsync(ct))!) return;
        }
        var holder = "unknown session";
        await using (var who = new NpgsqlCommand(
            """
            select format('pid %s (%s, connected %s)', a.pid, coalesce(nullif(a.application_name, ''), 'no application name'),
                          to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS'))
            from pg_locks l
            join pg_stat_activity a on a.pid = l.pid
            where l.locktype = 'advisory' and l.granted
              and ((l.classid::bigint << 32) | l.objid::bigint) = @k
            limit 1
            """, conn))
        {
            who.Parameters.AddWithValue("k", LockKey);
            if (await who.ExecuteScalarAsync(ct) is string s) holder = s;
        }
        string? run = null;
        await using (var running = new NpgsqlCommand(
            "select format('run %s as of %s', run_id, to_char(as_of, 'YYYY-MM-DD HH24:MI:SS')) from conflict.pipeline_runs where status = 'running' order by run_id desc limit 1", conn))
        {
            run = await running.ExecuteScalarAsync(ct) as string;
        }
        throw new RunLockedException($"another nightly run holds the run lock: {holder}{(run is null ? "" : $", {run}")}. Only one run at a time.");
    }

    private static async Task<long> StartRunAsync(NpgsqlConnection conn, DateTime asOf, IReadOnlyList<Stage> plan, bool fullChain, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            """
            insert into conflict.pipeline_runs (as_of, status, started_at, stages, full_chain)
            values (@asof, 'running', @now, @stages, @full)
            returning run_id
            """, conn);
        cmd.Parameters.AddWithValue("asof", NpgsqlTypes.NpgsqlDbType.Timestamp, asOf);
        cmd.Parameters.AddWithValue("now", NpgsqlTypes.NpgsqlDbType.Timestamp, WallClock());
        cmd.Parameters.AddWithValue("stages", plan.Select(s => s.Name).ToArray());
        cmd.Parameters.AddWithValue("full", fullChain);
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    private static async Task<(long, DateTime, IReadOnlyList<Stage>, bool)> ResumePointAsync(NpgsqlConnection conn, IReadOnlyList<Stage> stages, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            """
            select r.run_id, r.as_of, r.stages, r.full_chain, r.status,
                   (select s.stage from conflict.pipeline_stage_runs s
                    where s.run_id = r.run_id and s.status = 'failed'
                    order by s.stage_run_id desc limit 1) as failed_stage
            from conflict.pipeline_runs r
            order by r.run_id desc
            limit 1
            """, conn);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) throw new ConflictDbException("nothing to resume: no run has been journaled yet");
        var runId = reader.GetInt64(0);
        var status = reader.GetString(4);
        if (status != "failed")
        {
            throw new ConflictDbException($"nothing to resume: the latest run ({runId}) is {status}; start a new run instead");
        }
        var asOf = reader.GetDateTime(1);
        var names = reader.GetFieldValue<string[]>(2);
        var fullChain = reader.GetBoolean(3);
        var failed = reader.IsDBNull(5) ? names.FirstOrDefault() : reader.GetString(5);
        var byName = stages.ToDictionary(s => s.Name);
        var missing = names.Where(n => !byName.ContainsKey(n)).ToList();
        if (missing.Count > 0) throw new ConflictDbException($"cannot resume run {runId}: its stage(s) {string.Join(", ", missing)} no longer exist");
        var plan = names.SkipWhile(n => n != failed).Select(n => byName[n]).ToList();
        return (runId, asOf, plan, fullChain);
    }

    private async Task<StageResult> RunStageAsync(Stage stage, long runId, DateTime asOf, RunOptions options, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(_connectionString);
        await conn.OpenAsync(ct);
        long stageRunId;
        await using (var start = new NpgsqlCommand(
            "insert into conflict.pipeline_stage_runs (run_id, stage, status, started_at) values (@run, @stage, 'running', @now) returning stage_run_id", conn))
        {
            start.Parameters.AddWithValue("run", runId);
            start.Parameters.AddWithValue("stage", stage.Name);
            start.Parameters.AddWithValue("now", NpgsqlTypes.NpgsqlDbType.Timestamp, WallClock());
            stageRunId = (long)(await start.ExecuteScalarAsync(ct))!;
        }

        var watch = Stopwatch.StartNew();
        var statements = SqlStatementSplitter.Split(stage.Sql);
        long rows = 0;
        SqlStatement? current = null;
        await using var tx = await conn.BeginTransactionAsync(ct);
        try
        {
            await using (var setup = new NpgsqlCommand(
                "select set_config('conflictdb.as_of', @asof, true), set_config('conflictdb.run_id', @run, true), " +
                "set_config('conflictdb.pairing', @pairing, true), set_config('conflictdb.full_pairing_every_days', @every, true), " +
                "set_config('statement_timeout', @timeout, true), set_config('timezone', 'UTC', true)", conn, tx))
            {
                setup.Parameters.AddWithValue("asof", asOf.ToString(AsOfFormat, CultureInfo.InvariantCulture));
                setup.Parameters.AddWithValue("run", runId.ToString(CultureInfo.InvariantCulture));
                setup.Parameters.AddWithValue("pairing", options.Pairing);
                setup.Parameters.AddWithValue("every", options.FullPairingEveryDays.ToString(CultureInfo.InvariantCulture));
                setup.Parameters.AddWithValue("timeout", ((long)options.StatementTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));
                await setup.ExecuteNonQueryAsync(ct);
            }
            foreach (var (name, value) in options.StageSettings)
            {
                await using var setting = new NpgsqlCommand("select set_config(@name, @value, true)", conn, tx);
                setting.Parameters.AddWithValue("name", name);
                setting.Parameters.AddWithValue("value", value);
                await setting.ExecuteNonQueryAsync(ct);
            }
            foreach (var statement in statements)
            {
                current = statement;
                await using var cmd = new NpgsqlCommand(statement.Text, conn, tx);
                var affected = await cmd.ExecuteNonQueryAsync(ct);
                if (affected > 0) rows += affected;
            }
            current = null;
            if (options.FailBeforeCommitOf == stage.Name) throw new InvalidOperationException($"injected failure in {stage.Name}");
            await using (var done = new NpgsqlCommand(
                "update conflict.pipeline_stage_runs set status = 'succeeded', finished_at = @now, rows_affected = @rows, duration_ms = @ms where stage_run_id = @id", conn, tx))
            {
                done.Parameters.AddWithValue("now", NpgsqlTypes.NpgsqlDbType.Timestamp, WallClock());
                done.Parameters.AddWithValue("rows", rows);
                done.Parameters.AddWithValue("ms", watch.ElapsedMilliseconds);
                done.Parameters.AddWithValue("id", stageRunId);
                await done.ExecuteNonQueryAsync(ct);
            }
            await tx.CommitAsync(ct);
            logger.LogInformation("{Stage}: {Rows} row(s) in {Ms} ms", stage.Name, rows, watch.ElapsedMilliseconds);
            return new StageResult(stage.Name, "succeeded", rows, watch.Elapsed, null);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            await tx.RollbackAsync(CancellationToken.None);
            var where = current is null ? "" : $" (statement {current.Index + 1}, line {SqlStatementSplitter.LineOf(current, (ex as PostgresException)?.Position ?? 0)})";
            var error = ex is PostgresException pg ? $"{pg.SqlState} {pg.MessageText}{where}" : $"{ex.Message}{where}";
            logger.LogError("{Stage} failed after {Ms} ms: {Error}", stage.Name, watch.ElapsedMilliseconds, error);
            await using var failed = new NpgsqlCommand(
                "update conflict.pipeline_stage_runs set status = 'failed', finished_at = @now, duration_ms = @ms, error = @error where stage_run_id = @id", conn);
            failed.Parameters.AddWithValue("now", NpgsqlTypes.NpgsqlDbType.Timestamp, WallClock());
            failed.Parameters.AddWithValue("ms", watch.ElapsedMilliseconds);
            failed.Parameters.AddWithValue("error", error);
            failed.Parameters.AddWithValue("id", stageRunId);
            await failed.ExecuteNonQueryAsync(CancellationToken.None);
            return new StageResult(stage.Name, "failed", 0, watch.Elapsed, error);
        }
    }

    private static async Task FailRunAsync(NpgsqlConnection conn, long runId, string error, CancellationToken ct)
    {
        await ExecAsync(conn, "update conflict.pipeline_runs set status = 'failed', finished_at = @now, error = @error where run_id = @run",
            ct, ("run", runId), ("now", WallClock()), ("error", error));
        // Every original procedure sets InProgressFlag = 2 in its catch block.
        await ExecAsync(conn, "update conflict.settings set \"InProgressFlag\" = 2", ct);
    }

    private static async Task ExecAsync(NpgsqlConnection conn, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        foreach (var (name, value) in parameters)
        {
            if (value is DateTime dt) cmd.Parameters.AddWithValue(name, NpgsqlTypes.NpgsqlDbType.Timestamp, dt);
            else cmd.Parameters.AddWithValue(name, value);
        }
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Journal times are UTC wall-clock times taken by the runner, never by SQL.</summary>
    private static DateTime WallClock() => DateTime.SpecifyKind(DateTime.UtcNow, DateTimeKind.Unspecified);
}
