using System.Globalization;

namespace ConflictDb.Generation;

/// <summary>How many rows of each kind one day gets.</summary>
public readonly record struct DayBudget(int Visits, int Deleted, int Inservice, int Absences);

/// <summary>
/// Generates one day of facts: the visits of the caregivers who work that day, with a scenario per
/// caregiver and day in the manner of the oracle's generator (../shared/oracle/lib/gen.mjs): most work
/// for one provider; a person with records at two providers who works for both on one day gets a clean
/// sequence or one of the conflicting shapes (same visit time, overlapping visits, schedule over visit,
/// travel distance, overnight, in-service), and before "today" visits are confirmed, afterwards only
/// scheduled. A day is a function of (seed, stream, day, today) alone: the night generator can add a day
/// without replaying the days before it.
/// </summary>
public sealed class DayGenerator(World world, DateTime today)
{
    /// <summary>Share of multi-provider persons' working days spent at two providers.</summary>
    public const double MultiProviderDayShare = 0.3;

    private static readonly (string Name, int Weight)[] PastScenarios =
    [
        ("clean", 50), ("sameVisit", 7), ("visitOverVisit", 13), ("schVisitSame", 4), ("schOverVisit", 6),
        ("distance", 10), ("inservice", 2), ("overnight", 3), ("missed", 2), ("gps", 3),
    ];

    private static readonly (string Name, int Weight)[] FutureScenarios =
    [
        ("clean", 52), ("sameSch", 15), ("schOverSch", 22), ("nullEnd", 5), ("sameProvider", 6),
    ];

    private static readonly (int Minutes, int Weight)[] Durations =
    [
        (60, 5), (120, 15), (180, 15), (240, 25), (300, 10), (360, 10), (480, 15), (720, 5),
    ];

    private static readonly string[] MissedReasons = ["Patient hospitalized", "Caregiver sick", "Patient refused service", "Patient not home", "Weather"];

    private readonly DateTime _asOf = today.AddHours(2);
    private readonly int _userPool = Math.Min(200, world.Users.Count);

    public DateTime Today => today;

    /// <summary>Days since 2000-01-01: the stable number of a day in ids and seeds.</summary>
    public static int DayKey(DateTime day) => (int)(day.Date - new DateTime(2000, 1, 1)).TotalDays;

    /// <summary>The visits a day gets: weekdays more than weekends, about <paramref name="total"/> over <paramref name="dayCount"/> days.</summary>
    public static int VisitsOn(DateTime day, int total, int dayCount)
    {
        const double meanWeight = (0.6 + 0.75 + 5 * 1.08) / 7;
        var weight = day.DayOfWeek switch { DayOfWeek.Sunday => 0.6, DayOfWeek.Saturday => 0.75, _ => 1.08 };
        return (int)Math.Round(total / (double)dayCount / meanWeight * weight);
    }

