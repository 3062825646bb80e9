using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace ConflictDb.Generation;

public sealed record NightOptions(ScaleProfile Scale, long Seed, double DeltaRatio)
{
    /// <summary>Default share of the visit fact a night changes: ~100k of 2.7M at SF 1.</summary>
    public const double DefaultDeltaRatio = 0.037;
}

public sealed record NightResult(int Night, DateTime Today, IReadOnlyDictionary<string, long> Changes, TimeSpan Elapsed)
{
    /// <summary>Visits updated, inserted and deleted (the per-kind counts are a breakdown of these).</summary>
    public long Total => Changes.GetValueOrDefault("updated (rows)") + Changes.GetValueOrDefault("inserted (rows)") + Changes.GetValueOrDefault("deleted (rows)");
    public DateTime AsOf => Today.AddHours(2);
}

/// <summary>
/// <c>generate --night</c>: the next night's source changes on a generated database. The next "today" is
/// the day after the latest successful refresh row. About <see cref="NightOptions.DeltaRatio"/> × the
/// visit fact changes: 70 % updates (yesterday's scheduled visits confirmed, future schedules moved,
/// recent visit times corrected, billed, missed, old visits touched), 20 % new visits (the day that enters
/// the 45-day horizon, late entries on recent and future days), 10 % deleted (moved to the deleted fact).
/// Every changed row gets a new "Visit Updated Timestamp". Which visits change is a hash of (seed, night,
/// visit id), so the result does not depend on the order rows are read in.
/// </summary>
public sealed class NightGenerator(string connectionString, ILogger logger)
{
    // the columns a night may change, in the order the staging table and the read projection use
    private const string ChangeColumns =
        "\"Visit Id\", \"Visit Date\", \"Scheduled Start Time\", \"Scheduled End Time\", \"Visit Start Time\", \"Visit End Time\", " +
        "\"Call In Time\", \"Call Out Time\", \"Call Out Device Type\", \"Billed\", \"Billed Hours\", \"Billed Rate\", \"Total Billed Amount\", " +
        "\"Bill Rate Non-Billed\", \"Invoice Date\", \"Is Missed\", \"Missed Visit Reason\", \"Visit Updated Timestamp\", \"Updated Datatimestamp\"";

    private static readonly string[] MissedReasons = ["Patient hospitalized", "Caregiver sick", "Patient refused service", "Patient not home"];

