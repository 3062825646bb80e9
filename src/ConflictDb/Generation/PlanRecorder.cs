using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ConflictDb.Pipeline;
using ConflictDb.Sql;
using Npgsql;

namespace ConflictDb.Generation;

/// <summary>
/// EXPLAIN (ANALYZE, BUFFERS) of every statement of a stage, in one transaction that is rolled back: the
/// run's settings are set as the runner sets them, each explainable statement (select, insert, update,
/// delete, with, create table ... as) runs under EXPLAIN ANALYZE, which executes it, so the temp tables
/// later statements read exist; any other statement (truncate, analyze, set local ...) runs as it is.
/// </summary>
public static partial class PlanRecorder
{
    [GeneratedRegex(@"^(select|insert|update|delete|with|values|merge)\b|^create\s+(?:(?:temp|temporary|unlogged)\s+)?table\s+(?:if\s+not\s+exists\s+)?[\w.""]+(?:\s+on\s+commit\s+(?:drop|delete\s+rows|preserve\s+rows))?\s+as\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Explainable();

    public static bool IsExplainable(string statement) => Explainable().IsMatch(statement.TrimStart());

    /// <summary>
    /// Returns the plan text of the stage (statement by statement), the time it took, and whether every statement
    /// finished. A statement that hits <paramref name="timeout"/> gets its plain EXPLAIN (estimates only, after the
    /// statements before it ran again in a fresh transaction), and the stage stops there.
    /// </summary>
    public static async Task<(string Text, TimeSpan Elapsed, bool Completed)> ExplainStageAsync(string connectionString, Stage stage, DateTime asOf,
        TimeSpan timeout, CancellationToken ct) =>
        await ExplainStageAsync(connectionString, stage, new RunOptions { AsOf = asOf, StatementTimeout = timeout }, 0, ct);

    /// <summary>As above, inside run <paramref name="runId"/> with the pairing mode and stage settings of <paramref name="run"/>.</summary>
    public static async Task<(string Text, TimeSpan Elapsed, bool Completed)> ExplainStageAsync(string connectionString, Stage stage, RunOptions run,
        long runId, CancellationToken ct)
    {
        var asOf = run.AsOf ?? throw new ArgumentException("the run needs an as-of time", nameof(run));
        var timeout = run.StatementTimeout;
        var text = new StringBuilder();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0, Pooling = false }.ConnectionString);
        await conn.OpenAsync(ct);
        var statements = SqlStatementSplitter.Split(stage.Sql);
        await using (var tx = await BeginAsync(conn, run, runId, timeout, ct))
        {
            foreach (var statement in statements)
            {
                var firstLine = statement.Text.Split('\n')[0];
                text.Append(CultureInfo.InvariantCulture, $"-- statement {statement.Index + 1} (line {statement.StartLine}): {firstLine}\n");
                var started = watch.Elapsed;
                try
                {
                    if (!IsExplainable(statement.Text))
                    {
                        await using var exec = new NpgsqlCommand(statement.Text, conn, tx);
                        await exec.ExecuteNonQueryAsync(ct);
                        text.Append(CultureInfo.InvariantCulture, $"-- executed, not explainable ({(watch.Elapsed - started).TotalMilliseconds:0} ms)\n\n");
                        continue;
                    }
                    await ReadPlanAsync(conn, tx, "explain (analyze, buffers, verbose false, settings true) " + statement.Text, text, ct);
                    text.Append('\n');
                }
                catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.QueryCanceled)
                {
                    await tx.RollbackAsync(CancellationToken.None);
                    text.Append(CultureInfo.InvariantCulture,
                        $"-- TIMED OUT after {(watch.Elapsed - started).TotalSeconds:0} s (bench --stage-timeout): no ANALYZE figures; the plan as estimated:\n");
                    await using var again = await BeginAsync(conn, run, runId, TimeSpan.Zero, ct);
                    foreach (var earlier in statements.TakeWhile(x => x.Index < statement.Index))
                    {
                        await using var exec = new NpgsqlCommand(earlier.Text, conn, again);
                        await exec.ExecuteNonQueryAsync(ct);
                    }
                    if (IsExplainable(statement.Text)) await ReadPlanAsync(conn, again, "explain (verbose false, settings true) " + statement.Text, text, ct);
                    await again.RollbackAsync(ct);
                    text.Append("\n-- the statements after this one were not explained\n");
                    return (text.ToString(), watch.Elapsed, false);
                }
            }
            await tx.RollbackAsync(ct);
        }
        return (text.ToString(), watch.Elapsed, true);
    }

    private static async Task<NpgsqlTransaction> BeginAsync(NpgsqlConnection conn, RunOptions run, long runId, TimeSpan timeout, CancellationToken ct)
    {
        var tx = await conn.BeginTransactionAsync(ct);
        await using var setup = new NpgsqlCommand(
            "select set_config('conflictdb.as_of', @asof, true), set_config('conflictdb.run_id', @run, true), " +
            "set_config('conflictdb.pairing', @pairing, true), set_config('conflictdb.full_pairing_every_days', @every, true), " +
            "set_config('statement_timeout', @timeout, true), set_config('timezone', 'UTC', true)", conn, tx);
        setup.Parameters.AddWithValue("asof", run.AsOf!.Value.ToString(StageRunner.AsOfFormat, CultureInfo.InvariantCulture));
        setup.Parameters.AddWithValue("run", runId.ToString(CultureInfo.InvariantCulture));
        setup.Parameters.AddWithValue("pairing", run.Pairing);
        setup.Parameters.AddWithValue("every", run.FullPairingEveryDays.ToString(CultureInfo.InvariantCulture));
        setup.Parameters.AddWithValue("timeout", ((long)timeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));
        await setup.ExecuteNonQueryAsync(ct);
        foreach (var (name, value) in run.StageSettings)
        {
            await using var setting = new NpgsqlCommand("select set_config(@name, @value, true)", conn, tx);
            setting.Parameters.AddWithValue("name", name);
            setting.Parameters.AddWithValue("value", value);
            await setting.ExecuteNonQueryAsync(ct);
        }
        return tx;
    }

    private static async Task ReadPlanAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string sql, StringBuilder text, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) text.Append(reader.GetString(0)).Append('\n');
    }
}
