using System.Globalization;
using Npgsql;

namespace ConflictDb.Generation;

/// <summary>Writes the dimensions of a <see cref="World"/> into the analytics schema (binary COPY).</summary>
public static class DimensionWriter
{
    public static async Task<Dictionary<string, long>> WriteAsync(NpgsqlConnection conn, World w, DateTime asOf, CancellationToken ct)
    {
        var loaded = asOf.AddMinutes(-90);
        var counts = new Dictionary<string, long>();
        var rng = new Random(Mix.Seed(w.Seed, 3));

        counts["dimprovider"] = await AnalyticsCopy.CopyAsync(conn, "dimprovider",
            "\"Provider Id\", \"Application Provider Id\", \"Provider Name\", \"Address State\", \"Federal Tax Number\", \"Phone Number 1\", \"Is Active\", \"Is Demo\", \"Updated Datatimestamp\", \"Environemnt\"",
            w.Providers, async (r, p) =>
            {
                await r.Text(p.Id); await r.Text(p.AppId); await r.Text(p.Name); await r.Text(p.State); await r.Text(p.TaxNumber);
                await r.Text(p.Phone); await r.Bool(p.IsActive); await r.Bool(p.IsDemo); await r.Timestamp(loaded); await r.Text(World.Environment);
            }, ct);

        counts["dimoffice"] = await AnalyticsCopy.CopyAsync(conn, "dimoffice",
            "\"Office Id\", \"Application Office Id\", \"Office Name\", \"Is Active\", \"Updated Datatimestamp\", \"Federal Tax Number\", \"NPI\"",
            w.Offices, async (r, o) =>
            {
                await r.Text(o.Id); await r.Text(o.AppId); await r.Text(o.Name); await r.Bool(o.IsActive); await r.Timestamp(loaded);
                await r.Text(o.Provider.TaxNumber); await r.Text(o.Npi);
            }, ct);

        counts["dimpayer"] = await AnalyticsCopy.CopyAsync(conn, "dimpayer",
            "\"Payer Id\", \"Application Payer Id\", \"Payer Name\", \"Payer State\", \"Is Active\", \"Is Demo\", \"Updated Datatimestamp\"",
            w.Payers, async (r, p) =>
            {
                await r.Text(p.Id); await r.Text(p.AppId.ToString(CultureInfo.InvariantCulture)); await r.Text(p.Name); await r.Text(p.State);
                await r.Bool(p.IsActive); await r.Bool(p.IsDemo); await r.Timestamp(loaded);
            }, ct);

        counts["dimpayerprovider"] = await AnalyticsCopy.CopyAsync(conn, "dimpayerprovider",
            "\"Payer Id\", \"Application Payer Id\", \"Provider Id\", \"Application Provider Id\", \"Conflict Report Hash\"",
            w.Providers.SelectMany(p => p.Payers.Select(py => (p, py))), async (r, x) =>
            {
                await r.Text(x.py.Id); await r.Text(x.py.AppId.ToString(CultureInfo.InvariantCulture)); await r.Text(x.p.Id); await r.Text(x.p.AppId);
                await r.Long((long)Mix.Hash(w.Seed, 31, x.p.Index, x.py.AppId));
            }, ct);

        counts["dimcontract"] = await AnalyticsCopy.CopyAsync(conn, "dimcontract",
            "\"Contract Id\", \"Application Contract Id\", \"Contract Name\", \"Is Active\", \"Updated Datatimestamp\"",
            w.Contracts, async (r, c) =>
            {
                await r.Text(c.Id); await r.Text(c.AppId); await r.Text(c.Name); await r.Bool(c.IsActive); await r.Timestamp(loaded);
            }, ct);

        counts["dimservicecode"] = await AnalyticsCopy.CopyAsync(conn, "dimservicecode",
            "\"Service Code Id\", \"Application Service Code Id\", \"Service Code\", \"Updated Datatimestamp\"",
            w.ServiceCodes, async (r, s) =>
            {
                // Snowflake keeps this id as text and values such as 541026.0 occur
                await r.Text(s.Id); await r.Text(s.AppId % 5 == 0 ? $"{s.AppId}.0" : s.AppId.ToString(CultureInfo.InvariantCulture)); await r.Text(s.Code); await r.Timestamp(loaded);
            }, ct);

        counts["dimuser"] = await AnalyticsCopy.CopyAsync(conn, "dimuser",
            "\"User Id\", \"Application User Id\", \"User Fullname\", \"User Email Address\", \"Vendor Id\", \"Application Vendor Id\", \"Aggregator Database Name\", \"Conflict Report Hash\"",
            w.Users, async (r, u) =>
            {
                await r.Text(u.Id); await r.Text(u.AppId); await r.Text(u.FullName); await r.Text(u.Email); await r.Text(u.VendorId);
                await r.Text(u.AppVendorId); await r.Text(u.VendorId is null ? null : "hha_payer"); await r.Long(null);
            }, ct);

        var userOffices = new HashSet<(int, int)>();
        var target = Math.Min(w.Scale.UserOffices, w.Users.Count * w.Offices.Count);
        while (userOffices.Count < target) userOffices.Add((rng.Next(w.Users.Count), rng.Next(w.Offices.Count)));
        counts["dimuseroffices"] = await AnalyticsCopy.CopyAsync(conn, "dimuseroffices",
            "\"User Id\", \"Office Id\", \"Vendor Id\", \"Vendor Type\", \"Conflict Report Hash\"",
            userOffices.Order(), async (r, x) =>
            {
                var u = w.Users[x.Item1];
                await r.Text(u.Id); await r.Text(w.Offices[x.Item2].Id); await r.Text(u.VendorId); await r.Text(u.VendorId is null ? "Provider" : "Payer"); await r.Long(null);
            }, ct);

        counts["dimcaregiver"] = await AnalyticsCopy.CopyAsync(conn, "dimcaregiver",
            "\"Caregiver Id\", \"Application Caregiver Id\", \"Caregiver Code\", \"Caregiver Firstname\", \"Caregiver Lastname\", \"Caregiver Fullname\", \"SSN\", \"Status\", \"Updated Datatimestamp\"",
            w.Caregivers, async (r, c) =>
            {
                await r.Text(c.Id); await r.Long(c.AppId); await r.Text(c.Code); await r.Text(c.Person.First); await r.Text(c.Person.Last);
                await r.Text($"{c.Person.First} {c.Person.Last}"); await r.Text(c.StoredSsn); await r.Text(c.Status); await r.Timestamp(loaded);
            }, ct);

        counts["dimpatient"] = await AnalyticsCopy.CopyAsync(conn, "dimpatient",
            "\"Patient Id\", \"Payer Id\", \"Application Patient Id\", \"Patient Firstname\", \"Patient Lastname\", \"Patient Name\", \"Admission Id\", \"Medicaid Number\", \"Status\", \"Has Visit\", \"Updated Datatimestamp\", \"Conflict Report Hash\"",
            w.Patients.SelectMany(p => new[] { (p, provider: true), (p, provider: false) }), async (r, x) =>
            {
                var p = x.p;
                await r.Text(x.provider ? p.ProviderSideId : p.PayerSideId); await r.Text(p.Payer.Id);
                await r.Long(x.provider ? p.ProviderSideAppId : p.PayerSideAppId); await r.Text(p.First); await r.Text(p.Last);
                await r.Text($"{p.Last}, {p.First}"); await r.Text($"ADM{p.Index:000000}"); await r.Text($"{(char)('A' + p.Index % 26)}{(char)('A' + p.Index / 26 % 26)}{p.Index * 37 % 100000:00000}{(char)('A' + p.Index % 7)}");
                await r.Text(p.Index % 29 == 0 ? "Discharged" : "Active"); await r.Bool(true); await r.Timestamp(loaded); await r.Long(null);
            }, ct);

        counts["dimpatientaddress"] = await AnalyticsCopy.CopyAsync(conn, "dimpatientaddress",
            "\"Patient Address Id\", \"Application Patient Address Id\", \"Patient Id\", \"Application Patient Id\", \"Address Type\", \"Address Line 1\", \"Address Line 2\", \"City\", \"County\", \"Address State\", \"Zip Code\", \"Primary Address\", \"Latitude\", \"Longitude\", \"Application Created UTC Timestamp\", \"Updated Datatimestamp\"",
            Addresses(w, asOf), async (r, a) =>
            {
                await r.Text(a.Id); await r.Long(a.AppId); await r.Text(a.PatientId); await r.Long(a.AppPatientId); await r.Text(a.Type);
                await r.Text(a.Line1); await r.Text(a.Line2); await r.Text(a.Patient.City); await r.Text(a.Patient.County); await r.Text(a.Patient.State);
                await r.Text(a.Patient.Zip); await r.Bool(a.Primary); await r.Double(a.Latitude); await r.Double(a.Longitude); await r.Timestamp(a.Created); await r.Timestamp(loaded);
            }, ct);
        return counts;
    }

