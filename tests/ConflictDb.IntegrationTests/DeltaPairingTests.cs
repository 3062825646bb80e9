using ConflictDb.Generation;
using ConflictDb.Pipeline;
using ConflictDb.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ConflictDb.IntegrationTests;

/// <summary>
/// The delta-scoped pairing (stage 0150, db/README.md "Delta-scoped pairing") must leave exactly the state the full
/// night leaves. Each night below starts from one database, is cloned, runs "auto" (delta) on one copy and "full"
/// on the other, and every conflict table is compared row for row.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DeltaPairingTests(PostgresServerFixture server)
{
    private static readonly DateTime Today = new(2026, 3, 10);

    // ~11k visits: enough same-day visits at two agencies that a night both adds and loses pairs
    private const double Scale = 0.004;

    // what a night writes; identity columns are left out (the order of inserts is not part of the result)
    private static readonly string[] ComparedTables =
    [
        "conflictvisitmaps", "conflictvisitmaps_temp", "conflicts", "notifications", "payer_provider_reminders", "settings",
    ];

    private static StageRunner Runner(string cs) => new(cs, NullLogger.Instance);

    private static Task<RunResult> RunAsync(string cs, DateTime asOf, string pairing) =>
        Runner(cs).RunAsync(Stage.Embedded(), new RunOptions { AsOf = asOf, Pairing = pairing }, asOf, CancellationToken.None);

    private async Task<string> GeneratedAsync(string prefix, long seed)
    {
        var cs = await server.CreateDatabaseAsync(prefix);
        await new DataGenerator(cs, NullLogger.Instance)
            .GenerateAsync(new GenerateOptions(new ScaleProfile(Scale), seed, Today, Replace: false), CancellationToken.None);
        return cs;
    }

    private async Task<string> CloneAsync(string cs, string suffix)
    {
        var source = new NpgsqlConnectionStringBuilder(cs);
        var name = $"{source.Database}_{suffix}";
        await server.Server.ExecuteAdminAsync($"drop database if exists \"{name}\"");
        await server.Server.ExecuteAdminAsync($"create database \"{name}\" template \"{source.Database}\"");
        return new NpgsqlConnectionStringBuilder(cs) { Database = name }.ConnectionString;
    }

    private static async Task<(string Mode, string Reason, long? Groups, long? Changed)> PairingAsync(string cs, long runId)
    {
        var row = (await Db.RowsAsync(cs, $"select mode, reason, scope_groups, changed_visits from conflict.pairing_runs where run_id = {runId}")).Single();
        return ((string)row[0]!, (string)row[1]!, (long?)row[2], (long?)row[3]);
    }

    private static async Task<List<string>> RowsOfAsync(string cs, string table)
    {
        var columns = await Db.ScalarAsync<string>(cs,
            $"""
            select string_agg(format('t.%I', column_name), ', ' order by ordinal_position)
            from information_schema.columns
            where table_schema = 'conflict' and table_name = '{table}' and is_identity = 'NO'
            """);
        var rows = await Db.RowsAsync(cs, $"select row({columns})::text as r from conflict.{table} as t order by 1");
        return rows.Select(r => (string)r[0]!).ToList();
    }

    private static async Task ShouldMatchAsync(string delta, string full, string what = "")
    {
        foreach (var table in ComparedTables)
        {
            var expected = await RowsOfAsync(full, table);
            var actual = await RowsOfAsync(delta, table);
            var missing = expected.Except(actual).Take(2).Select(Short).ToList();
            var extra = actual.Except(expected).Take(2).Select(Short).ToList();
            (missing.Count + extra.Count).ShouldBe(0,
                $"{what}: conflict.{table}: delta {actual.Count} rows, full {expected.Count}; only in full: {string.Join(" | ", missing)}; only in delta: {string.Join(" | ", extra)}");
            actual.Count.ShouldBe(expected.Count, $"conflict.{table}");
        }
    }

    private static string Short(string row) => row.Length <= 2000 ? row : row[..2000] + "...";

    /// <summary>
    /// One source change per night, each of a kind the delta must notice on its own. Each touches the rows of one
    /// stored pair, picked by offset so that the nights touch different groups; dimension rows get a later
    /// "Updated Datatimestamp" as the sync would load them, except dimuser, which has no such column.
    /// </summary>
    private static readonly (string Name, string Sql)[] Changes =
    [
        ("a caregiver takes another caregiver's SSN (with blanks: pairing trims)", """
            update analytics.dimcaregiver as c
            set "SSN" = ' ' || (select o."SSN" from analytics.dimcaregiver as o where o."Caregiver Id" <> c."Caregiver Id" order by o."Caregiver Id" limit 1),
                "Updated Datatimestamp" = @stamp
            where c."Caregiver Id" = (select "CaregiverID" from conflict.conflictvisitmaps order by "ID" offset 3 limit 1)
            """),
        ("a provider becomes inactive", """
            update analytics.dimprovider
            set "Is Active" = false, "Updated Datatimestamp" = @stamp
            where "Provider Id" = (select "ConProviderID" from conflict.conflictvisitmaps order by "ID" desc offset 5 limit 1)
            """),
        ("an office is renamed", """
            update analytics.dimoffice
            set "Office Name" = 'Renamed office', "Updated Datatimestamp" = @stamp
            where "Office Id" = (select "OfficeID" from conflict.conflictvisitmaps order by "ID" offset 11 limit 1)
            """),
        ("a patient's GPS address moves (the distance rule's input)", """
            update analytics.dimpatientaddress
            set "Latitude" = "Latitude" + 0.75, "Longitude" = "Longitude" - 0.5, "Updated Datatimestamp" = @stamp
            where "Patient Id" = (select "PatientID" from conflict.conflictvisitmaps order by "ID" offset 17 limit 1)
            """),
        ("a payer is deactivated", """
            update analytics.dimpayer
            set "Is Active" = false, "Updated Datatimestamp" = @stamp
            where "Payer Id" = (select "PayerID" from conflict.conflictvisitmaps where "PayerID" is not null order by "ID" offset 23 limit 1)
            """),
        ("a service code is renamed", """
            update analytics.dimservicecode
            set "Service Code" = 'RENAMED', "Updated Datatimestamp" = @stamp
            where "Service Code Id" = (select "ServiceCodeID" from conflict.conflictvisitmaps where "ServiceCodeID" is not null order by "ID" offset 29 limit 1)
            """),
        ("a user is renamed (dimuser has no change stamp)", """
            update analytics.dimuser
            set "User Fullname" = 'Renamed user'
            where "User Id" = (
                select cr."Visit Updated User Id"
                from conflict.conflictvisitmaps as cvm
                inner join analytics.factvisitcallperformance_cr as cr on cr."Visit Id" = cvm."VisitID"
                where cr."Visit Updated User Id" is not null
                order by cvm."ID" offset 31 limit 1
            )
            """),
        ("a visit of a detected pair is deleted (it moves to the deleted fact, stamped by the load)", """
            with gone as (
                delete from analytics.factvisitcallperformance_cr
                where "Visit Id" = (
                    select d."VisitID" from conflict.pairing_detected as d order by d."VisitID", d."ConVisitID" offset 37 limit 1
                )
                returning *
            )
            insert into analytics.factvisitcallperformance_deleted_cr
            select * from gone;
            update analytics.factvisitcallperformance_deleted_cr
            set "Updated Datatimestamp" = @stamp
            where "Visit Id" = (
                select d."VisitID" from conflict.pairing_detected as d order by d."VisitID", d."ConVisitID" offset 37 limit 1
            )
            """),
        ("a visit of a detected pair moves to the next day", """
            update analytics.factvisitcallperformance_cr
            set "Visit Date" = "Visit Date" + interval '1 day',
                "Scheduled Start Time" = "Scheduled Start Time" + interval '1 day',
                "Scheduled End Time" = "Scheduled End Time" + interval '1 day',
                "Updated Datatimestamp" = @stamp
            where "Visit Id" = (
                select d."ConVisitID" from conflict.pairing_detected as d order by d."VisitID", d."ConVisitID" offset 41 limit 1
            )
            """),
        ("something other than the night edits a detected pair's stored row (the last night did not refresh it)", """
            update conflict.conflictvisitmaps
            set "ProviderName" = 'Edited outside the night', "UpdatedDate" = @stamp
            where "ID" = (
                select cvm."ID"
                from conflict.conflictvisitmaps as cvm
                inner join conflict.pairing_detected as d
                    on d."VisitID" = cvm."VisitID" and d."ConVisitID" = cvm."ConVisitID"
                order by cvm."ID" offset 43 limit 1
            )
            """),
    ];

    private static async Task<long> ChangeAsync(string cs, string sql, DateTime asOf)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        cmd.Parameters.AddWithValue("stamp", NpgsqlTypes.NpgsqlDbType.Timestamp, asOf.AddHours(-1));
        return await cmd.ExecuteNonQueryAsync();
    }

    private async Task NightShouldMatchFullAsync(string a, DateTime asOf, string what)
    {
        var full = await CloneAsync(a, "full");
        var deltaRun = await RunAsync(a, asOf, "auto");
        var fullRun = await RunAsync(full, asOf, "full");

        var delta = await PairingAsync(a, deltaRun.RunId);
        delta.Mode.ShouldBe("delta", $"{what}: {delta.Reason}");
        delta.Groups.ShouldNotBeNull().ShouldBeGreaterThan(0, $"{what}: the delta pairs the groups the change touched");
        var allGroups = await Db.ScalarAsync<long>(a,
            """
            select count(distinct (trim(c."SSN"), cr."Visit Date"::date))
            from analytics.factvisitcallperformance_cr as cr
            inner join analytics.dimcaregiver as c on c."Caregiver Id" = cr."Caregiver Id"
            """);
        delta.Groups.Value.ShouldBeLessThan(allGroups, $"{what}: a delta night pairs some groups, not all");
        (await PairingAsync(full, fullRun.RunId)).Mode.ShouldBe("full");

        await ShouldMatchAsync(a, full, what);
        await server.Server.DropDatabaseAsync(full);
    }

    [Fact]
    public async Task Delta_nights_leave_exactly_the_state_of_full_nights()
    {
        var a = await GeneratedAsync("delta_eq", 5);
        var night1 = await RunAsync(a, Today.AddHours(2), "auto");
        var first = await PairingAsync(a, night1.RunId);
        first.Mode.ShouldBe("full");
        first.Reason.ShouldContain("no earlier pairing run");

        // night 2: the generator's night (updated, new and deleted visits, the day entering the horizon)
        var pairsBefore = await Db.ScalarAsync<long>(a, "select count(*) from conflict.conflictvisitmaps");
        var generated = await new NightGenerator(a, NullLogger.Instance)
            .GenerateAsync(new NightOptions(new ScaleProfile(Scale), 5, 0.08), CancellationToken.None);
        await NightShouldMatchFullAsync(a, generated.AsOf, "the generator's night");
        // the night did something worth comparing: new pairs, and pairs no longer detected
        (await Db.ScalarAsync<long>(a, "select count(*) from conflict.conflictvisitmaps")).ShouldBeGreaterThan(pairsBefore);
        (await Db.ScalarAsync<long>(a, "select count(*) from conflict.conflictvisitmaps where \"UpdateFlag\" = 1")).ShouldBeGreaterThan(0);

        // then one kind of change a night
        var asOf = generated.AsOf;
        foreach (var (what, sql) in Changes)
        {
            asOf = asOf.AddDays(1);
            (await ChangeAsync(a, sql, asOf)).ShouldBeGreaterThan(0, what);
            await NightShouldMatchFullAsync(a, asOf, what);
        }
    }

    [Fact]
    public async Task Running_a_night_again_in_delta_gives_the_full_result_and_a_third_run_changes_nothing()
    {
        var cs = await GeneratedAsync("delta_rerun", 11);
        await RunAsync(cs, Today.AddHours(2), "auto");
        var changes = await new NightGenerator(cs, NullLogger.Instance)
            .GenerateAsync(new NightOptions(new ScaleProfile(Scale), 11, 0.08), CancellationToken.None);
        await RunAsync(cs, changes.AsOf, "auto");

        // the second run of the night: nothing changed in the source, but the pairs TASK_03_0 inserted tonight
        // are refreshed by TASK_02_0's rules (as a second full run of the original does), so their groups pair again
        var full = await CloneAsync(cs, "full");
        var again = await RunAsync(cs, changes.AsOf, "auto");
        var fullAgain = await RunAsync(full, changes.AsOf, "full");
        var second = await PairingAsync(cs, again.RunId);
        second.Mode.ShouldBe("delta");
        second.Changed.ShouldBe(0);
        second.Groups.ShouldNotBeNull().ShouldBeGreaterThan(0);
        (await PairingAsync(full, fullAgain.RunId)).Mode.ShouldBe("full");
        await ShouldMatchAsync(cs, full);
        await server.Server.DropDatabaseAsync(full);

        // the third run pairs again only the groups of the pairs created tonight, and changes no row
        var before = await RowsOfAsync(cs, "conflictvisitmaps");
        var createdTonight = await Db.ScalarAsync<long>(cs,
            $"select count(distinct (\"SSN\", \"VisitDate\")) from conflict.conflictvisitmaps where \"CreatedDate\" = '{changes.AsOf:yyyy-MM-dd HH:mm:ss}'");
        var third = await RunAsync(cs, changes.AsOf, "auto");
        (await PairingAsync(cs, third.RunId)).Groups.ShouldBe(createdTonight);
        var after = await RowsOfAsync(cs, "conflictvisitmaps");
        var changed = after.Except(before).Take(2).Select(Short).ToList();
        (changed.Count + before.Except(after).Count()).ShouldBe(0, $"changed by the third run: {string.Join(" | ", changed)}");
        after.Count.ShouldBe(before.Count);
    }

    [Fact]
    public async Task Changed_reference_rows_a_partial_run_an_earlier_as_of_or_a_full_reload_make_the_next_night_full()
    {
        var cs = await GeneratedAsync("delta_full", 13);
        await RunAsync(cs, Today.AddHours(2), "auto");

        await Db.ExecuteAsync(cs, "insert into conflict.excluded_ssn (\"SSN\") values ('000-00-0000')");
        var afterReference = await RunAsync(cs, Today.AddHours(26), "auto");
        var reference = await PairingAsync(cs, afterReference.RunId);
        reference.Mode.ShouldBe("full");
        reference.Reason.ShouldContain("reference rows changed");

        var partial = await Runner(cs).RunAsync(Stage.Embedded(), new RunOptions { AsOf = Today.AddHours(50), Only = "0300" }, Today, CancellationToken.None);
        (await PairingAsync(cs, partial.RunId)).Mode.ShouldBe("partial");
        var afterPartial = await RunAsync(cs, Today.AddHours(50), "auto");
        (await PairingAsync(cs, afterPartial.RunId)).Reason.ShouldContain($"previous pairing run {partial.RunId} did not complete");

        var earlier = await RunAsync(cs, Today.AddHours(26), "auto");
        (await PairingAsync(cs, earlier.RunId)).Reason.ShouldContain("is earlier than that of run");

        var requested = await RunAsync(cs, Today.AddHours(50), "full");
        (await PairingAsync(cs, requested.RunId)).Reason.ShouldBe("requested (Run:Pairing=full)");

        // a full reload of the visit fact can drop visits without a deletion row: the next night is full, once
        await Db.ExecuteAsync(cs,
            """
            insert into analytics.sync_watermarks (table_name, source_view, watermark, rows_staged, rows_changed, full_reload, source, synced_at)
            values ('factvisitcallperformance_cr', 'FACTVISITCALLPERFORMANCE_CR', null, 0, 0, true, 'test', '2026-03-12 03:00:00')
            on conflict (table_name) do update set full_reload = true, synced_at = excluded.synced_at
            """);
        var afterReload = await RunAsync(cs, Today.AddHours(74), "auto");
        (await PairingAsync(cs, afterReload.RunId)).Reason.ShouldContain("reloaded in full");
        var next = await RunAsync(cs, Today.AddHours(98), "auto");
        (await PairingAsync(cs, next.RunId)).Mode.ShouldBe("delta");
    }
}
