using ConflictDb.Pipeline;
using ConflictDb.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConflictDb.IntegrationTests;

[Collection(PostgresCollection.Name)]
public sealed class StageRunnerTests(PostgresServerFixture server)
{
    private static readonly DateTime AsOf = new(2026, 3, 10, 2, 0, 0);

    // A small chain in the shape of the real one: each stage reads what the previous wrote.
    private static readonly IReadOnlyList<Stage> Chain =
    [
        new("0100_seed.sql", """
            -- ports: STEP_ONE
            create table if not exists public.steps (n int primary key, as_of timestamp, run_id text);
            insert into public.steps values (1, current_setting('conflictdb.as_of')::timestamp, current_setting('conflictdb.run_id'))
            on conflict (n) do update set as_of = excluded.as_of;
            """, ["STEP_ONE"]),
        new("0200_double.sql", """
            -- ports: STEP_TWO
            insert into public.steps select n + 10, as_of, run_id from public.steps where n < 10 on conflict (n) do nothing;
            update public.steps set as_of = (select as_of from public.steps where n = 1) + interval '1 day' where n = 11;
            """, ["STEP_TWO"]),
        new("0300_count.sql", """
            -- ports: STEP_THREE (also the last)
            insert into public.steps select 100, max(as_of), min(run_id) from public.steps on conflict (n) do update set as_of = excluded.as_of;
            """, ["STEP_THREE"]),
    ];

    private static StageRunner Runner(string cs) => new(cs, NullLogger.Instance);

    private static Task<List<object?[]>> Steps(string cs) => Db.RowsAsync(cs, "select n, as_of from public.steps order by n");

    [Fact]
    public async Task Stages_run_in_ordinal_order_and_the_as_of_time_reaches_sql()
    {
        var cs = await server.CreateDatabaseAsync("order");
        var shuffled = Chain.Reverse().ToList();

        var result = await Runner(cs).RunAsync(shuffled, new RunOptions { AsOf = AsOf }, DateTime.MinValue, CancellationToken.None);

        result.Stages.Select(s => s.Stage).ShouldBe(["0100_seed.sql", "0200_double.sql", "0300_count.sql"]);
        result.Stages.ShouldAllBe(s => s.Status == "succeeded");
        var rows = await Steps(cs);
        rows.Select(r => (int)r[0]!).ShouldBe([1, 11, 100]);
        rows[0][1].ShouldBe(AsOf);
        rows[2][1].ShouldBe(AsOf.AddDays(1));
        (await Db.ScalarAsync<string>(cs, "select run_id from public.steps where n = 1")).ShouldBe(result.RunId.ToString());
    }

    [Fact]
    public async Task Each_stage_is_journaled_with_rows_and_duration()
    {
        var cs = await server.CreateDatabaseAsync("journal");

        var result = await Runner(cs).RunAsync(Chain, new RunOptions { AsOf = AsOf }, DateTime.MinValue, CancellationToken.None);

        var journal = await Db.RowsAsync(cs,
            $"select stage, status, rows_affected, duration_ms is not null, finished_at >= started_at from conflict.pipeline_stage_runs where run_id = {result.RunId} order by stage_run_id");
        journal.Select(r => $"{r[0]}|{r[1]}|{r[2]}|{r[3]}|{r[4]}").ShouldBe(
        [
            "0100_seed.sql|succeeded|1|True|True",
            "0200_double.sql|succeeded|2|True|True",
            "0300_count.sql|succeeded|1|True|True",
        ]);
        (await Db.ScalarAsync<string>(cs, $"select status from conflict.pipeline_runs where run_id = {result.RunId}")).ShouldBe("succeeded");
        (await Db.ScalarAsync<DateTime>(cs, $"select as_of from conflict.pipeline_runs where run_id = {result.RunId}")).ShouldBe(AsOf);
    }