    public DayOutput Generate(DateTime day, int stream, DayBudget budget)
    {
        var key = DayKey(day);
        var rng = new Random(Mix.Seed(world.Seed, 2, stream, key));
        var ctx = new DayContext(day, stream, key, rng, new DayOutput(), day < today);
        var used = new HashSet<int>();
        var guard = 0;
        while (ctx.Out.Visits.Count < budget.Visits && guard++ < budget.Visits * 20)
        {
            var person = world.Persons[rng.Next(world.Persons.Count)];
            if (!used.Add(person.Index)) continue;
            if (person.Records.Count >= 2 && rng.NextDouble() < MultiProviderDayShare) MultiProviderDay(ctx, person);
            else SingleProviderDay(ctx, person.Records[rng.Next(person.Records.Count)], ctx.Out.Visits);
        }
        for (var i = 0; i < budget.Deleted; i++)
        {
            var cg = world.Caregivers[rng.Next(world.Caregivers.Count)];
            var start = 60 * rng.Next(6, 13) + 30 * rng.Next(2);
            var dur = Duration(rng);
            ctx.Out.Deleted.Add(ctx.Past ? Confirmed(ctx, cg, start, dur, deleted: true) : Visit(ctx, cg, start, dur, deleted: true));
        }
        for (var i = 0; i < budget.Inservice; i++)
        {
            var cg = world.Caregivers[rng.Next(world.Caregivers.Count)];
            var start = day.AddMinutes(60 * rng.Next(8, 17));
            AddInservice(ctx, cg, start, start.AddMinutes(60 * rng.Next(1, 4)));
        }
        for (var i = 0; i < budget.Absences; i++)
        {
            var cg = world.Caregivers[rng.Next(world.Caregivers.Count)];
            var id = (stream + 1) * 100_000_000_000m + key * 100_000m + i + 0.00000m;
            ctx.Out.Absences.Add(new AbsenceRow(id, cg.Id, cg.Office.Id, cg.Provider.Id, day, day.AddDays(rng.Next(0, 5)).AddMinutes(24 * 60 - 1),
                rng.NextDouble() < 0.8 ? Min(day.AddDays(-rng.Next(1, 30)), _asOf.AddHours(-3)) : null));
        }
        return ctx.Out;
    }

    private sealed record DayContext(DateTime Day, int Stream, int Key, Random Rng, DayOutput Out, bool Past)
    {
        public int NextVisit;
        public int NextDeleted;
        public int NextInservice;
    }

    private void SingleProviderDay(DayContext ctx, Caregiver cg, List<VisitRow> into)
    {
        var rng = ctx.Rng;
        var u = rng.NextDouble();
        if (u < 0.03)
        {
            // live-in / overnight shift across midnight
            into.Add(ctx.Past ? Confirmed(ctx, cg, 20 * 60, 12 * 60) : Visit(ctx, cg, 20 * 60, 12 * 60));
            Count(ctx, "single");
            return;
        }
        var visits = u < 0.72 ? 1 : u < 0.96 ? 2 : 3;
        var t = 60 * rng.Next(6, 12) + 30 * rng.Next(2);
        for (var k = 0; k < visits && t < 22 * 60; k++)
        {
            var dur = visits == 1 ? Duration(rng) : 60 * rng.Next(1, 5);
            if (ctx.Past)
            {
                var v = rng.NextDouble();
                if (v < 0.02) into.Add(Visit(ctx, cg, t, dur, missed: true));
                else if (v < 0.06) into.Add(Visit(ctx, cg, t, dur));
                else into.Add(Confirmed(ctx, cg, t, dur));
            }
            else
            {
                into.Add(Visit(ctx, cg, t, rng.NextDouble() < 0.01 ? null : dur));
            }
            t += dur + 30 * rng.Next(1, 4);
        }
        Count(ctx, "single");
    }

