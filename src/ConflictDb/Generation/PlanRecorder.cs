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

    /// <summary>Returns the plan text of the stage (statement by statement) and the explained statements' total time.</summary>
    public static async Task<(string Text, TimeSpan Elapsed)> ExplainStageAsync(string connectionString, Stage stage, DateTime asOf, CancellationToken ct)
    {
        var text = new StringBuilder();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0, Pooling = false }.ConnectionString);
        await conn.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await using (var setup = new NpgsqlCommand(
            "select set_config('conflictdb.as_of', @asof, true), set_config('conflictdb.run_id', '0', true), set_config('timezone', 'UTC', true)", conn, tx))
        {
            setup.Parameters.AddWithValue("asof", asOf.ToString(StageRunner.AsOfFormat, CultureInfo.InvariantCulture));
            await setup.ExecuteNonQueryAsync(ct);
        }
        foreach (var statement in SqlStatementSplitter.Split(stage.Sql))
        {
            var firstLine = statement.Text.Split('\n')[0];
            text.Append(CultureInfo.InvariantCulture, $"-- statement {statement.Index + 1} (line {statement.StartLine}): {firstLine}\n");
            if (!IsExplainable(statement.Text))
            {
                var started = watch.Elapsed;
                await using var run = new NpgsqlCommand(statement.Text, conn, tx);
                await run.ExecuteNonQueryAsync(ct);
                text.Append(CultureInfo.InvariantCulture, $"-- executed, not explainable ({(watch.Elapsed - started).TotalMilliseconds:0} ms)\n\n");
                continue;
            }
            await using var cmd = new NpgsqlCommand("explain (analyze, buffers, verbose false, settings true) " + statement.Text, conn, tx);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) text.Append(reader.GetString(0)).Append('\n');
            text.Append('\n');
        }
        await tx.RollbackAsync(ct);
        return (text.ToString(), watch.Elapsed);
    }
}
