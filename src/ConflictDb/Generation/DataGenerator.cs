using System.Diagnostics;
using ConflictDb.Local;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ConflictDb.Generation;

public sealed record GenerateOptions(ScaleProfile Scale, long Seed, DateTime Today, bool Replace)
{
    /// <summary>The generated data's "now": the first night runs as of today 02:00.</summary>
    public DateTime AsOf => Today.AddHours(2);
}

public sealed record GenerateResult(IReadOnlyDictionary<string, long> Rows, TimeSpan Elapsed, IReadOnlyDictionary<string, int> Scenarios)
{
    public long TotalRows => Rows.Values.Sum();
    public double RowsPerSecond => TotalRows / Math.Max(0.001, Elapsed.TotalSeconds);
}

/// <summary>
/// <c>generate</c>: writes a synthetic analytics world straight into the analytics schema with binary COPY,
/// day by day (never more than one day of facts in memory), plus the conflict reference rows the stages
/// read (settings, MPH bands, excluded SSNs and agencies) and a successful refresh row for the gate.
/// Deterministic: the same seed, scale and today give the same rows.
/// </summary>
public sealed class DataGenerator(string connectionString, ILogger logger)
{
    internal static readonly string[] FactTables = ["factvisitcallperformance_cr", "factvisitcallperformance_deleted_cr", "factcaregiverinservice", "factcaregiverabsence"];

    public async Task<GenerateResult> GenerateAsync(GenerateOptions options, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var scale = options.Scale;
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        await PrepareAsync(conn, options.Replace, ct);

        var world = World.Build(options.Seed, scale);
        var (first, last) = ScaleProfile.Days(options.Today);
        var dayCount = ScaleProfile.DayCount(options.Today);
        // room for a year of nights after the generated horizon
        var partitions = await MonthlyPartitions.EnsureAsync(conn, first, last.AddDays(366), ct);
        if (partitions.Count > 0) logger.LogInformation("created {Count} monthly partition(s): {Names}", partitions.Count, string.Join(", ", partitions));
        logger.LogInformation(
            "generating SF {Scale} seed {Seed}: {Visits:N0} visits {First:yyyy-MM-dd}..{Last:yyyy-MM-dd} ({Days} days, today {Today:yyyy-MM-dd}), {Caregivers:N0} caregivers, {Providers} providers, {Patients:N0} patients",
            scale, options.Seed, scale.Visits, first, last, dayCount, options.Today, world.Caregivers.Count, world.Providers.Count, world.Patients.Count);

        var rows = new Dictionary<string, long>(await DimensionWriter.WriteAsync(conn, world, options.AsOf, ct));
        await ReferenceRows.WriteAsync(conn, world, options.AsOf, ct);
        logger.LogInformation("dimensions and reference rows written in {Seconds:0.0} s", watch.Elapsed.TotalSeconds);

        var scenarios = new Dictionary<string, int>();
        var facts = await WriteFactsAsync(world, options.Today, first, dayCount, scenarios, ct);
        foreach (var (k, v) in facts) rows[k] = v;

        var analyze = Stopwatch.StartNew();
        await AnalyzeAsync(connectionString, vacuum: false, ct);
        logger.LogInformation("analyze in {Seconds:0.0} s", analyze.Elapsed.TotalSeconds);
        var result = new GenerateResult(rows, watch.Elapsed, scenarios);
        logger.LogInformation("generated {Rows:N0} rows in {Seconds:0.0} s ({RowsPerSecond:N0} rows/s)", result.TotalRows, result.Elapsed.TotalSeconds, result.RowsPerSecond);
        return result;
    }

    /// <summary>Refuses to mix worlds: the analytics facts and the conflict pairs must be empty, or --replace empties them.</summary>
    private async Task PrepareAsync(NpgsqlConnection conn, bool replace, CancellationToken ct)
    {
        await using (var check = new NpgsqlCommand(
            """
            select
                exists (select 1 from analytics.factvisitcallperformance_cr)
                or exists (select 1 from analytics.dimcaregiver)
                or exists (select 1 from conflict.conflictvisitmaps)
            """, conn))
        {
            var hasData = (bool)(await check.ExecuteScalarAsync(ct))!;
            if (hasData && !replace)
            {
                throw new ConflictDbException(
                    $"database {conn.Database} already holds analytics or conflict data; generate into an empty migrated database, " +
                    "or pass --replace to empty every analytics and conflict table first (the settings row is kept)");
            }
        }
        if (replace)
        {
            var emptied = await DatabaseReset.ResetAsync(conn, ["analytics", "conflict"], ["conflict.settings"], ct);
            logger.LogInformation("--replace: emptied {Count} table(s)", emptied.Count);
        }
    }