    public async Task<NightResult> GenerateAsync(NightOptions options, CancellationToken ct)
    {
        if (!(options.DeltaRatio > 0) || options.DeltaRatio > 1)
        {
            throw new ConflictDbException($"--delta-ratio {options.DeltaRatio} is out of range: use a share of the visit fact above 0 and at most 1 (default {NightOptions.DefaultDeltaRatio})");
        }
        var watch = Stopwatch.StartNew();
        await using var read = new NpgsqlConnection(connectionString);
        await read.OpenAsync(ct);
        await using var write = new NpgsqlConnection(connectionString);
        await write.OpenAsync(ct);

        var (previous, nights) = await LatestRefreshAsync(read, ct);
        var today = previous.AddDays(1);
        var night = nights + 1;
        var world = World.Build(options.Seed, options.Scale);
        await CheckWorldAsync(read, world, ct);
        var asOf = today.AddHours(2);
        var plan = await PlanAsync(read, today, options.DeltaRatio, ct);
        logger.LogInformation("night {Night} (today {Today:yyyy-MM-dd}): ~{Total:N0} changes planned on {Visits:N0} visits", night, today, plan.Total, plan.Visits);

        await using var tx = await write.BeginTransactionAsync(ct);
        // one staging table for both kinds of change (one connection runs one COPY at a time): action 'U' or 'D'
        await Exec(write, $"create temp table night_changes on commit drop as select {ChangeColumns}, ''::text as action from analytics.factvisitcallperformance_cr with no data", ct);

        var changes = new Dictionary<string, long>();
        await StreamDecisionsAsync(read, write, options.Seed, night, today, plan, changes, ct);

        var updated = await Exec(write,
            """
            update analytics.factvisitcallperformance_cr as f
            set "Scheduled Start Time" = u."Scheduled Start Time",
                "Scheduled End Time" = u."Scheduled End Time",
                "Visit Start Time" = u."Visit Start Time",
                "Visit End Time" = u."Visit End Time",
                "Call In Time" = u."Call In Time",
                "Call Out Time" = u."Call Out Time",
                "Call Out Device Type" = u."Call Out Device Type",
                "Billed" = u."Billed",
                "Billed Hours" = u."Billed Hours",
                "Billed Rate" = u."Billed Rate",
                "Total Billed Amount" = u."Total Billed Amount",
                "Bill Rate Non-Billed" = u."Bill Rate Non-Billed",
                "Invoice Date" = u."Invoice Date",
                "Is Missed" = u."Is Missed",
                "Missed Visit Reason" = u."Missed Visit Reason",
                "Visit Updated Timestamp" = u."Visit Updated Timestamp",
                "Updated Datatimestamp" = u."Updated Datatimestamp"
            from night_changes as u
            where u.action = 'U'
                and f."Visit Id" = u."Visit Id"
                and f."Visit Date" = u."Visit Date"
            """, ct);
        var movedColumns = AnalyticsCopy.VisitColumns
            .Replace("\"Visit Updated Timestamp\"", "deleted_at")
            .Replace("\"Updated Datatimestamp\"", "deleted_at + interval '30 minutes'");
        var deleted = await Exec(write,
            $"""
            with moved as (
                delete from analytics.factvisitcallperformance_cr as f
                using night_changes as d
                where d.action = 'D'
                    and f."Visit Id" = d."Visit Id"
                    and f."Visit Date" = d."Visit Date"
                returning f.*, d."Visit Updated Timestamp" as deleted_at
            )
            insert into analytics.factvisitcallperformance_deleted_cr ({AnalyticsCopy.VisitColumns})
            select {movedColumns}
            from moved
            """, ct);

        var inserted = await InsertNewVisitsAsync(write, world, today, night, plan.Inserts, changes, ct);
        await using (var batch = new NpgsqlBatch(write) { BatchCommands = { ReferenceRows.RefreshRow(today) } })
        {
            await batch.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
        changes["updated (rows)"] = updated;
        changes["deleted (rows)"] = deleted;
        changes["inserted (rows)"] = inserted;

        await DataGenerator.AnalyzeAsync(connectionString, vacuum: true, ct);
        var result = new NightResult(night, today, changes, watch.Elapsed);
        logger.LogInformation("night {Night}: {Updated:N0} updated, {Inserted:N0} new, {Deleted:N0} deleted visits in {Seconds:0.0} s; run it as of {AsOf:yyyy-MM-dd HH:mm:ss}",
            night, updated, inserted, deleted, watch.Elapsed.TotalSeconds, asOf);
        return result;
    }

    private static async Task<(DateTime Today, int Nights)> LatestRefreshAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            "select max(\"REFRESH_FINISHED_AT\"), count(*) from analytics.factdatarefreshstatus where \"MODULE\" = @m and \"STATUS\" = 'success'", conn);
        cmd.Parameters.AddWithValue("m", ReferenceRows.RefreshModule);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        if (reader.IsDBNull(0))
        {
            throw new ConflictDbException($"database {conn.Database} has no generated data (no '{ReferenceRows.RefreshModule}' row in analytics.factdatarefreshstatus): run generate first");
        }
        return (reader.GetDateTime(0).Date, (int)reader.GetInt64(1));
    }

    private static async Task CheckWorldAsync(NpgsqlConnection conn, World world, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select count(*), count(*) filter (where \"Caregiver Id\" = @first) from analytics.dimcaregiver", conn);
        cmd.Parameters.AddWithValue("first", world.Caregivers[0].Id);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        if (reader.GetInt64(0) != world.Caregivers.Count || reader.GetInt64(1) != 1)
        {
            throw new ConflictDbException(
                $"database {conn.Database} was not generated with --scale {world.Scale} --seed {world.Seed} ({reader.GetInt64(0)} caregivers, expected {world.Caregivers.Count}): " +
                "pass the --scale and --seed it was generated with");
        }
    }

    private sealed record Plan(long Visits, long Inserts, double Confirm, double FutureUpdate, double RecentUpdate, double OldUpdate,
        double FutureDelete, double RecentDelete, double OldDelete)
    {
        public long Total { get; init; }
    }

    /// <summary>Per-bucket probabilities that give about ratio × visits changes in the 70/20/10 mix.</summary>
    private static async Task<Plan> PlanAsync(NpgsqlConnection conn, DateTime today, double ratio, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            """
            select
                count(*),
                count(*) filter (where "Visit Date" >= @today),
                count(*) filter (where "Visit Date" >= @recent and "Visit Date" < @today),
                count(*) filter (where "Visit Date" < @recent),
                count(*) filter (where "Visit Date" = @yesterday and "Visit Start Time" is null and not "Is Missed")
            from analytics.factvisitcallperformance_cr
            """, conn);
        cmd.Parameters.AddWithValue("today", NpgsqlDbType.Timestamp, today);
        cmd.Parameters.AddWithValue("recent", NpgsqlDbType.Timestamp, today.AddDays(-45));
        cmd.Parameters.AddWithValue("yesterday", NpgsqlDbType.Timestamp, today.AddDays(-1));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var (all, future, recent, old, unconfirmed) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
        var total = ratio * all;
        var updates = 0.7 * total;
        var deletes = 0.1 * total;
        var confirmations = Math.Min(updates, 0.9 * unconfirmed);
        var rest = updates - confirmations;
        static double P(double wanted, long of) => of == 0 ? 0 : Math.Min(1, wanted / of);
        return new Plan(all, (long)Math.Round(0.2 * total), P(confirmations, unconfirmed), P(0.35 * rest, future), P(0.5 * rest, recent), P(0.15 * rest, old),
            P(0.5 * deletes, future), P(0.4 * deletes, recent), P(0.1 * deletes, old)) { Total = (long)Math.Round(total) };
    }

    private async Task StreamDecisionsAsync(NpgsqlConnection read, NpgsqlConnection write, long seed, int night, DateTime today, Plan plan,
        Dictionary<string, long> changes, CancellationToken ct)
    {
        var asOf = today.AddHours(2);
        await using var staging = await write.BeginBinaryImportAsync($"copy night_changes ({ChangeColumns}, action) from stdin (format binary)", ct);
        await using var export = await read.BeginBinaryExportAsync(
            $"copy (select {ChangeColumns} from analytics.factvisitcallperformance_cr) to stdout (format binary)", ct);
        long seen = 0;
        while (await export.StartRowAsync(ct) != -1)
        {
            var v = await ChangeRow.ReadAsync(export, ct);
            seen++;
            var h = Mix.Hash(v.VisitId, seed, 5, night);
            var u = Mix.Unit(h);
            var p = Mix.Unit(Mix.Hash(v.VisitId, seed, 6, night));
            var rng = new Random((int)(h & 0x7FFFFFFF));
            var updatedAt = asOf.AddMinutes(-rng.Next(60, 20 * 60));
            var date = v.VisitDate;
            var bucket = date >= today ? 0 : date >= today.AddDays(-45) ? 1 : 2;
            var pDelete = bucket switch { 0 => plan.FutureDelete, 1 => plan.RecentDelete, _ => plan.OldDelete };
            if (u < pDelete && !v.IsMissed)
            {
                v.VisitUpdated = updatedAt;
                await v.WriteAsync(staging, "D", ct);
                Count(changes, "deleted");
                continue;
            }
            u -= pDelete;
            string? kind = null;
            if (date == today.AddDays(-1) && v.VisitStart is null && !v.IsMissed)
            {
                if (u < plan.Confirm) kind = p < 0.06 ? "missed" : "confirmed";
            }
            else if (bucket == 0 && u < plan.FutureUpdate) kind = v.VisitStart is null ? "rescheduled" : "touched";
            else if (bucket == 1 && u < plan.RecentUpdate) kind = v.VisitStart is null ? (p < 0.5 ? "confirmed" : "missed") : p < 0.4 ? "moved" : p < 0.9 ? "billed" : "missed";
            else if (bucket == 2 && u < plan.OldUpdate) kind = "touched";
            if (kind is null) continue;

            Apply(v, kind, rng, today);
            v.VisitUpdated = updatedAt;
            v.UpdatedDatatimestamp = asOf.AddMinutes(-60);
            await v.WriteAsync(staging, "U", ct);
            Count(changes, kind);
        }
        await staging.CompleteAsync(ct);
        logger.LogInformation("read {Seen:N0} visits; planned {Changes}", seen, string.Join(", ", changes.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value:N0}")));
    }

    private static void Apply(ChangeRow v, string kind, Random rng, DateTime today)
    {
        switch (kind)
        {
            case "confirmed":
            {
                var start = v.ScheduledStart ?? v.VisitDate.AddHours(9);
                var end = v.ScheduledEnd ?? start.AddHours(4);
                var late = rng.NextDouble() < 0.5 ? 0 : rng.Next(1, 16);
                v.VisitStart = start.AddMinutes(late);
                v.VisitEnd = end.AddMinutes(late + (rng.NextDouble() < 0.6 ? 0 : rng.Next(-15, 16)));
                v.CallIn = v.VisitStart.Value.AddSeconds(rng.Next(0, 180));
                v.CallOut = v.VisitEnd.Value.AddSeconds(rng.Next(0, 180));
                v.DeviceType = rng.NextDouble() < 0.6 ? "Mobile App" : "IVR";
                break;
            }
            case "missed":
                v.IsMissed = true;
                v.MissedReason = MissedReasons[rng.Next(MissedReasons.Length)];
                break;
            case "rescheduled":
            {
                // the agency moves the shift: by 30 minutes to 3 hours, either way
                var shift = 30 * rng.Next(1, 7) * (rng.NextDouble() < 0.5 ? -1 : 1);
                v.ScheduledStart = v.ScheduledStart?.AddMinutes(shift);
                v.ScheduledEnd = v.ScheduledEnd?.AddMinutes(shift);
                break;
            }
            case "moved":
            {
                // the caregiver's times corrected by 30 minutes to 4 hours
                var shift = 30 * rng.Next(1, 9) * (rng.NextDouble() < 0.5 ? -1 : 1);
                v.VisitStart = v.VisitStart?.AddMinutes(shift);
                v.VisitEnd = v.VisitEnd?.AddMinutes(shift);
                v.CallIn = v.CallIn?.AddMinutes(shift);
                v.CallOut = v.CallOut?.AddMinutes(shift);
                break;
            }
            case "billed":
                if (v.Billed == "yes")
                {
                    AdjustRate(v, rng);
                    break;
                }
                var rate = v.BillRateNonBilled ?? 25m;
                var hours = v.VisitStart is { } s && v.VisitEnd is { } e ? Math.Round((decimal)(e - s).TotalHours, 2) : 4m;
                v.Billed = "yes";
                v.BilledRate = rate;
                v.BilledHours = hours;
                v.TotalBilledAmount = Math.Round(rate * hours, 3);
                v.BillRateNonBilled = 0m;
                v.InvoiceDate = today.AddDays(-1).AddHours(rng.Next(1, 20));
                break;
            case "touched":
                AdjustRate(v, rng);
                break;
        }
    }

    private static void AdjustRate(ChangeRow v, Random rng)
    {
        // a billing adjustment: the rate changes by a few cents, the amount follows
        if (v.Billed != "yes" || v.BilledRate is null) return;
        v.BilledRate += rng.Next(-50, 51) / 100m;
        v.TotalBilledAmount = v.BilledHours is { } h ? Math.Round(v.BilledRate.Value * h, 3) : v.TotalBilledAmount;
    }

    private async Task<long> InsertNewVisitsAsync(NpgsqlConnection conn, World world, DateTime today, int night, long wanted,
        Dictionary<string, long> changes, CancellationToken ct)
    {
        var horizon = today.AddDays(ScaleProfile.FutureDays);
        await MonthlyPartitions.EnsureAsync(conn, today.AddDays(-3), horizon.AddDays(31), ct);
        var generator = new DayGenerator(world, today);
        var scale = world.Scale;
        var dayCount = ScaleProfile.DayCount(today);
        await using var visits = await AnalyticsCopy.BeginAsync(conn, "factvisitcallperformance_cr", AnalyticsCopy.VisitColumns, ct);
        long inserted = 0;
        // the day that enters the 45-day horizon, as generate would have made it (stream 0)
        var newDay = generator.Generate(horizon, stream: 0, new DayBudget(DayGenerator.VisitsOn(horizon, scale.Visits, dayCount), 0, 0, 0));
        foreach (var v in newDay.Visits) await AnalyticsCopy.WriteVisitAsync(visits, v, ct);
        inserted += newDay.Visits.Count;
        changes["new (horizon day)"] = newDay.Visits.Count;
        // late entries: more visits on the days from three days ago to the horizon (a stream of their own)
        var extraDays = ScaleProfile.FutureDays + 3;
        var perDay = Math.Max(0, wanted - inserted) / (double)extraDays;
        var rest = 0.0;
        var inservice = new List<InserviceRow>(newDay.Inservice);
        for (var d = 0; d < extraDays && perDay > 0; d++)
        {
            rest += perDay;
            var n = (int)rest;
            rest -= n;
            if (n == 0) continue;
            var output = generator.Generate(today.AddDays(d - 3), stream: 10 + night, new DayBudget(n, 0, 0, 0));
            foreach (var v in output.Visits) await AnalyticsCopy.WriteVisitAsync(visits, v, ct);
            inserted += output.Visits.Count;
            inservice.AddRange(output.Inservice);
        }
        changes["new (late entries)"] = inserted - newDay.Visits.Count;
        await visits.CompleteAsync(ct);
        await visits.DisposeAsync();
        if (inservice.Count > 0)
        {
            await using var importer = await AnalyticsCopy.BeginAsync(conn, "factcaregiverinservice", AnalyticsCopy.InserviceColumns, ct);
            foreach (var x in inservice) await AnalyticsCopy.WriteInserviceAsync(importer, x, ct);
            await importer.CompleteAsync(ct);
        }
        return inserted;
    }

    private static void Count(Dictionary<string, long> changes, string kind) => changes[kind] = changes.GetValueOrDefault(kind) + 1;

    private static async Task<int> Exec(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 };
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The changeable columns of one visit, read from and written back in <see cref="ChangeColumns"/> order.</summary>
    private sealed class ChangeRow
    {
        public string VisitId = "";
        public DateTime VisitDate;
        public DateTime? ScheduledStart;
        public DateTime? ScheduledEnd;
        public DateTime? VisitStart;
        public DateTime? VisitEnd;
        public DateTime? CallIn;
        public DateTime? CallOut;
        public string? DeviceType;
        public string? Billed;
        public decimal? BilledHours;
        public decimal? BilledRate;
        public decimal? TotalBilledAmount;
        public decimal? BillRateNonBilled;
        public DateTime? InvoiceDate;
        public bool IsMissed;
        public string? MissedReason;
        public DateTime? VisitUpdated;
        public DateTime? UpdatedDatatimestamp;

        public static async Task<ChangeRow> ReadAsync(NpgsqlBinaryExporter x, CancellationToken ct) => new()
        {
            VisitId = (await Ref<string>(x, NpgsqlDbType.Text, ct))!,
            VisitDate = (await Value<DateTime>(x, NpgsqlDbType.Timestamp, ct))!.Value,
            ScheduledStart = await Value<DateTime>(x, NpgsqlDbType.Timestamp, ct),
            ScheduledEnd = await Value<DateTime>(x, NpgsqlDbType.Timestamp, ct),
            VisitStart = await Value<DateTime>(x, NpgsqlDbType.Timestamp, ct),
            VisitEnd = await Value<DateTime>(x, NpgsqlDbType.Timestamp, ct),
            CallIn = await Value<DateTime>(x, NpgsqlDbType.Timestamp, ct),
            CallOut = await Value<DateTime>(x, NpgsqlDbType.Timestamp, ct),
            DeviceType = await Ref<string>(x, NpgsqlDbType.Text, ct),
            Billed = await Ref<string>(x, NpgsqlDbType.Text, ct),
            BilledHours = await Value<decimal>(x, NpgsqlDbType.Numeric, ct),
            BilledRate = await Value<decimal>(x, NpgsqlDbType.Numeric, ct),
            TotalBilledAmount = await Value<decimal>(x, NpgsqlDbType.Numeric, ct),
            BillRateNonBilled = await Value<decimal>(x, NpgsqlDbType.Numeric, ct),
            InvoiceDate = await Value<DateTime>(x, NpgsqlDbType.Timestamp, ct),
            IsMissed = await Value<bool>(x, NpgsqlDbType.Boolean, ct) ?? false,
            MissedReason = await Ref<string>(x, NpgsqlDbType.Text, ct),
            VisitUpdated = await Value<DateTime>(x, NpgsqlDbType.Timestamp, ct),
            UpdatedDatatimestamp = await Value<DateTime>(x, NpgsqlDbType.Timestamp, ct),
        };

        public async Task WriteAsync(NpgsqlBinaryImporter importer, string action, CancellationToken ct)
        {
            await importer.StartRowAsync(ct);
            var r = new CopyRow(importer, ct);
            await r.Text(VisitId);
            await r.Timestamp(VisitDate);
            await r.Timestamp(ScheduledStart);
            await r.Timestamp(ScheduledEnd);
            await r.Timestamp(VisitStart);
            await r.Timestamp(VisitEnd);
            await r.Timestamp(CallIn);
            await r.Timestamp(CallOut);
            await r.Text(DeviceType);
            await r.Text(Billed);
            await r.Numeric(BilledHours);
            await r.Numeric(BilledRate);
            await r.Numeric(TotalBilledAmount);
            await r.Numeric(BillRateNonBilled);
            await r.Timestamp(InvoiceDate);
            await r.Bool(IsMissed);
            await r.Text(MissedReason);
            await r.Timestamp(VisitUpdated);
            await r.Timestamp(UpdatedDatatimestamp);
            await r.Text(action);
        }

        private static async Task<T?> Value<T>(NpgsqlBinaryExporter x, NpgsqlDbType type, CancellationToken ct) where T : struct
        {
            if (x.IsNull)
            {
                await x.SkipAsync(ct);
                return null;
            }
            return await x.ReadAsync<T>(type, ct);
        }

        private static async Task<T?> Ref<T>(NpgsqlBinaryExporter x, NpgsqlDbType type, CancellationToken ct) where T : class
        {
            if (x.IsNull)
            {
                await x.SkipAsync(ct);
                return null;
            }
            return await x.ReadAsync<T>(type, ct);
        }
    }
}