    [Fact]
    public async Task A_failing_stage_rolls_back_whole_while_earlier_stages_stay_committed()
    {
        var cs = await server.CreateDatabaseAsync("txn");
        var broken = Chain.Take(1).Append(new Stage("0150_broken.sql", """
            -- ports: BROKEN
            insert into public.steps values (50, null, null);

            select 1 / 0;
            """, ["BROKEN"])).Concat(Chain.Skip(1)).ToList();

        var ex = await Should.ThrowAsync<StageFailedException>(() =>
            Runner(cs).RunAsync(broken, new RunOptions { AsOf = AsOf }, DateTime.MinValue, CancellationToken.None));

        ex.Message.ShouldContain("0150_broken.sql");
        ex.Message.ShouldContain("line 4");
        ex.Message.ShouldContain("run --resume");
        (await Steps(cs)).Select(r => (int)r[0]!).ShouldBe([1]);
        (await Db.ScalarAsync<string>(cs, "select status from conflict.pipeline_stage_runs where stage = '0150_broken.sql'")).ShouldBe("failed");
        (await Db.ScalarAsync<string>(cs, "select error from conflict.pipeline_stage_runs where stage = '0150_broken.sql'"))!.ShouldContain("division by zero");
        (await Db.ScalarAsync<string>(cs, "select status from conflict.pipeline_runs")).ShouldBe("failed");
        (await Db.ScalarAsync<long>(cs, "select count(*) from conflict.pipeline_stage_runs where stage = '0200_double.sql'")).ShouldBe(0);
    }

    [Fact]
    public async Task A_run_failed_in_stage_k_then_resumed_ends_in_the_state_of_an_uninterrupted_run()
    {
        var straight = await server.CreateDatabaseAsync("straight");
        var interrupted = await server.CreateDatabaseAsync("resumed");
        await Runner(straight).RunAsync(Chain, new RunOptions { AsOf = AsOf }, DateTime.MinValue, CancellationToken.None);

        await Should.ThrowAsync<StageFailedException>(() =>
            Runner(interrupted).RunAsync(Chain, new RunOptions { AsOf = AsOf, FailBeforeCommitOf = "0200_double.sql" }, DateTime.MinValue, CancellationToken.None));
        (await Steps(interrupted)).Select(r => (int)r[0]!).ShouldBe([1]);
        // The clock moved on: a resume must still use the failed run's as-of time.
        var resumed = await Runner(interrupted).RunAsync(Chain, new RunOptions { Resume = true }, AsOf.AddDays(5), CancellationToken.None);

        resumed.AsOf.ShouldBe(AsOf);
        resumed.Stages.Select(s => s.Stage).ShouldBe(["0200_double.sql", "0300_count.sql"]);
        (await Steps(interrupted)).Select(r => $"{r[0]}|{r[1]}").ShouldBe((await Steps(straight)).Select(r => $"{r[0]}|{r[1]}"));
        (await Db.ScalarAsync<string>(interrupted, "select status from conflict.pipeline_runs")).ShouldBe("succeeded");
        (await Db.ScalarAsync<int>(interrupted, "select resumed from conflict.pipeline_runs")).ShouldBe(1);
    }

    [Fact]
    public async Task Running_the_same_night_twice_leaves_the_same_state()
    {
        var cs = await server.CreateDatabaseAsync("twice");
        await Runner(cs).RunAsync(Chain, new RunOptions { AsOf = AsOf }, DateTime.MinValue, CancellationToken.None);
        var first = (await Steps(cs)).Select(r => $"{r[0]}|{r[1]}").ToList();

        await Runner(cs).RunAsync(Chain, new RunOptions { AsOf = AsOf }, DateTime.MinValue, CancellationToken.None);

        (await Steps(cs)).Select(r => $"{r[0]}|{r[1]}").ShouldBe(first);
    }

    [Fact]
    public async Task Resume_without_a_failed_run_says_there_is_nothing_to_resume()
    {
        var cs = await server.CreateDatabaseAsync("noresume");
        await Runner(cs).RunAsync(Chain, new RunOptions { AsOf = AsOf }, DateTime.MinValue, CancellationToken.None);

        var ex = await Should.ThrowAsync<ConflictDbException>(() =>
            Runner(cs).RunAsync(Chain, new RunOptions { Resume = true }, AsOf, CancellationToken.None));
        ex.Message.ShouldContain("nothing to resume");
    }

