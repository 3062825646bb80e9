using ConflictDb.Sync;
using ConflictDb.Testing;

namespace ConflictDb.SnowflakeTests.Sync;

/// <summary>The sync end to end: a fake Snowflake (SQL API on Kestrel) into a throwaway PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SnowflakeSyncTests(PostgresServerFixture server) : IAsyncLifetime
{
    private const string Fact = "FACTVISITCALLPERFORMANCE_CR";
    private const string Deleted = "FACTVISITCALLPERFORMANCE_DELETED_CR";
    private static readonly DateTime Night1 = new(2026, 3, 9, 22, 0, 0);
    private SyncWorld _world = null!;
    private string _cs = null!;

    public async Task InitializeAsync()
    {
        _cs = await server.CreateDatabaseAsync("sync");
        _world = await SyncWorld.CreateAsync(_cs, partitionSize: 3);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private static string V(int n) => $"a0000000-0000-4000-8000-{n:000000000000}";

    private void SeedNightOne()
    {
        _world[Fact].Add(Rows.Visit(V(1), new DateTime(2026, 3, 8), Night1.AddHours(-5)));
        _world[Fact].Add(Rows.Visit(V(2), new DateTime(2026, 3, 9), Night1.AddHours(-4)));
        _world[Fact].Add(Rows.Visit(V(3), new DateTime(2025, 11, 2), Night1.AddHours(-3)));
        _world[Fact].Add(Rows.Visit(V(4), new DateTime(2026, 7, 4), Night1.AddHours(-2), missedReason: "Sick"));
        _world[Fact].Add(Rows.Visit(V(5), new DateTime(2028, 2, 1), Night1.AddHours(-1)));
        _world["DIMCAREGIVER"].Add(Rows.Caregiver("50000000-0000-4000-8000-000000000001", " 101-11-1001", Night1.AddDays(-1)));
        _world["DIMUSER"].Add(Rows.User("90000000-0000-4000-8000-000000000001", "Dana Scheduler"));
        _world["DIMUSER"].Add(Rows.User("90000000-0000-4000-8000-000000000002", "Eli Coordinator"));
    }

    private Task<string?> ChecksumAsync(string table) =>
        Db.ScalarAsync<string>(_cs, $"select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from analytics.{table} t");

    [Fact]
    public async Task First_load_copies_the_views_with_wall_clock_timestamps_and_creates_missing_months()
    {
        SeedNightOne();

        var result = await _world.RunAsync();

        var fact = result.Tables.Single(t => t.Table == "factvisitcallperformance_cr");
        fact.Staged.ShouldBe(5);
        fact.Inserted.ShouldBe(5);
        fact.PartitionsCreated.ShouldBe(["factvisitcallperformance_cr_p202802"]);
        fact.WatermarkAfter.ShouldBe(Night1.AddHours(-1));
        var rows = await Db.RowsAsync(_cs,
            $"""select "Visit Date", "Scheduled Start Time", "Invoice Date", "Billed Rate", "Is Missed", "Application Patient Id", "Conflict Report Hash", "Updated Datatimestamp" from analytics.factvisitcallperformance_cr where "Visit Id" = '{V(1)}'""");
        var row = rows.Single();
        row[0].ShouldBe(new DateTime(2026, 3, 8), "local midnight of an EST (-05:00) visit day");
        row[1].ShouldBe(new DateTime(2026, 3, 8, 9, 0, 0));
        row[2].ShouldBe(new DateTime(2026, 3, 11), "an EDT (-04:00) value keeps its wall clock too");
        row[3].ShouldBe(24.790m);
        row[4].ShouldBe(false);
        row[5].ShouldBe(7001L);
        row[6].ShouldBe(-8817755123456789012L);
        row[7].ShouldBe(new DateTime(2026, 3, 10, 1, 0, 0), "the visit views have no \"Updated Datatimestamp\": the load time");
        (await Db.ScalarAsync<string>(_cs, """select "SSN" from analytics.dimcaregiver""")).ShouldBe(" 101-11-1001", "values are stored as delivered");
        (await Db.ScalarAsync<long>(_cs, "select count(*) from analytics.dimuser")).ShouldBe(2);
        (await Db.ScalarAsync<long>(_cs, "select count(*) from analytics.factvisitcallperformance_cr_p202802")).ShouldBe(1);
        (await Db.ScalarAsync<long>(_cs, "select count(*) from analytics.sync_watermarks")).ShouldBe(AnalyticsViews.All.Count);
        (await Db.ScalarAsync<long>(_cs, "select count(*) from pg_class where relname like 'sync_stage_%'")).ShouldBe(0, "staging tables are dropped");
        (await Db.ScalarAsync<string>(_cs, "select relowner::regrole::text from pg_class where relname = 'factvisitcallperformance_cr_p202802'"))
            .ShouldBe("conflictdb_owner", "new months belong to the owner role, so default privileges cover them");
    }

    [Fact]
    public async Task An_incremental_sync_reads_after_the_watermark_and_applies_updates_moves_and_deletes()
    {
        SeedNightOne();
        string[] visitViews = [Fact, Deleted];
        await _world.RunAsync(new SyncOptions { Tables = visitViews, LoadTime = new DateTime(2026, 3, 10, 1, 0, 0) });
        var night2 = Night1.AddDays(1);
        var fact = _world[Fact];
        fact.Rows.Clear();
        fact.Add(Rows.Visit(V(1), new DateTime(2026, 3, 8), Night1.AddHours(-5)));                           // unchanged, before the overlap
        fact.Add(Rows.Visit(V(2), new DateTime(2026, 3, 9), night2.AddHours(-4), billedRate: 30m));          // updated
        fact.Add(Rows.Visit(V(3), new DateTime(2025, 12, 2), night2.AddHours(-3)));                          // moved a month
        fact.Add(Rows.Visit(V(5), new DateTime(2028, 2, 1), Night1.AddHours(-1)));                           // unchanged, inside the overlap
        fact.Add(Rows.Visit(V(6), new DateTime(2026, 3, 10), night2.AddHours(-1)));                          // new
        _world[Deleted].Add(Rows.Visit(V(4), new DateTime(2026, 7, 4), night2.AddHours(-2), missedReason: "Sick")); // deleted

        var result = await _world.RunAsync(new SyncOptions { Tables = visitViews, LoadTime = new DateTime(2026, 3, 11, 1, 0, 0) });

        var visits = result.Tables.Single(t => t.Table == "factvisitcallperformance_cr");
        visits.Staged.ShouldBe(4, "V1 is older than watermark minus overlap and is not read again");
        visits.Inserted.ShouldBe(2, "V6 is new; V3 is re-inserted in its new month");
        visits.Updated.ShouldBe(1, "only V2 differs; V5 is read again but identical");
        visits.Deleted.ShouldBe(1, "V3's row in its old month");
        var deleted = result.Tables.Single(t => t.Table == "factvisitcallperformance_deleted_cr");
        deleted.DeletedElsewhere.ShouldBe(1);
        var request = _world.Server.Requests.Last(r => r.Statement?.Contains($"from ANALYTICS.BI.{Fact} where", StringComparison.Ordinal) == true);
        request.Binding(1).ShouldBe(Night1.AddHours(-1).AddHours(-3).ToString("yyyy-MM-dd HH:mm:ss.ffffff", System.Globalization.CultureInfo.InvariantCulture));
        var rows = await Db.RowsAsync(_cs, """select "Visit Id", "Visit Date", "Billed Rate", "Updated Datatimestamp" from analytics.factvisitcallperformance_cr order by 1""");
        rows.Select(r => (string)r[0]!).ShouldBe([V(1), V(2), V(3), V(5), V(6)]);
        rows[1][2].ShouldBe(30m);
        rows[1][3].ShouldBe(new DateTime(2026, 3, 11, 1, 0, 0), "an updated row gets the new load time");
        rows[2][1].ShouldBe(new DateTime(2025, 12, 2));
        rows[3][3].ShouldBe(new DateTime(2026, 3, 10, 1, 0, 0), "an unchanged row keeps its load time");
        (await Db.ScalarAsync<long>(_cs, """select count(*) from analytics.factvisitcallperformance_deleted_cr where "Visit Id" = '""" + V(4) + "'")).ShouldBe(1);
    }

    [Fact]
    public async Task Sync_twice_changes_nothing_the_second_time()
    {
        SeedNightOne();
        await _world.RunAsync();
        var before = new Dictionary<string, string?>();
        foreach (var map in AnalyticsViews.All) before[map.Table] = await ChecksumAsync(map.Table);

        var again = await _world.RunAsync(new SyncOptions { LoadTime = new DateTime(2026, 3, 10, 2, 0, 0) });

        again.Tables.ShouldAllBe(t => t.Changed == 0, "rows read again inside the overlap, or whole for views without watermark, are compared, not rewritten");
        again.Tables.Single(t => t.Table == "factvisitcallperformance_cr").Staged.ShouldBe(3, "the overlap (3 h) reads the rows updated after watermark minus 3 h again");
        foreach (var map in AnalyticsViews.All) (await ChecksumAsync(map.Table)).ShouldBe(before[map.Table], map.Table);
    }

    [Fact]
    public async Task An_interrupted_sync_leaves_the_table_and_its_watermark_as_they_were()
    {
        SeedNightOne();
        var options = new SyncOptions { Tables = ["dimcaregiver", Fact] };
        await _world.RunAsync(options);
        var checksum = await ChecksumAsync("factvisitcallperformance_cr");
        var watermark = await Db.ScalarAsync<DateTime>(_cs, "select watermark from analytics.sync_watermarks where table_name = 'factvisitcallperformance_cr'");
        for (var i = 10; i < 20; i++) _world[Fact].Add(Rows.Visit(V(i), new DateTime(2026, 3, 9), Night1.AddHours(1)));
        _world.Views.Fail = (view, partition) => view == Fact && partition == 2;

        var ex = await Should.ThrowAsync<SyncException>(() => _world.RunAsync(options));

        ex.Message.ShouldContain("analytics.factvisitcallperformance_cr");
        ex.Message.ShouldContain("(partition 2)");
        ex.Message.ShouldContain("loaded before it: dimcaregiver");
        (await ChecksumAsync("factvisitcallperformance_cr")).ShouldBe(checksum);
        (await Db.ScalarAsync<DateTime>(_cs, "select watermark from analytics.sync_watermarks where table_name = 'factvisitcallperformance_cr'")).ShouldBe(watermark);
        (await Db.ScalarAsync<long>(_cs, "select count(*) from pg_class where relname like 'sync_stage_%'")).ShouldBe(0);

        _world.Views.Fail = null;
        var retry = await _world.RunAsync(options);
        retry.Tables.Single(t => t.Table == "factvisitcallperformance_cr").Inserted.ShouldBe(10, "the next sync picks the rows up");
    }

    [Fact]
    public async Task A_cancelled_sync_leaves_the_table_as_it_was()
    {
        SeedNightOne();
        var options = new SyncOptions { Tables = [Fact] };
        await _world.RunAsync(options);
        var checksum = await ChecksumAsync("factvisitcallperformance_cr");
        for (var i = 10; i < 20; i++) _world[Fact].Add(Rows.Visit(V(i), new DateTime(2026, 3, 9), Night1.AddHours(1)));
        using var cts = new CancellationTokenSource();
        _world.Views.Fail = (view, partition) =>
        {
            if (view == Fact && partition == 1) cts.Cancel();
            return false;
        };

        await Should.ThrowAsync<OperationCanceledException>(() => _world.RunAsync(options, cts.Token));

        (await ChecksumAsync("factvisitcallperformance_cr")).ShouldBe(checksum);
    }

    [Fact]
    public async Task A_view_that_lost_a_column_fails_naming_view_and_column()
    {
        SeedNightOne();
        var fact = _world[Fact];
        var at = fact.IndexOf("Billed Rate");
        fact.Columns.RemoveAt(at);
        foreach (var row in fact.Rows.ToList()) fact.Rows[fact.Rows.IndexOf(row)] = [.. row.Take(at), .. row.Skip(at + 1)];

        var ex = await Should.ThrowAsync<SchemaDriftException>(() => _world.RunAsync(new SyncOptions { Tables = ["factvisitcallperformance_cr"] }));

        ex.View.ShouldBe(Fact);
        ex.Column.ShouldBe("Billed Rate");
        ex.Message.ShouldContain("ANALYTICS.BI.FACTVISITCALLPERFORMANCE_CR has no column \"Billed Rate\"");
    }

    [Fact]
    public async Task A_column_whose_type_changed_fails_naming_view_column_and_types()
    {
        var fact = _world[Fact];
        var at = fact.IndexOf("Application Patient Id");
        fact.Columns[at] = FakeSqlApi.FakeColumn.Text("Application Patient Id", 50);

        var ex = await Should.ThrowAsync<SchemaDriftException>(() => _world.RunAsync(new SyncOptions { Tables = [Fact] }));

        ex.Column.ShouldBe("Application Patient Id");
        ex.Message.ShouldContain("is now TEXT(50), which does not fit analytics.factvisitcallperformance_cr.\"Application Patient Id\" (bigint)");
    }

    [Fact]
    public async Task A_full_reload_removes_what_the_source_no_longer_has()
    {
        SeedNightOne();
        var both = new SyncOptions { Tables = [Fact, "DIMUSER"] };
        await _world.RunAsync(both);
        _world[Fact].Rows.RemoveAt(0);
        _world["DIMUSER"].Rows.RemoveAt(0);

        var incremental = await _world.RunAsync(both);
        var full = await _world.RunAsync(new SyncOptions { Full = true, Tables = [Fact] });

        var users = incremental.Tables.Single(t => t.Table == "dimuser");
        users.FullReload.ShouldBeTrue("a view without watermark is read whole every time");
        users.Deleted.ShouldBe(1, "the row it no longer has goes");
        users.Updated.ShouldBe(0, "the others are compared, not rewritten");
        (await Db.ScalarAsync<long>(_cs, "select count(*) from analytics.dimuser")).ShouldBe(1);
        full.Tables.Single().Deleted.ShouldBe(1);
        (await Db.ScalarAsync<long>(_cs, "select count(*) from analytics.factvisitcallperformance_cr")).ShouldBe(4);
    }

    [Fact]
    public async Task Rows_of_a_new_month_waiting_in_the_default_partition_move_into_it()
    {
        await Db.ExecuteAsync(_cs,
            """insert into analytics.factvisitcallperformance_cr ("Visit Id", "Visit Date") values ('early', '2028-05-03')""");
        _world[Fact].Add(Rows.Visit(V(7), new DateTime(2028, 5, 20), Night1));

        var result = await _world.RunAsync(new SyncOptions { Tables = [Fact] });

        result.Tables.Single().PartitionsCreated.ShouldBe(["factvisitcallperformance_cr_p202805"]);
        (await Db.ScalarAsync<long>(_cs, "select count(*) from analytics.factvisitcallperformance_cr_p202805")).ShouldBe(2);
        (await Db.ScalarAsync<long>(_cs, "select count(*) from analytics.factvisitcallperformance_cr_default")).ShouldBe(0);
    }

    [Fact]
    public async Task A_value_that_does_not_fit_names_view_row_and_column()
    {
        var row = Rows.Visit(V(1), new DateTime(2026, 3, 8), Night1);
        row["Billed"] = "maybe";
        _world[Fact].Add(Rows.Visit(V(2), new DateTime(2026, 3, 8), Night1));
        _world[Fact].Add(row);

        var ex = await Should.ThrowAsync<SyncException>(() => _world.RunAsync(new SyncOptions { Tables = [Fact] }));

        ex.Message.ShouldContain("value too long for type character varying(3)");
        ex.Message.ShouldContain("row 2 of the partition");
        ex.Message.ShouldContain("column \"Billed\"");
        (await Db.ScalarAsync<long>(_cs, "select count(*) from analytics.factvisitcallperformance_cr")).ShouldBe(0);
    }
}