    private void MultiProviderDay(DayContext ctx, Person person)
    {
        var rng = ctx.Rng;
        var i = rng.Next(person.Records.Count);
        var j = (i + 1 + rng.Next(person.Records.Count - 1)) % person.Records.Count;
        var (a, b) = (person.Records[i], person.Records[j]);
        var start = 60 * rng.Next(6, 12) + 30 * rng.Next(2);
        var dur = 60 * rng.Next(2, 6);
        var list = ctx.Out.Visits;
        var scenario = Weighted(rng, ctx.Past ? PastScenarios : FutureScenarios);
        switch (scenario)
        {
            case "clean":
            {
                var gap = 30 * rng.Next(3, 7);
                list.Add(ctx.Past ? Confirmed(ctx, a, start, dur) : Visit(ctx, a, start, dur));
                list.Add(ctx.Past ? Confirmed(ctx, b, start + dur + gap, 60 * rng.Next(1, 4)) : Visit(ctx, b, start + dur + gap, 60 * rng.Next(1, 4)));
                break;
            }
            case "sameVisit":
            {
                var v = start + rng.Next(0, 6);
                list.Add(Visit(ctx, a, start, dur, vis: v, vdur: dur));
                list.Add(Visit(ctx, b, start + 30, dur, vis: v, vdur: dur));
                break;
            }
            case "visitOverVisit":
                list.Add(Confirmed(ctx, a, start, dur));
                list.Add(Confirmed(ctx, b, start + dur - 30, 120, visitAt: start + dur - 30 - rng.Next(1, 21)));
                break;
            case "schVisitSame":
            {
                var v = Confirmed(ctx, a, start - 15, dur, visitAt: start);
                list.Add(v);
                list.Add(Visit(ctx, b, start, (int)(v.VisitEnd!.Value - v.VisitStart!.Value).TotalMinutes));
                break;
            }
            case "schOverVisit":
                list.Add(Confirmed(ctx, a, start, dur));
                list.Add(Visit(ctx, b, start + 60, 120));
                break;
            case "distance":
            {
                // back-to-back visits at two homes some miles apart: the travel time may not fit the gap
                var pa = RandomPatient(rng, a.Provider);
                var pb = RandomPatient(rng, b.Provider);
                var gap = Pick(rng, [5, 10, 15, 20, 30, 45]);
                list.Add(Confirmed(ctx, a, start, dur, visitAt: start, patient: pa, gps: NoGps));
                list.Add(Confirmed(ctx, b, start + dur + gap, 60, visitAt: start + dur + gap, patient: pb, gps: NoGps));
                break;
            }
            case "inservice":
            {
                var v = Confirmed(ctx, b, start, dur);
                list.Add(v);
                var s = v.VisitStart!.Value.AddMinutes(30);
                AddInservice(ctx, a, s, s.AddMinutes(60 * rng.Next(1, 3)));
                break;
            }
            case "overnight":
                list.Add(Confirmed(ctx, a, 22 * 60, 8 * 60, visitAt: 22 * 60));
                list.Add(Confirmed(ctx, b, 20 * 60, 150, visitAt: 20 * 60 + 15));
                break;
            case "missed":
                list.Add(Visit(ctx, a, start, dur, missed: true));
                list.Add(Confirmed(ctx, b, start, dur));
                break;
            case "gps":
            {
                var pa = RandomPatient(rng, a.Provider);
                list.Add(Confirmed(ctx, a, start, dur, visitAt: start, patient: pa,
                    gps: pa.Latitude is { } lat ? string.Create(CultureInfo.InvariantCulture, $"{lat:0.000000},{pa.Longitude:0.000000}") : "40.7731179,-73.9859967"));
                list.Add(Confirmed(ctx, b, start + dur + 10, 60, visitAt: start + dur + 10, gps: rng.NextDouble() < 0.5 ? "," : NoGps));
                break;
            }
            case "sameSch":
                list.Add(Visit(ctx, a, start, dur));
                list.Add(Visit(ctx, b, start, dur));
                break;
            case "schOverSch":
                list.Add(Visit(ctx, a, start, dur));
                list.Add(Visit(ctx, b, start + 30 * rng.Next(1, Math.Max(2, dur / 30)), dur));
                break;
            case "nullEnd":
                // CONCAT with a NULL is NULL in Snowflake: two NULL-ended schedules never conflict
                list.Add(Visit(ctx, a, start, null));
                list.Add(Visit(ctx, b, start, null));
                break;
            case "sameProvider":
                // two overlapping visits at one provider: never a conflict
                list.Add(Visit(ctx, a, start, dur));
                list.Add(Visit(ctx, a, start + 60, dur));
                break;
        }
        // a third agency in the evening, clean, for persons with three records
        if (person.Records.Count >= 3 && rng.NextDouble() < 0.3)
        {
            var c = person.Records.First(r => r != a && r != b);
            list.Add(ctx.Past ? Confirmed(ctx, c, 19 * 60, 120) : Visit(ctx, c, 19 * 60, 120));
        }
        Count(ctx, scenario);
    }

