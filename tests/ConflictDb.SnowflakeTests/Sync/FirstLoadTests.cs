using ConflictDb.Sync;
using ConflictDb.Testing;

namespace ConflictDb.SnowflakeTests.Sync;

/// <summary>
/// The first-load path: a load into an empty table COPYs straight into it inside the apply transaction. It must be
/// all-or-nothing like the staging path, and give exactly the table the staging path gives.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class FirstLoadTests(PostgresServerFixture server) : IAsyncLifetime
{
    private const string Fact = "FACTVISITCALLPERFORMANCE_CR";
    private const string Deleted = "FACTVISITCALLPERFORMANCE_DELETED_CR";
    private static readonly DateTime Night1 = new(2026, 3, 9, 22, 0, 0);
    private static readonly DateTime Load1 = new(2026, 3, 10, 1, 0, 0);
    private static readonly DateTime Load2 = new(2026, 3, 11, 1, 0, 0);
    private readonly List<SyncWorld> _worlds = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var w in _worlds) await w.DisposeAsync();
    }

    private async Task<SyncWorld> WorldAsync(string name, int partitionSize = 4)
    {
        var world = await SyncWorld.CreateAsync(await server.CreateDatabaseAsync(name), partitionSize);
        _worlds.Add(world);
        return world;
    }

    private static string V(int n) => $"b0000000-0000-4000-8000-{n:000000000000}";

    private static Task<string?> ChecksumAsync(string cs, string table) =>
        Db.ScalarAsync<string>(cs, $"select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from analytics.{table} t");

    /// <summary>Everything a load leaves behind: every table's rows, the partitions and where each row sits, the watermarks.</summary>
    private static async Task<Dictionary<string, string?>> StateAsync(string cs)
    {
        var state = new Dictionary<string, string?>();
        foreach (var map in AnalyticsViews.All) state[map.Table] = await ChecksumAsync(cs, map.Table);
        var partitions = await Db.RowsAsync(cs,
            "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'analytics' and c.relispartition and c.relkind in ('r', 'p') order by 1");
        foreach (var name in partitions.Select(r => (string)r[0]!))
        {
            state[name] = (await Db.ScalarAsync<long>(cs, $"select count(*) from analytics.{name}")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        state["watermarks"] = await Db.ScalarAsync<string>(cs,
            "select string_agg(table_name || '=' || coalesce(watermark::text, '-') || '/' || rows_staged || '/' || rows_changed, ',' order by table_name) from analytics.sync_watermarks");
        return state;
    }

    private static void SeedNightOne(SyncWorld world)
    {
        world[Fact].Add(Rows.Visit(V(1), new DateTime(2026, 3, 8), Night1.AddHours(-5)));
        world[Fact].Add(Rows.Visit(V(2), new DateTime(2026, 3, 9), Night1.AddHours(-4)));
        world[Fact].Add(Rows.Visit(V(3), new DateTime(2025, 11, 2), Night1.AddHours(-3)));
        world[Fact].Add(Rows.Visit(V(4), new DateTime(2026, 7, 4), Night1.AddHours(-2), missedReason: "Sick"));
        world[Fact].Add(Rows.Visit(V(5), new DateTime(2028, 2, 1), Night1.AddHours(-1)));   // a month the migrations did not create
        world[Fact].Add(Rows.Visit(V(8), new DateTime(2023, 12, 30), Night1.AddHours(-1)));  // and one before them
        world["DIMCAREGIVER"].Add(Rows.Caregiver("50000000-0000-4000-8000-000000000001", " 101-11-1001", Night1.AddDays(-1)));
        var keyless = Rows.Caregiver("50000000-0000-4000-8000-000000000002", "102-22-2002", Night1.AddDays(-1));
        keyless["Caregiver Id"] = null;
        world["DIMCAREGIVER"].Add(keyless);
        world["DIMUSER"].Add(Rows.User("90000000-0000-4000-8000-000000000001", "Dana Scheduler"));
        world[Deleted].Add(Rows.Visit(V(9), new DateTime(2026, 2, 2), Night1.AddHours(-6)));
    }

    private static void SeedNightTwo(SyncWorld world)
    {
        var night2 = Night1.AddDays(1);
        var fact = world[Fact];
        fact.Rows.Clear();
        fact.Add(Rows.Visit(V(1), new DateTime(2026, 3, 8), Night1.AddHours(-5)));
        fact.Add(Rows.Visit(V(2), new DateTime(2026, 3, 9), night2.AddHours(-4), billedRate: 30m));
        fact.Add(Rows.Visit(V(3), new DateTime(2025, 12, 2), night2.AddHours(-3)));
        fact.Add(Rows.Visit(V(5), new DateTime(2028, 2, 1), Night1.AddHours(-1)));
        fact.Add(Rows.Visit(V(6), new DateTime(2028, 3, 10), night2.AddHours(-1)));
        fact.Add(Rows.Visit(V(8), new DateTime(2023, 12, 30), Night1.AddHours(-1)));
        world[Deleted].Add(Rows.Visit(V(4), new DateTime(2026, 7, 4), night2.AddHours(-2), missedReason: "Sick"));
        world["DIMUSER"].Add(Rows.User("90000000-0000-4000-8000-000000000002", "Eli Coordinator"));
    }

    [Fact]
    public async Task A_first_load_then_an_incremental_load_gives_the_same_tables_as_the_staging_path()
    {
        var direct = await WorldAsync("firstdirect");
        var staged = await WorldAsync("firststaged");
        SeedNightOne(direct);
        SeedNightOne(staged);

        var first = await direct.RunAsync(new SyncOptions { LoadTime = Load1 });
        var firstStaged = await staged.RunAsync(new SyncOptions { LoadTime = Load1, DirectFirstLoad = false });

        first.Tables.ShouldAllBe(t => t.Direct, "every table was empty");
        firstStaged.Tables.ShouldAllBe(t => !t.Direct);
        var fact = first.Tables.Single(t => t.Table == "factvisitcallperformance_cr");
        fact.PartitionsCreated.ShouldBe(["factvisitcallperformance_cr_p202312", "factvisitcallperformance_cr_p202802"]);
        fact.PartitionsCreated.ShouldBe(firstStaged.Tables.Single(t => t.Table == "factvisitcallperformance_cr").PartitionsCreated);
        var caregivers = first.Tables.Single(t => t.Table == "dimcaregiver");
        (caregivers.Staged, caregivers.Inserted, caregivers.SkippedWithoutKey).ShouldBe((2L, 1L, 1L), "a row without a key value is skipped, as the staging path skips it");
        foreach (var t in first.Tables)
        {
            var s = firstStaged.Tables.Single(x => x.Table == t.Table);
            (t.Staged, t.Inserted, t.Updated, t.Deleted, t.SkippedWithoutKey, t.DeletedElsewhere, t.WatermarkAfter)
                .ShouldBe((s.Staged, s.Inserted, s.Updated, s.Deleted, s.SkippedWithoutKey, s.DeletedElsewhere, s.WatermarkAfter), t.Table);
        }
        (await Db.ScalarAsync<long>(direct.ConnectionString, "select count(*) from analytics.factvisitcallperformance_cr_default")).ShouldBe(0,
            "rows of a month created after the COPY moved out of the default partition");
        (await Db.ScalarAsync<long>(direct.ConnectionString, "select count(*) from pg_class where relname like 'sync_stage_%'")).ShouldBe(0);
        (await StateAsync(direct.ConnectionString)).ShouldBe(await StateAsync(staged.ConnectionString));

        SeedNightTwo(direct);
        SeedNightTwo(staged);
        var second = await direct.RunAsync(new SyncOptions { LoadTime = Load2 });
        var secondStaged = await staged.RunAsync(new SyncOptions { LoadTime = Load2, DirectFirstLoad = false });

        second.Tables.Where(t => !t.Direct).Select(t => t.Table).ShouldBe(
            ["dimcaregiver", "dimuser", "factvisitcallperformance_cr", "factvisitcallperformance_deleted_cr"], "only tables that are still empty take the first-load path");
        second.Tables.Single(t => t.Table == "factvisitcallperformance_deleted_cr").DeletedElsewhere.ShouldBe(1);
        (await StateAsync(direct.ConnectionString)).ShouldBe(await StateAsync(staged.ConnectionString));
        secondStaged.Tables.Sum(t => t.Changed).ShouldBe(second.Tables.Sum(t => t.Changed));
    }

    [Fact]
    public async Task An_interrupted_first_load_leaves_the_table_empty_without_partitions_or_watermark()
    {
        var world = await WorldAsync("firstfail", partitionSize: 3);
        SeedNightOne(world);
        for (var i = 10; i < 30; i++) world[Fact].Add(Rows.Visit(V(i), new DateTime(2028, 4, 1 + i % 20), Night1));
        world.Views.Fail = (view, partition) => view == Fact && partition == 3;
        var options = new SyncOptions { Tables = ["dimcaregiver", Fact], LoadTime = Load1 };

        var ex = await Should.ThrowAsync<SyncException>(() => world.RunAsync(options));

        ex.Message.ShouldContain("analytics.factvisitcallperformance_cr");
        ex.Message.ShouldContain("(partition 3)");
        ex.Message.ShouldContain("loaded before it: dimcaregiver");
        var cs = world.ConnectionString;
        (await Db.ScalarAsync<long>(cs, "select count(*) from analytics.factvisitcallperformance_cr")).ShouldBe(0, "the rows copied before the failure are rolled back");
        (await Db.ScalarAsync<long>(cs, "select count(*) from pg_class where relname in ('factvisitcallperformance_cr_p202802', 'factvisitcallperformance_cr_p202804')")).ShouldBe(0);
        (await Db.ScalarAsync<long>(cs, "select count(*) from analytics.sync_watermarks where table_name = 'factvisitcallperformance_cr'")).ShouldBe(0);
        (await Db.ScalarAsync<long>(cs, "select count(*) from analytics.dimcaregiver")).ShouldBe(1, "the table loaded before it keeps its rows");

        world.Views.Fail = null;
        var retry = await world.RunAsync(options);
        retry.Tables.Single(t => t.Table == "factvisitcallperformance_cr").ShouldSatisfyAllConditions(
            t => t.Direct.ShouldBeTrue("the table is still empty"),
            t => t.Inserted.ShouldBe(26));
    }

    [Fact]
    public async Task A_cancelled_first_load_leaves_the_table_empty()
    {
        var world = await WorldAsync("firstcancel", partitionSize: 3);
        for (var i = 10; i < 30; i++) world[Fact].Add(Rows.Visit(V(i), new DateTime(2026, 3, 1 + i % 20), Night1));
        using var cts = new CancellationTokenSource();
        world.Views.Fail = (view, partition) =>
        {
            if (view == Fact && partition == 2) cts.Cancel();
            return false;
        };

        await Should.ThrowAsync<OperationCanceledException>(() => world.RunAsync(new SyncOptions { Tables = [Fact], LoadTime = Load1 }, cts.Token));

        (await Db.ScalarAsync<long>(world.ConnectionString, "select count(*) from analytics.factvisitcallperformance_cr")).ShouldBe(0);
        (await Db.ScalarAsync<long>(world.ConnectionString, "select count(*) from analytics.sync_watermarks")).ShouldBe(0);
    }

    [Fact]
    public async Task A_source_that_repeats_a_visit_falls_back_to_the_staging_path_and_keeps_the_latest_row()
    {
        var direct = await WorldAsync("repeatdirect");
        var staged = await WorldAsync("repeatstaged");
        foreach (var world in new[] { direct, staged })
        {
            world[Fact].Add(Rows.Visit(V(1), new DateTime(2026, 3, 8), Night1.AddHours(-5)));
            world[Fact].Add(Rows.Visit(V(1), new DateTime(2026, 3, 8), Night1.AddHours(-1), billedRate: 31m));    // the same key, later
            world[Fact].Add(Rows.Visit(V(2), new DateTime(2026, 3, 9), Night1.AddHours(-1), billedRate: 32m));    // the same visit on two dates
            world[Fact].Add(Rows.Visit(V(2), new DateTime(2026, 3, 7), Night1.AddHours(-4)));
            world[Fact].Add(Rows.Visit(V(3), new DateTime(2026, 3, 9), Night1.AddHours(-2)));
        }

        var result = await direct.RunAsync(new SyncOptions { Tables = [Fact], LoadTime = Load1 });
        await staged.RunAsync(new SyncOptions { Tables = [Fact], LoadTime = Load1, DirectFirstLoad = false });

        var fact = result.Tables.Single();
        fact.Direct.ShouldBeFalse("a repeated key rolls the first-load transaction back; the staging path resolves it");
        fact.Inserted.ShouldBe(3);
        var rows = await Db.RowsAsync(direct.ConnectionString, """select "Visit Id", "Visit Date", "Billed Rate" from analytics.factvisitcallperformance_cr order by 1""");
        rows.Select(r => (r[0], r[2])).ShouldBe([(V(1), 31.000m), (V(2), 32.000m), (V(3), 24.790m)]);
        (await StateAsync(direct.ConnectionString)).ShouldBe(await StateAsync(staged.ConnectionString));

        // the same visit on two dates (different keys, one identity): found after the COPY, same fallback
        var identity = await WorldAsync("repeatidentity");
        identity[Fact].Add(Rows.Visit(V(2), new DateTime(2026, 3, 9), Night1.AddHours(-1), billedRate: 32m));
        identity[Fact].Add(Rows.Visit(V(2), new DateTime(2026, 3, 7), Night1.AddHours(-4)));
        var again = await identity.RunAsync(new SyncOptions { Tables = [Fact], LoadTime = Load1 });
        again.Tables.Single().Direct.ShouldBeFalse();
        (await Db.ScalarAsync<DateTime>(identity.ConnectionString, """select "Visit Date" from analytics.factvisitcallperformance_cr""")).ShouldBe(new DateTime(2026, 3, 9));
    }
}