    private sealed record Address(string Id, long AppId, Patient Patient, string PatientId, long AppPatientId, string Type, string Line1, string? Line2,
        bool Primary, double? Latitude, double? Longitude, DateTime Created);

    /// <summary>
    /// About 9 addresses per patient row as in production: the provider-side row has its current primary GPS
    /// address (the one the chain's latest-GPS lookup must find), older primary GPS ones and billing/mailing
    /// ones; the payer-side row has a primary home address and older ones.
    /// </summary>
    private static IEnumerable<Address> Addresses(World w, DateTime asOf)
    {
        var perRow = Math.Max(1.0, w.Scale.PatientAddresses / (2.0 * w.Patients.Count));
        var n = 0;
        foreach (var p in w.Patients)
        {
            var rng = new Random(Mix.Seed(w.Seed, 4, p.Index));
            var current = asOf.AddDays(-rng.Next(30, 900)).AddSeconds(rng.Next(86_400));
            yield return new Address(w.EntityId(70, n), 9_000_000 + n++, p, p.ProviderSideId, p.ProviderSideAppId, "GPS, Home", p.Street,
                rng.NextDouble() < 0.3 ? $"Apt {rng.Next(1, 30)}{(char)('A' + rng.Next(6))}" : null, true, p.Latitude, p.Longitude, current);
            var extra = rng.Next(0, (int)Math.Round(2 * (perRow - 1)) + 1);
            for (var k = 0; k < extra; k++)
            {
                var older = current.AddDays(-rng.Next(30, 1500));
                var kind = rng.Next(3);
                yield return kind switch
                {
                    // an older primary GPS address with other coordinates: the lookup must take the newest
                    0 => new Address(w.EntityId(70, n), 9_000_000 + n++, p, p.ProviderSideId, p.ProviderSideAppId, "GPS, Home", $"{rng.Next(1, 2500)} Old Rd", null,
                        true, p.Latitude is { } lat ? Math.Round(lat + 0.05, 6) : null, p.Longitude is { } lon ? Math.Round(lon - 0.05, 6) : null, older),
                    1 => new Address(w.EntityId(70, n), 9_000_000 + n++, p, p.ProviderSideId, p.ProviderSideAppId, "Billing", $"PO Box {rng.Next(1, 9999)}", null,
                        false, null, null, older),
                    _ => new Address(w.EntityId(70, n), 9_000_000 + n++, p, p.PayerSideId, p.PayerSideAppId, k == 0 ? "Home" : "Mailing", p.Street, null,
                        k == 0, null, null, older),
                };
            }
        }
    }
}