    private const string NoGps = "";

    private VisitRow Confirmed(DayContext ctx, Caregiver cg, int sch, int dur, int? visitAt = null, Patient? patient = null, string? gps = null, bool deleted = false)
    {
        var rng = ctx.Rng;
        var late = rng.NextDouble() < 0.5 ? 0 : rng.Next(1, 16);
        var vdur = dur + (rng.NextDouble() < 0.6 ? 0 : rng.Next(-15, 16));
        return Visit(ctx, cg, sch, dur, vis: visitAt ?? sch + late, vdur: Math.Max(15, vdur), patient: patient, gps: gps, deleted: deleted);
    }

    private VisitRow Visit(DayContext ctx, Caregiver cg, int sch, int? dur, int? vis = null, int? vdur = null, bool missed = false,
        Patient? patient = null, string? gps = null, bool deleted = false)
    {
        var rng = ctx.Rng;
        var day = ctx.Day;
        var k = deleted ? ctx.NextDeleted++ : ctx.NextVisit++;
        var kind = deleted ? 1 : 0;
        var provider = cg.Provider;
        var pa = patient ?? RandomPatient(rng, provider);
        var u = rng.NextDouble();
        var visitKind = u < 0.6 ? "Payer" : u < 0.9 ? "UPR" : "Internal";
        var contract = visitKind == "Payer" ? null
            : provider.Contracts.Count > 0 ? provider.Contracts[rng.Next(provider.Contracts.Count)] : world.Contracts[rng.Next(world.Contracts.Count)];
        var service = world.ServiceCodes[rng.Next(world.ServiceCodes.Count)];
        var office = cg.Office;
        var ss = day.AddMinutes(sch);
        DateTime? se = dur is null ? null : ss.AddMinutes(dur.Value);
        DateTime? vs = vis is null ? null : day.AddMinutes(vis.Value);
        DateTime? ve = vs is null ? null : (vdur ?? dur) is { } d ? vs.Value.AddMinutes(d) : null;
        if (gps is null && vs is not null)
        {
            var g = rng.NextDouble();
            gps = g < 0.12 && pa.Latitude is { } lat ? string.Create(CultureInfo.InvariantCulture, $"{lat:0.0000000},{pa.Longitude:0.0000000}")
                : g < 0.16 ? "," : null;
        }
        if (gps == NoGps) gps = null;
        var rate = rng.Next(1_800, 3_201) / 100m;
        var hours = ve is not null && vs is not null ? Math.Round((decimal)(ve.Value - vs.Value).TotalHours, 2) : dur is null ? 0m : Math.Round(dur.Value / 60m, 2);
        var billed = vs is not null && !missed && (day < today.AddDays(-7) ? rng.NextDouble() < 0.85 : day < today && rng.NextDouble() < 0.3);
        DateTime? invoice = billed ? Min(day.AddDays(rng.Next(3, 11)).AddMinutes(rng.Next(60, 240)), _asOf.AddHours(-4)) : null;
        var user = world.Users[rng.Next(_userPool)];
        DateTime updated = ctx.Past
            ? Min(day.AddMinutes(rng.Next(6 * 60, 20 * 24 * 60)), _asOf.AddMinutes(-rng.Next(60, 600)))
            : _asOf.AddMinutes(-rng.Next(60, 30 * 24 * 60));
        if (invoice is { } inv && updated < inv) updated = Min(inv.AddMinutes(rng.Next(5, 600)), _asOf.AddMinutes(-30));
        var appVisitId = ((ctx.Stream * 2 + kind + 1) * 10_000_000_000L + ctx.Key * 1_000_000L + k).ToString(CultureInfo.InvariantCulture);
        return new VisitRow
        {
            VisitId = Mix.Uuid(world.Seed, 7, ctx.Stream, kind, ctx.Key, k),
            AppVisitId = appVisitId,
            PatientId = visitKind == "Internal" ? pa.ProviderSideId : pa.PayerSideId,
            AppPatientId = visitKind == "Internal" ? pa.ProviderSideAppId : pa.PayerSideAppId,
            CaregiverId = cg.Id,
            AppCaregiverId = cg.AppId,
            ProviderId = provider.Id,
            AppProviderId = provider.AppId,
            OfficeId = office.Id,
            AppOfficeId = office.AppId,
            PayerId = visitKind == "Internal" ? null : pa.Payer.Id,
            AppPayerId = visitKind == "Internal" ? 0 : pa.Payer.AppId,
            ContractId = contract?.Id,
            AppContractId = contract?.AppId ?? "0",
            ServiceCodeId = service.Id,
            AppServiceCodeId = service.AppId,
            PayerPatientId = visitKind == "Internal" ? null : pa.PayerSideId,
            AppPayerPatientId = visitKind == "Internal" ? null : pa.PayerSideAppId,
            ProviderPatientId = pa.ProviderSideId,
            AppProviderPatientId = pa.ProviderSideAppId,
            VisitDate = day,
            ScheduledStart = ss,
            ScheduledEnd = se,
            VisitStart = vs,
            VisitEnd = ve,
            CallIn = vs?.AddSeconds(rng.Next(0, 180)),
            CallInGps = gps,
            CallOut = ve?.AddSeconds(rng.Next(0, 180)),
            CallOutGps = gps,
            CallOutDeviceType = vs is null ? null : Pick(rng, ["Mobile App", "Mobile App", "Mobile App", "IVR", "IVR", "FOB"]),
            BillType = Pick(rng, ["Hourly", "Hourly", "Hourly", "Hourly", "Hourly", "Hourly", "Hourly", "Hourly", "Daily", "Visit"]),
            Billed = billed ? "yes" : "no",
            BilledHours = billed ? hours : null,
            BilledRate = billed ? rate : null,
            TotalBilledAmount = billed ? Math.Round(rate * hours, 3) : null,
            BillRateNonBilled = billed ? 0m : rate,
            InvoiceDate = invoice,
            IsMissed = missed,
            MissedVisitReason = missed ? Pick(rng, MissedReasons) : null,
            UpdatedUserId = user.Id,
            AppUpdatedUserId = user.AppId,
            VisitUpdated = updated,
            UpdatedDatatimestamp = _asOf.AddMinutes(-90),
            ConflictReportHash = (long)Mix.Hash(world.Seed, 9, ctx.Stream, kind, ctx.Key, k),
        };
    }

