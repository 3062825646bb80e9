using ConflictDb.Cli;
using ConflictDb.Pipeline;
using ConflictDb.Testing;

namespace ConflictDb.IntegrationTests;

/// <summary>The command line in-process: exit codes, messages and the --json summary.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CliTests(PostgresServerFixture server)
{
    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var (stdout, stderr) = (Console.Out, Console.Error);
        var (o, e) = (new StringWriter(), new StringWriter());
        Console.SetOut(o);
        Console.SetError(e);
        try
        {
            var code = await Commands.Build().Parse(args).InvokeAsync();
            return (code, o.ToString(), e.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    [Fact]
    public async Task A_bad_setting_exits_2_with_one_line_naming_the_key()
    {
        var (code, _, err) = await RunAsync("status", "--set", "Run:TimeZone=Nowhere/Special");

        code.ShouldBe(ExitCodes.Usage);
        err.Trim().ShouldBe("error: configuration Run:TimeZone: unknown time zone 'Nowhere/Special' (use an IANA name such as America/Los_Angeles)");
    }

    [Fact]
    public async Task A_password_in_the_connection_string_never_reaches_the_output()
    {
        var (code, stdout, err) = await RunAsync("status", "--json", "--connection", "Host=127.0.0.1;Port=1;Username=u;Password=Sup3rSecret;Timeout=2");

        code.ShouldBe(ExitCodes.Failure);
        (stdout + err).ShouldNotContain("Sup3rSecret");
        stdout.ShouldContain("\"exitCode\": 1");
    }

    [Fact]
    public async Task Status_lists_applied_migrations_as_json()
    {
        var cs = await server.CreateDatabaseAsync("cli_status");

        var (code, stdout, _) = await RunAsync("status", "--json", "--connection", cs);

        code.ShouldBe(ExitCodes.Success);
        stdout.ShouldContain("conflict.migrations.0001_create_conflict_core_tables.sql");
        stdout.ShouldContain("\"pending\": []");
    }

    [Fact]
    public async Task Run_dry_run_prints_the_plan_in_chain_order_and_changes_nothing()
    {
        var cs = await server.CreateDatabaseAsync("cli_plan");

        var (code, stdout, _) = await RunAsync("run", "--dry-run", "--as-of", "2026-03-10T02:00:00", "--connection", cs);

        code.ShouldBe(ExitCodes.Success);
        var planned = stdout.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Trim().Split(' ')[0]).ToList();
        planned.ShouldBe(Stage.Embedded().Select(s => s.Name).Order(StringComparer.Ordinal).ToList());
        (await Db.ScalarAsync<long>(cs, "select count(*) from conflict.pipeline_runs")).ShouldBe(0);
    }

    [Fact]
    public async Task Run_exits_3_at_once_when_another_run_holds_the_lock()
    {
        var cs = await server.CreateDatabaseAsync("cli_lock");
        await using var holder = new Npgsql.NpgsqlConnection(cs);
        await holder.OpenAsync();
        await using (var take = new Npgsql.NpgsqlCommand($"select pg_advisory_lock({StageRunner.LockKey})", holder)) await take.ExecuteNonQueryAsync();

        var (code, _, err) = await RunAsync("run", "--as-of", "2026-03-10T02:00:00", "--connection", cs);

        code.ShouldBe(ExitCodes.Busy);
        err.ShouldContain("another nightly run holds the run lock");
    }

    [Fact]
    public async Task A_malformed_as_of_is_a_usage_error()
    {
        var (code, _, err) = await RunAsync("run", "--as-of", "tomorrow-ish", "--connection", "Host=127.0.0.1");

        code.ShouldBe(ExitCodes.Usage);
        err.ShouldContain("--as-of");
    }
}
