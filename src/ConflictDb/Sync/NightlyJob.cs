using ConflictDb.Pipeline;
using ConflictDb.Snowflake;
using Microsoft.Extensions.Logging;

namespace ConflictDb.Sync;

/// <summary>What <c>nightly</c> did: the gate's decision, then (when it opened) the sync and the stage run.</summary>
public sealed record NightlyResult(GateDecision Gate, SyncResult? Sync, RunResult? Run);

/// <summary>
/// One night, as the original task chain runs it: the refresh gate (skipped with force), the sync of the analytics
/// views, then the stages (<see cref="StageRunner"/> with <see cref="Stage.Embedded"/>) with the night's as-of time.
/// </summary>
public sealed class NightlyJob(string connectionString, ISnowflakeClient client, IAnalyticsSource source, string sourceSchema, ILogger logger)
{
    public async Task<NightlyResult> RunAsync(DateTime asOf, bool force, SyncOptions sync, RunOptions run, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(asOf);
        GateDecision gate;
        if (force)
        {
            gate = new GateDecision(true, "gate skipped (--force)", []);
        }
        else
        {
            gate = await new RefreshGate(client, sourceSchema).CheckAsync(today, ct);
            if (gate.Open && await RefreshGate.RanOnAsync(connectionString, today, ct) is { } done)
            {
                gate = gate with
                {
                    Open = false,
                    Reason = $"run {done} already completed the night of {today:yyyy-MM-dd} (the original runs once per day); pass --force to run again",
                };
            }
        }
        logger.LogInformation("gate {State}: {Reason}", gate.Open ? "open" : "closed", gate.Reason);
        if (!gate.Open) return new NightlyResult(gate, null, null);

        var synced = await new AnalyticsSync(connectionString, source, logger).RunAsync(sync, ct);
        var ran = await new StageRunner(connectionString, logger).RunAsync(Stage.Embedded(), run with { AsOf = asOf }, asOf, ct);
        return new NightlyResult(gate, synced, ran);
    }
}