    private async Task<Dictionary<string, long>> WriteFactsAsync(World world, DateTime today, DateTime first, int dayCount,
        Dictionary<string, int> scenarios, CancellationToken ct)
    {
        var scale = world.Scale;
        var generator = new DayGenerator(world, today);
        // four loads side by side, each on its own connection: the server parses while the next day is made
        await using var visits = new FreezeCopy(connectionString, "factvisitcallperformance_cr", AnalyticsCopy.VisitColumns, monthly: true);
        await using var deleted = new FreezeCopy(connectionString, "factvisitcallperformance_deleted_cr", AnalyticsCopy.VisitColumns, monthly: true);
        await using var inservice = new FreezeCopy(connectionString, "factcaregiverinservice", AnalyticsCopy.InserviceColumns, monthly: false);
        await using var absences = new FreezeCopy(connectionString, "factcaregiverabsence", AnalyticsCopy.AbsenceColumns, monthly: false);

        var progress = new Progress(logger, "visits", scale.Visits);
        var fraction = new Random(Mix.Seed(world.Seed, 5));
        long written = 0;
        for (var d = 0; d < dayCount; d++)
        {
            ct.ThrowIfCancellationRequested();
            var day = first.AddDays(d);
            var budget = new DayBudget(
                DayGenerator.VisitsOn(day, scale.Visits, dayCount),
                Spread(fraction, scale.DeletedVisits, dayCount),
                Spread(fraction, scale.InserviceEvents, dayCount),
                Spread(fraction, scale.Absences, dayCount));
            var output = generator.Generate(day, stream: 0, budget);
            foreach (var v in output.Visits) await AnalyticsCopy.WriteVisitAsync(await visits.ForDayAsync(day, ct), v, ct);
            foreach (var v in output.Deleted) await AnalyticsCopy.WriteVisitAsync(await deleted.ForDayAsync(day, ct), v, ct);
            foreach (var x in output.Inservice) await AnalyticsCopy.WriteInserviceAsync(await inservice.ForDayAsync(day, ct), x, ct);
            foreach (var x in output.Absences) await AnalyticsCopy.WriteAbsenceAsync(await absences.ForDayAsync(day, ct), x, ct);
            foreach (var (k, v) in output.Scenarios) scenarios[k] = scenarios.GetValueOrDefault(k) + v;
            written += output.Visits.Count;
            progress.Report(written);
        }
        foreach (var load in new[] { visits, deleted, inservice, absences }) await load.FinishAsync(ct);
        progress.Done(written);
        return new Dictionary<string, long>
        {
            [FactTables[0]] = visits.Rows,
            [FactTables[1]] = deleted.Rows,
            [FactTables[2]] = inservice.Rows,
            [FactTables[3]] = absences.Rows,
        };
    }

    /// <summary>total / days, with the fraction rounded at random so that the days add up to about total.</summary>
    private static int Spread(Random rng, int total, int days)
    {
        var exact = total / (double)days;
        var whole = (int)exact;
        return whole + (rng.NextDouble() < exact - whole ? 1 : 0);
    }

    /// <summary>ANALYZE of every table the generator writes; with <paramref name="vacuum"/>, VACUUM (ANALYZE) of the facts (after a night's updates).</summary>
    internal static async Task AnalyzeAsync(string connectionString, bool vacuum, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        var facts = "analytics.factvisitcallperformance_cr, analytics.factvisitcallperformance_deleted_cr, analytics.factcaregiverinservice, analytics.factcaregiverabsence";
        await using var cmd = new NpgsqlCommand((vacuum ? $"vacuum (analyze) {facts}; analyze " : $"analyze {facts}, ") + "analytics.dimcaregiver, analytics.dimprovider, analytics.dimoffice, " +
            "analytics.dimpatient, analytics.dimpatientaddress, analytics.dimpayer, analytics.dimpayerprovider, analytics.dimcontract, " +
            "analytics.dimservicecode, analytics.dimuser, analytics.dimuseroffices, analytics.factdatarefreshstatus, conflict.settings, " +
            "conflict.mph, conflict.excluded_ssn, conflict.excluded_agency", conn) { CommandTimeout = 0 };
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Logs "visits 1,234,567 / 2,718,402 (45 %), 120,000 rows/s" at most every two seconds.</summary>
    private sealed class Progress(ILogger logger, string what, long total)
    {
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private TimeSpan _last = TimeSpan.Zero;

        public void Report(long done)
        {
            if (_watch.Elapsed - _last < TimeSpan.FromSeconds(2)) return;
            _last = _watch.Elapsed;
            logger.LogInformation("{What} {Done:N0} / {Total:N0} ({Percent:0} %), {Rate:N0} rows/s", what, done, total, 100.0 * done / Math.Max(1, total),
                done / Math.Max(0.001, _watch.Elapsed.TotalSeconds));
        }

        public void Done(long done) =>
            logger.LogInformation("{What} {Done:N0} in {Seconds:0.0} s ({Rate:N0} rows/s)", what, done, _watch.Elapsed.TotalSeconds, done / Math.Max(0.001, _watch.Elapsed.TotalSeconds));
    }
}
