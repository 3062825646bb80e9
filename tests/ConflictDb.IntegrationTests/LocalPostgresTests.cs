using System.Diagnostics;
using ConflictDb.Local;
using ConflictDb.Testing;

namespace ConflictDb.IntegrationTests;

[Collection(PostgresCollection.Name)]
public sealed class LocalPostgresTests(PostgresServerFixture server)
{
    [Fact]
    public async Task Clones_of_the_template_are_migrated_and_independent()
    {
        var a = await server.CreateDatabaseAsync("clone_a");
        var b = await server.CreateDatabaseAsync("clone_b");
        await Db.ExecuteAsync(a, "insert into conflict.excluded_ssn (\"SSN\") values ('123-45-6789')");

        (await Db.ScalarAsync<long>(a, "select count(*) from conflict.excluded_ssn")).ShouldBe(1);
        (await Db.ScalarAsync<long>(b, "select count(*) from conflict.excluded_ssn")).ShouldBe(0);
        (await Db.ScalarAsync<long>(b, "select count(*) from conflict.schemaversions")).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Reset_empties_owned_tables_restarts_identities_and_keeps_journals_and_the_keep_list()
    {
        var cs = await server.CreateDatabaseAsync("reset");
        await Db.ExecuteAsync(cs, "insert into conflict.excluded_ssn (\"SSN\") values ('1'), ('2')");
        var settingsBefore = await Db.ScalarAsync<long>(cs, "select count(*) from conflict.settings");
        var journalBefore = await Db.ScalarAsync<long>(cs, "select count(*) from conflict.schemaversions");

        await using (var conn = new Npgsql.NpgsqlConnection(cs))
        {
            await conn.OpenAsync();
            var truncated = await DatabaseReset.ResetAsync(conn, ["analytics", "conflict"], ["conflict.settings"], CancellationToken.None);
            truncated.ShouldContain("\"conflict\".\"excluded_ssn\"");
            truncated.ShouldNotContain("\"conflict\".\"schemaversions\"");
        }

        (await Db.ScalarAsync<long>(cs, "select count(*) from conflict.excluded_ssn")).ShouldBe(0);
        (await Db.ScalarAsync<long>(cs, "select count(*) from conflict.settings")).ShouldBe(settingsBefore);
        (await Db.ScalarAsync<long>(cs, "select count(*) from conflict.schemaversions")).ShouldBe(journalBefore);
        await Db.ExecuteAsync(cs, "insert into conflict.excluded_ssn (\"SSN\") values ('3')");
        (await Db.ScalarAsync<long>(cs, "select \"ID\" from conflict.excluded_ssn")).ShouldBe(1);
    }

    [Fact]
    public async Task A_cluster_left_by_a_killed_run_is_stopped_and_deleted_by_the_next_sweep()
    {
        var baseDir = Path.Combine(Path.GetTempPath(), $"conflictdb-sweep-{Guid.NewGuid():N}");
        var orphan = await LocalPostgres.StartEphemeralAsync(baseDir, CancellationToken.None);
        var root = orphan.Root;
        // Pretend the owner was killed: point the owner file at a process that has exited.
        using (var gone = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!)
        {
            await gone.WaitForExitAsync();
            await File.WriteAllTextAsync(Path.Combine(root, LocalPostgres.OwnerFile), gone.Id.ToString());
        }
        var postmasterPid = int.Parse((await File.ReadAllLinesAsync(Path.Combine(root, "data", "postmaster.pid")))[0]);

        var swept = LocalPostgres.SweepStale(baseDir);

        swept.ShouldBe(1);
        Directory.Exists(root).ShouldBeFalse();
        LocalPostgres.IsAlive(postmasterPid).ShouldBeFalse();
        Directory.Delete(baseDir, recursive: true);
    }

    [Fact]
    public async Task An_ephemeral_cluster_is_deleted_on_dispose_and_a_live_owner_is_never_swept()
    {
        var baseDir = Path.Combine(Path.GetTempPath(), $"conflictdb-sweep-{Guid.NewGuid():N}");
        var pg = await LocalPostgres.StartEphemeralAsync(baseDir, CancellationToken.None);
        (await Db.ScalarAsync<int>(pg.ConnectionString(), "select 1")).ShouldBe(1);
        (await Db.ScalarAsync<string>(pg.ConnectionString(), "show timezone")).ShouldBe("UTC");
        (await Db.ScalarAsync<string>(pg.ConnectionString(), "show fsync")).ShouldBe("off");

        LocalPostgres.SweepStale(baseDir).ShouldBe(0);
        await pg.DisposeAsync();

        Directory.Exists(pg.Root).ShouldBeFalse();
        Directory.Delete(baseDir, recursive: true);
    }
}
