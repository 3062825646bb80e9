using System.Security.Cryptography;
using ConflictDb.Cli;
using ConflictDb.SnowflakeTests.FakeSqlApi;
using ConflictDb.SnowflakeTests.Snowflake;
using ConflictDb.Testing;

namespace ConflictDb.SnowflakeTests.Sync;

/// <summary>The sync, nightly and record verbs in-process: exit codes, output, configuration.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SnowflakeCliTests(PostgresServerFixture server) : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("conflictdb-cli-").FullName;
    private SyncWorld _world = null!;
    private string _cs = null!;
    private string _keyFile = null!;

    public async Task InitializeAsync()
    {
        _cs = await server.CreateDatabaseAsync("cli_sync");
        _world = await SyncWorld.CreateAsync(_cs);
        _keyFile = Path.Combine(_dir, "rsa_key.p8");
        using var key = TestClients.NewKey();
        await File.WriteAllTextAsync(_keyFile, key.ExportEncryptedPkcs8PrivateKeyPem("k3y-pass", new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 1000)));
    }

    public async Task DisposeAsync()
    {
        await _world.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    private string Snowflake(string extra = "") =>
        $"Snowflake:ConnectionString=account=testaccount.us-east-1;user=conflictdb;authenticator=snowflake_jwt;private_key_file={_keyFile};" +
        $"private_key_pwd=k3y-pass;host={_world.Server.BaseAddress.Host};port={_world.Server.BaseAddress.Port};scheme=http{extra}";

    private async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        string[] common = ["--connection", _cs, "--set", Snowflake(), "--set", "SnowflakeApi:RetryBaseDelayMs=5", "--set", "SnowflakeApi:MaxRetries=1",
            "--set", "SnowflakeApi:PollIntervalMs=5"];
        var (stdout, stderr) = (Console.Out, Console.Error);
        var (o, e) = (new StringWriter(), new StringWriter());
        Console.SetOut(o);
        Console.SetError(e);
        try
        {
            var code = await Commands.Build().Parse([args[0], .. common, .. args[1..]]).InvokeAsync();
            return (code, o.ToString(), e.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    private void RefreshRows(params DateTime[] finished) =>
        _world.Views.Intercept = async (ctx, r) =>
        {
            if (r.Statement?.Contains("TO_DATE(REFRESH_FINISHED_AT + INTERVAL '4 hour')", StringComparison.Ordinal) != true) return false;
            r.Binding(1).ShouldBe("2026-03-10");
            await FakeSqlApiServer.WriteJsonAsync(ctx, 200, SqlApiJson.ResultSet(
                [FakeColumn.Text("MODULE"), FakeColumn.Text("STATUS"), FakeColumn.TimestampNtz("REFRESH_FINISHED_AT")],
                finished.Select(f => new string?[] { "Conflict Report", "success", Wire.Ntz(f) })));
            return true;
        };

    [Fact]
    public async Task Sync_from_a_case_loads_it_and_reports_each_table()
    {
        var (code, stdout, err) = await RunAsync("sync", "--from-case", Path.Combine(RepositoryPaths.ParityCases, "example-core-seed7"), "--json");

        code.ShouldBe(ExitCodes.Success, err);
        stdout.ShouldContain("\"source\": \"case example-core-seed7\"");
        stdout.ShouldContain("\"table\": \"factvisitcallperformance_cr\"");
        (await Db.ScalarAsync<long>(_cs, "select count(*) from analytics.factvisitcallperformance_cr")).ShouldBe(167);
    }

    [Fact]
    public async Task Nightly_with_the_gate_closed_exits_4_and_says_why()
    {
        RefreshRows();

        var (code, stdout, _) = await RunAsync("nightly", "--as-of", "2026-03-10T02:00:00");

        code.ShouldBe(ExitCodes.GateClosed);
        stdout.ShouldContain("gate closed: no successful 'Conflict Report' refresh in ANALYTICS.BI.FACTDATAREFRESHSTATUS counts for 2026-03-10");
        (await Db.ScalarAsync<long>(_cs, "select count(*) from analytics.sync_watermarks")).ShouldBe(0, "nothing was synced");
    }

    [Fact]
    public async Task Nightly_with_two_refreshes_that_day_stays_closed_like_the_original()
    {
        RefreshRows(new DateTime(2026, 3, 10, 1, 10, 0), new DateTime(2026, 3, 9, 22, 30, 0));

        var (code, stdout, _) = await RunAsync("nightly", "--as-of", "2026-03-10T02:00:00");

        code.ShouldBe(ExitCodes.GateClosed);
        stdout.ShouldContain("2 successful 'Conflict Report' refreshes");
    }

    [Fact]
    public async Task Nightly_with_the_gate_open_syncs_then_runs_the_stages_and_not_twice_a_day()
    {
        RefreshRows(new DateTime(2026, 3, 10, 1, 10, 0));
        _world["FACTVISITCALLPERFORMANCE_CR"].Add(Rows.Visit("a0000000-0000-4000-8000-000000000001", new DateTime(2026, 3, 9), new DateTime(2026, 3, 9, 20, 0, 0)));

        var (code, stdout, err) = await RunAsync("nightly", "--as-of", "2026-03-10T02:00:00", "--json");
        var (again, stdout2, _) = await RunAsync("nightly", "--as-of", "2026-03-10T03:00:00");
        var (forced, _, _) = await RunAsync("nightly", "--as-of", "2026-03-10T03:00:00", "--force");

        code.ShouldBe(ExitCodes.Success, err);
        stdout.ShouldContain("\"open\": true");
        stdout.ShouldContain("\"stages\": [");
        (await Db.ScalarAsync<long>(_cs, "select count(*) from analytics.factvisitcallperformance_cr")).ShouldBe(1);
        (await Db.ScalarAsync<long>(_cs, "select count(*) from conflict.pipeline_runs where status = 'succeeded'")).ShouldBe(2);
        again.ShouldBe(ExitCodes.GateClosed);
        stdout2.ShouldContain("already completed the night of 2026-03-10");
        forced.ShouldBe(ExitCodes.Success);
    }

    [Fact]
    public async Task Sync_exits_5_when_Snowflake_stays_unavailable()
    {
        _world.Server.Handler = (ctx, _) => FakeSqlApiServer.WriteJsonAsync(ctx, 503, "{}");

        var (code, _, err) = await RunAsync("sync", "--tables", "dimpayer");

        code.ShouldBe(ExitCodes.SnowflakeUnavailable);
        err.ShouldContain("Snowflake did not answer statement 'select * from ANALYTICS.BI.DIMPAYER limit 0' after 2 attempt(s): HTTP 503");
    }

    [Fact]
    public async Task A_password_is_refused_with_exit_2_and_never_printed()
    {
        var (code, stdout, err) = await RunAsync("sync", "--json", "--set", Snowflake(";password=Hunter2Secret"));

        code.ShouldBe(ExitCodes.Usage);
        (stdout + err).ShouldContain("the Snowflake SQL API has no password login");
        (stdout + err).ShouldNotContain("Hunter2Secret");
    }

    [Fact]
    public async Task An_unknown_table_is_a_usage_error_listing_the_known_ones()
    {
        var (code, _, err) = await RunAsync("sync", "--tables", "dimnothing");

        code.ShouldBe(ExitCodes.Usage);
        err.ShouldContain("unknown table(s) dimnothing; known: dimcaregiver");
    }
}
