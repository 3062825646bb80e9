using System.Globalization;
using ConflictDb.Snowflake;
using Npgsql;

namespace ConflictDb.Sync;

/// <summary>Whether tonight's run may start, and why.</summary>
public sealed record GateDecision(bool Open, string Reason, IReadOnlyList<DateTime> Refreshes);

/// <summary>
/// The gate of the original ONE_TIME_TASK (Scripts13/snowflake/Tasks.sql; rules-task07-13.md §1.3), read from
/// Snowflake: the night runs only when exactly one row of FACTDATAREFRESHSTATUS has MODULE = 'Conflict Report',
/// STATUS = 'success' and TO_DATE(REFRESH_FINISHED_AT + INTERVAL '4 hour') equal to the run's date. The original's
/// "run once per arming" (TASK_1 suspends the gate) becomes: no second run when a full run already succeeded that day.
/// </summary>
public sealed class RefreshGate(ISnowflakeClient client, string sourceSchema)
{
    public string Query =>
        "select \"MODULE\", \"STATUS\", \"REFRESH_FINISHED_AT\" " +
        $"from {sourceSchema}.FACTDATAREFRESHSTATUS " +
        "where MODULE = 'Conflict Report' and STATUS = 'success' " +
        "and TO_DATE(REFRESH_FINISHED_AT + INTERVAL '4 hour') = TO_DATE(?, 'YYYY-MM-DD')";

    public async Task<GateDecision> CheckAsync(DateOnly today, CancellationToken ct)
    {
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var refreshes = new List<DateTime>();
        await using (var result = await client.ExecuteAsync(Query, [SnowflakeBinding.Text(day)], ct))
        {
            await foreach (var row in result.ReadRowsAsync(ct))
            {
                refreshes.Add(row[2] switch
                {
                    DateTime t => t,
                    DateOnly d => d.ToDateTime(TimeOnly.MinValue),
                    _ => default,
                });
            }
        }
        var table = $"{sourceSchema}.FACTDATAREFRESHSTATUS";
        return refreshes.Count switch
        {
            1 => new GateDecision(true, $"one successful 'Conflict Report' refresh counts for {day} (finished {refreshes[0]:yyyy-MM-dd HH:mm:ss})", refreshes),
            0 => new GateDecision(false,
                $"no successful 'Conflict Report' refresh in {table} counts for {day} (REFRESH_FINISHED_AT + 4 hours on that date): " +
                "the analytics refresh has not finished yet. Run again later, or pass --force to run without it.", refreshes),
            var n => new GateDecision(false,
                $"{n} successful 'Conflict Report' refreshes in {table} count for {day} (finished {string.Join(", ", refreshes.Select(r => r.ToString("HH:mm:ss", CultureInfo.InvariantCulture)))}); " +
                "like the original ONE_TIME_TASK the night runs only when there is exactly one. Check the refresh log, then pass --force to run anyway.", refreshes),
        };
    }

    /// <summary>The succeeded full run of that day, if any (replaces the original's suspend-after-run).</summary>
    public static async Task<long?> RanOnAsync(string connectionString, DateOnly day, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(
            "select max(run_id) from conflict.pipeline_runs where status = 'succeeded' and full_chain and as_of >= @day and as_of < @next", conn);
        cmd.Parameters.AddWithValue("day", NpgsqlTypes.NpgsqlDbType.Timestamp, day.ToDateTime(TimeOnly.MinValue));
        cmd.Parameters.AddWithValue("next", NpgsqlTypes.NpgsqlDbType.Timestamp, day.AddDays(1).ToDateTime(TimeOnly.MinValue));
        return await cmd.ExecuteScalarAsync(ct) is long id ? id : null;
    }
}
