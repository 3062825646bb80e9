using System.Globalization;
using System.Text;

namespace ConflictDb.Generation;

/// <summary>Appends one row per measured night to bench/results.md (created with its header if missing).</summary>
public static class BenchResultsFile
{
    public const string Header =
        """
        # Benchmark results

        Appended by `bench` (see bench/README.md), one row per night. Times are wall-clock seconds of each stage
        as the stage runner measures them (its own transaction, commit included); "total" is the whole night
        through the runner (journal and lock included). "peak MB" is the largest sum of RssAnon of the
        database's backends sampled every 100 ms during a stage (private memory: hash tables and sorts, not
        shared buffers), the largest over the night's stages; "temp MB" is the temp-file bytes the night
        spilled (pg_stat_database.temp_bytes); "client MB" is the peak working set of the bench process
        (generation included). Stages: 0100 0200 ... are db/stages file numbers. Night 2 runs after
        `generate --night` with the delta shown (updated + new + deleted visits). A stage marked ">N FAILED"
        hit the bench's --stage-timeout (or failed) after N seconds; the night stopped there. "+analyze N" is
        bench --analyze-between-stages: an ANALYZE of the conflict tables after the stage before it (a
        workaround, not part of the night; the total includes it).

        | date (UTC) | commit | machine | PostgreSQL | SF | seed | visits | generate | night | delta visits | per-stage seconds | total s | CVM rows | peak MB | temp MB | client MB |
        |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
        """;

    public static async Task AppendAsync(string path, BenchReport report, CancellationToken ct)
    {
        var text = new StringBuilder();
        if (!File.Exists(path)) text.Append(Header).Append('\n');
        var inv = CultureInfo.InvariantCulture;
        var generate = report.Generated is { } g
            ? string.Create(inv, $"{g.Elapsed.TotalSeconds:0} s, {g.RowsPerSecond:N0} rows/s")
            : "reused";
        foreach (var n in report.Nights)
        {
            var stages = string.Join(" · ", n.Stages.Select(s => s.Stage == "(analyze)"
                ? string.Create(inv, $"+analyze {s.Seconds:0.0}")
                : string.Create(inv, $"{s.Stage[..4]} {(s.Error is null ? "" : ">")}{s.Seconds:0.0}{(s.Error is null ? "" : " FAILED")}")));
            text.Append(inv, $"| {report.Date:yyyy-MM-dd HH:mm} | {report.Machine.Commit} | {report.Machine.Describe} | {report.Machine.PostgresVersion} ({report.Machine.PostgresSettings}) ")
                .Append(inv, $"| {report.Scale} | {report.Seed} | {report.Visits:N0} | {(n.Night == 1 ? generate : string.Create(inv, $"night: {n.GenerateSeconds ?? report.Delta?.Elapsed.TotalSeconds:0} s"))} ")
                .Append(inv, $"| {n.Night} | {(n.Night == 1 ? "initial" : n.DeltaVisits.ToString("N0", inv))} | {stages} | {(n.Failed ? ">" : "")}{n.Seconds:0.0}{(n.Failed ? " (failed)" : "")} | {n.PairRows:N0} ")
                .Append(inv, $"| {(n.PeakServerMb is { } p ? p.ToString("0", inv) : "n/a")} | {n.TempMb:0} | {report.ClientPeakMb:0} |\n");
        }
        await File.AppendAllTextAsync(path, text.ToString(), ct);
    }
}