    private void AddInservice(DayContext ctx, Caregiver cg, DateTime start, DateTime end)
    {
        var id = (ctx.Stream + 1) * 100_000_000_000L + ctx.Key * 100_000L + ctx.NextInservice++;
        ctx.Out.Inservice.Add(new InserviceRow(id, cg.Id, cg.Provider.Id, cg.Office.Id, start, end,
            ctx.Rng.NextDouble() < 0.4 ? Min(start.AddDays(-ctx.Rng.Next(1, 20)), _asOf.AddHours(-3)) : null));
    }

    private static Patient RandomPatient(Random rng, Provider provider) => provider.Patients[rng.Next(provider.Patients.Count)];

    private static int Duration(Random rng) => Weighted(rng, Durations);

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static void Count(DayContext ctx, string scenario) =>
        ctx.Out.Scenarios[scenario] = ctx.Out.Scenarios.GetValueOrDefault(scenario) + 1;

    private static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    private static T Weighted<T>(Random rng, IReadOnlyList<(T Value, int Weight)> items)
    {
        var total = 0;
        foreach (var (_, w) in items) total += w;
        var x = rng.Next(total);
        foreach (var (v, w) in items)
        {
            if ((x -= w) < 0) return v;
        }
        return items[^1].Value;
    }
}
