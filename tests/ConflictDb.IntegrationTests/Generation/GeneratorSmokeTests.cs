using ConflictDb.Generation;
using ConflictDb.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConflictDb.IntegrationTests.Generation;

/// <summary>The generator at SF 0.001 (~2.7k visits): deterministic, shaped so the stages find pairs, partitions made.</summary>
[Collection(PostgresCollection.Name)]
public sealed class GeneratorSmokeTests(PostgresServerFixture server)
{
    // a today late enough that the generated range needs months the migration did not create (2028 and later)
    private static readonly DateTime Today = new(2027, 9, 15);

    private static readonly string[] Tables =
    [
        "analytics.factvisitcallperformance_cr", "analytics.factvisitcallperformance_deleted_cr", "analytics.factcaregiverinservice",
        "analytics.factcaregiverabsence", "analytics.dimcaregiver", "analytics.dimprovider", "analytics.dimoffice", "analytics.dimpatient",
        "analytics.dimpatientaddress", "analytics.dimpayer", "analytics.dimpayerprovider", "analytics.dimcontract", "analytics.dimservicecode",
        "analytics.dimuser", "analytics.dimuseroffices", "analytics.factdatarefreshstatus", "conflict.settings", "conflict.mph",
        "conflict.excluded_ssn", "conflict.excluded_agency",
    ];

    private async Task<string> GenerateAsync(string name, long seed)
    {
        var cs = await server.CreateDatabaseAsync(name);
        await new DataGenerator(cs, NullLogger.Instance).GenerateAsync(new GenerateOptions(new ScaleProfile(0.001), seed, Today, Replace: false), CancellationToken.None);
        return cs;
    }

    private static async Task<List<string>> ChecksumsAsync(string cs)
    {
        var sums = new List<string>();
        foreach (var table in Tables)
        {
            sums.Add($"{table} " + await Db.ScalarAsync<string>(cs, $"select count(*) || ' ' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '-') from {table} as t"));
        }
        return sums;
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_rows_and_another_seed_other_rows()
    {
        var first = await ChecksumsAsync(await GenerateAsync("gen_same_a", 7));
        var second = await ChecksumsAsync(await GenerateAsync("gen_same_b", 7));
        var other = await ChecksumsAsync(await GenerateAsync("gen_other", 8));

        second.ShouldBe(first);
        other[0].ShouldNotBe(first[0]);
        // every table is populated
        first.ShouldAllBe(s => !s.Contains(" 0 -"));
    }

    [Fact]
    public async Task Generated_visits_hold_same_day_visits_of_one_caregiver_at_two_providers_and_missing_months_get_partitions()
    {
        var cs = await GenerateAsync("gen_shape", 3);

        var visits = await Db.ScalarAsync<long>(cs, "select count(*) from analytics.factvisitcallperformance_cr");
        visits.ShouldBeInRange(2_400, 3_100);
        // the candidates of stage 0300: not missed, same trimmed SSN, same local date, different provider
        var candidatePairs = await Db.ScalarAsync<long>(cs,
            """
            with v as (
                select cr."Visit Id", cr."Visit Date", cr."Provider Id", trim(c."SSN") as ssn
                from analytics.factvisitcallperformance_cr as cr
                inner join analytics.dimcaregiver as c on c."Caregiver Id" = cr."Caregiver Id"
                where not cr."Is Missed" and trim(c."SSN") <> ''
            )
            select count(*)
            from v as a
            inner join v as b on b.ssn = a.ssn and b."Visit Date" = a."Visit Date" and b."Provider Id" <> a."Provider Id"
            """);
        candidatePairs.ShouldBeGreaterThan(visits / 50);
        // visits in the past are mostly confirmed, future ones only scheduled
        (await Db.ScalarAsync<long>(cs, $"select count(*) from analytics.factvisitcallperformance_cr where \"Visit Date\" >= '{Today:yyyy-MM-dd}' and \"Visit Start Time\" is not null")).ShouldBe(0);
        (await Db.ScalarAsync<long>(cs, "select count(*) from analytics.factvisitcallperformance_cr where \"Is Missed\"")).ShouldBeGreaterThan(0);
        // months after the migration's 2027-12 were created, and nothing fell into a default partition
        (await Db.ScalarAsync<bool>(cs, "select to_regclass('analytics.factvisitcallperformance_cr_p202810') is not null and to_regclass('analytics.factvisitcallperformance_deleted_cr_p202810') is not null")).ShouldBeTrue();
        (await Db.ScalarAsync<long>(cs, "select (select count(*) from analytics.factvisitcallperformance_cr_default) + (select count(*) from analytics.factvisitcallperformance_deleted_cr_default)")).ShouldBe(0);
        // reference rows the stages read
        (await Db.ScalarAsync<long>(cs, "select count(*) from conflict.settings")).ShouldBe(1);
        (await Db.ScalarAsync<long>(cs, "select count(*) from conflict.mph")).ShouldBe(4);
    }

    [Fact]
    public async Task A_night_advances_today_and_updates_inserts_and_deletes_visits()
    {
        var cs = await GenerateAsync("gen_night", 5);
        var before = await Db.ScalarAsync<long>(cs, "select count(*) from analytics.factvisitcallperformance_deleted_cr");

        var night = await new NightGenerator(cs, NullLogger.Instance).GenerateAsync(new NightOptions(new ScaleProfile(0.001), 5, 0.1), CancellationToken.None);

        night.Night.ShouldBe(2);
        night.Today.ShouldBe(Today.AddDays(1));
        night.Changes["updated (rows)"].ShouldBeGreaterThan(0);
        night.Changes["inserted (rows)"].ShouldBeGreaterThan(0);
        night.Changes["deleted (rows)"].ShouldBeGreaterThan(0);
        (await Db.ScalarAsync<long>(cs, "select count(*) from analytics.factvisitcallperformance_deleted_cr")).ShouldBe(before + night.Changes["deleted (rows)"]);
        // every updated visit carries a "Visit Updated Timestamp" after the previous night (new visits may too)
        (await Db.ScalarAsync<long>(cs, $"select count(*) from analytics.factvisitcallperformance_cr where \"Visit Updated Timestamp\" >= '{Today:yyyy-MM-dd} 02:00'"))
            .ShouldBeGreaterThanOrEqualTo(night.Changes["updated (rows)"]);
        (await Db.ScalarAsync<DateTime>(cs, "select date_trunc('day', max(\"REFRESH_FINISHED_AT\")) from analytics.factdatarefreshstatus")).ShouldBe(Today.AddDays(1));
    }
}