    [Fact]
    public async Task A_second_run_is_refused_at_once_naming_the_holder()
    {
        var cs = await server.CreateDatabaseAsync("lock");
        await using var holder = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(cs) { ApplicationName = "nightly-holder" }.ConnectionString);
        await holder.OpenAsync();
        await using (var take = new Npgsql.NpgsqlCommand($"select pg_advisory_lock({StageRunner.LockKey})", holder)) await take.ExecuteNonQueryAsync();

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var ex = await Should.ThrowAsync<RunLockedException>(() =>
            Runner(cs).RunAsync(Chain, new RunOptions { AsOf = AsOf }, DateTime.MinValue, CancellationToken.None));

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        ex.Message.ShouldContain("nightly-holder");
        (await Db.ScalarAsync<long>(cs, "select count(*) from conflict.pipeline_runs")).ShouldBe(0);
    }

    [Fact]
    public async Task In_progress_flag_is_two_after_a_failure_and_after_a_full_successful_run()
    {
        var cs = await server.CreateDatabaseAsync("flag");
        await Db.ExecuteAsync(cs, "update conflict.settings set \"InProgressFlag\" = 1");
        var failing = new List<Stage> { new("0100_fail.sql", "-- ports: X_FAIL\nselect 1 / 0;", ["X_FAIL"]) };

        await Should.ThrowAsync<StageFailedException>(() => Runner(cs).RunAsync(failing, new RunOptions { AsOf = AsOf }, AsOf, CancellationToken.None));
        (await Db.ScalarAsync<int>(cs, "select \"InProgressFlag\" from conflict.settings")).ShouldBe(2);

        await Db.ExecuteAsync(cs, "update conflict.settings set \"InProgressFlag\" = 1");
        await Runner(cs).RunAsync(Chain, new RunOptions { AsOf = AsOf }, AsOf, CancellationToken.None);
        (await Db.ScalarAsync<int>(cs, "select \"InProgressFlag\" from conflict.settings")).ShouldBe(2);

        await Db.ExecuteAsync(cs, "update conflict.settings set \"InProgressFlag\" = 1");
        await Runner(cs).RunAsync(Chain, new RunOptions { AsOf = AsOf, Procedures = ["STEP_ONE"] }, AsOf, CancellationToken.None);
        (await Db.ScalarAsync<int>(cs, "select \"InProgressFlag\" from conflict.settings")).ShouldBe(1, "a partial (parity) run leaves the flag to the stages, as the original chain does");
    }

    [Fact]
    public void The_plan_follows_procedures_from_and_only()
    {
        StageRunner.Plan(Chain, new RunOptions { Procedures = ["STEP_THREE", "STEP_ONE"] }).Select(s => s.Name).ShouldBe(["0100_seed.sql", "0300_count.sql"]);
        StageRunner.Plan(Chain, new RunOptions { From = "0200" }).Select(s => s.Name).ShouldBe(["0200_double.sql", "0300_count.sql"]);
        StageRunner.Plan(Chain, new RunOptions { Only = "0300_count.sql" }).Select(s => s.Name).ShouldBe(["0300_count.sql"]);
        Should.Throw<ConflictDbException>(() => StageRunner.Plan(Chain, new RunOptions { Only = "0999" })).Message.ShouldContain("no stage named '0999'");
    }

    [Fact]
    public async Task The_pairing_mode_and_stage_settings_reach_each_stage_transaction_only()
    {
        var cs = await server.CreateDatabaseAsync("settings");
        IReadOnlyList<Stage> stages =
        [
            new("0100_settings.sql", """
                -- ports: STEP_ONE
                create table public.seen as
                select current_setting('work_mem') as work_mem, current_setting('jit') as jit,
                    current_setting('conflictdb.pairing') as pairing, current_setting('conflictdb.full_pairing_every_days') as every;
                """, ["STEP_ONE"]),
        ];
        var options = new RunOptions
        {
            AsOf = AsOf,
            Pairing = "full",
            FullPairingEveryDays = 3,
            StageSettings = new Dictionary<string, string> { ["work_mem"] = "77MB", ["jit"] = "off" },
        };

        await Runner(cs).RunAsync(stages, options, DateTime.MinValue, CancellationToken.None);

        var seen = (await Db.RowsAsync(cs, "select work_mem, jit, pairing, every from public.seen")).Single();
        seen.ShouldBe(["77MB", "off", "full", "3"]);
        // set with is_local: the database's own setting is untouched after the stage
        (await Db.ScalarAsync<string>(cs, "show work_mem")).ShouldNotBe("77MB");
    }
}
