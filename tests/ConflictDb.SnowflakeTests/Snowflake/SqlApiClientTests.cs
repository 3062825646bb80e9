using System.Text.Json;
using ConflictDb.Snowflake;
using ConflictDb.SnowflakeTests.FakeSqlApi;
using Microsoft.AspNetCore.Http;

namespace ConflictDb.SnowflakeTests.Snowflake;

/// <summary>The SQL API client against the fake server: auth, polling, partitions, retries and every failure mode.</summary>
public sealed class SqlApiClientTests : IAsyncLifetime
{
    private static readonly FakeColumn[] TwoColumns = [FakeColumn.Text("Visit Id", 100), FakeColumn.Fixed("Application Visit Id")];
    private FakeSqlApiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeSqlApiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static IEnumerable<string?[]> Rows(int from, int count) =>
        Enumerable.Range(from, count).Select(i => new string?[] { $"v{i:000000}", i.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    private int Count(Func<RecordedRequest, bool> which) => _server.Requests.Count(which);

    [Fact]
    public async Task Decodes_every_documented_type_of_a_recorded_result()
    {
        var recorded = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Snowflake", "Recorded", "resultset-types.json"));
        _server.Handler = (ctx, _) => FakeSqlApiServer.WriteJsonAsync(ctx, 200, recorded);
        using var client = TestClients.Create(_server);

        await using var result = await client.ExecuteAsync("select * from T", null, default);
        var rows = new List<object?[]>();
        await foreach (var row in result.ReadRowsAsync(default)) rows.Add(row);

        result.Columns.Select(c => c.Type).ShouldBe(["text", "fixed", "fixed", "real", "boolean", "date", "time", "timestamp_ntz", "timestamp_ltz", "timestamp_tz", "variant"]);
        rows.Count.ShouldBe(2);
        var a = rows[0];
        a[0].ShouldBe("a0000000-0000-4000-8000-000000000001");
        a[1].ShouldBe(-25354L);
        a[2].ShouldBe(24.790m);
        a[3].ShouldBe(40.761379);
        a[4].ShouldBe(true);
        a[5].ShouldBe(new DateOnly(2026, 3, 8));
        a[6].ShouldBe(new TimeOnly(10, 30, 0).Add(TimeSpan.FromTicks(1_234_570)), "TIME rounds to microseconds");
        a[7].ShouldBe(new DateTime(2025, 3, 10, 10, 0, 0), "TIMESTAMP_NTZ is the wall clock as sent");
        a[8].ShouldBe(new DateTime(2025, 3, 10, 6, 0, 0), "TIMESTAMP_LTZ is reduced to the session zone (New York, EDT)");
        a[9].ShouldBe(new DateTime(2025, 3, 8, 0, 0, 0), "TIMESTAMP_TZ keeps the wall clock of its own offset (-05:00)");
        ((string)a[10]!).ShouldContain("\"payerState\": \"NY\"");
        var b = rows[1];
        b[0].ShouldBe("q\"uote\u00e9");
        b[1].ShouldBeNull();
        b[5].ShouldBe(new DateOnly(1969, 12, 31));
        b[6].ShouldBe(new TimeOnly(10), "0.5 microseconds round up to one");
        b[7].ShouldBe(new DateTime(1969, 12, 31, 23, 59, 58, 500));
        b[8].ShouldBe(new DateTime(2025, 3, 10, 6, 0, 1), "999999.5 microseconds round into the next second");
        b[9].ShouldBe(new DateTime(2025, 3, 8, 5, 0, 0));
        b[10].ShouldBeNull();
    }

    [Fact]
    public async Task Sends_a_key_pair_JWT_with_the_fingerprint_and_the_session_context()
    {
        _server.Handler = (ctx, _) => FakeSqlApiServer.WriteJsonAsync(ctx, 200, SqlApiJson.ResultSet(TwoColumns, Rows(1, 1)));
        using var client = TestClients.Create(_server);

        var rows = await client.ReadAllAsync("select 1 where x = ?", [SnowflakeBinding.Text("abc")]);

        rows.Count.ShouldBe(1);
        var claims = _server.LastClaims.ShouldNotBeNull();
        claims.GetProperty("sub").GetString().ShouldBe("TESTACCOUNT.CONFLICTDB", "account upper case without region, user upper case");
        claims.GetProperty("iss").GetString()!.ShouldStartWith("TESTACCOUNT.CONFLICTDB.SHA256:");
        (claims.GetProperty("exp").GetInt64() - claims.GetProperty("iat").GetInt64()).ShouldBe(59 * 60);
        var request = _server.Requests.Single();
        request.Method.ShouldBe("POST");
        request.Path.ShouldBe("/api/v2/statements");
        request.Query.ShouldContain("requestId=");
        request.Headers["User-Agent"].ShouldStartWith("ConflictDb/");
        request.Headers["Accept"].ShouldContain("application/json");
        request.Binding(1).ShouldBe("abc");
        var body = request.Body!.Value;
        body.GetProperty("warehouse").GetString().ShouldBe("CONFLICT_WH");
        body.GetProperty("role").GetString().ShouldBe("CONFLICTDB_READER");
        body.GetProperty("parameters").GetProperty("TIMEZONE").GetString().ShouldBe("America/New_York");
    }

    [Fact]
    public async Task A_wrong_key_is_refused_naming_the_fingerprint_we_sent()
    {
        _server.ExpectedKey = TestClients.NewKey(0);
        _server.Handler = (ctx, _) => FakeSqlApiServer.WriteJsonAsync(ctx, 200, SqlApiJson.ResultSet(TwoColumns, Rows(1, 1)));
        using var client = TestClients.Create(_server, key: TestClients.NewKey(1));

        var ex = await Should.ThrowAsync<SnowflakeAuthenticationException>(() => client.ReadAllAsync("select 1"));

        ex.Message.ShouldContain("HTTP 401");
        ex.Message.ShouldContain("SHA256:");
        ex.Message.ShouldContain("RSA_PUBLIC_KEY_FP");
        Count(_ => true).ShouldBe(1, "authentication failures are not retried");
    }

    [Fact]
    public async Task A_202_is_polled_until_the_statement_finishes()
    {
        var polls = 0;
        _server.Handler = (ctx, r) => r.Method == "POST"
            ? FakeSqlApiServer.WriteJsonAsync(ctx, 202, SqlApiJson.Running("h-202"))
            : ++polls < 3
                ? FakeSqlApiServer.WriteJsonAsync(ctx, 202, SqlApiJson.Running("h-202"))
                : FakeSqlApiServer.WriteJsonAsync(ctx, 200, SqlApiJson.ResultSet(TwoColumns, Rows(1, 5), handle: "h-202"));
        using var client = TestClients.Create(_server);

        var rows = await client.ReadAllAsync("select slowly");

        rows.Select(r => r[0]).ShouldBe(["v000001", "v000002", "v000003", "v000004", "v000005"]);
        Count(r => r.Method == "GET" && r.Path == "/api/v2/statements/h-202").ShouldBe(3);
    }

    [Fact]
    public async Task Fetches_every_partition_gzip_encoded_in_order()
    {
        _server.Handler = (ctx, r) => r.Partition switch
        {
            null => FakeSqlApiServer.WriteJsonAsync(ctx, 200, SqlApiJson.ResultSet(TwoColumns, Rows(0, 100), [100, 250, 7], handle: "h-parts")),
            1 => FakeSqlApiServer.WriteJsonAsync(ctx, 200, SqlApiJson.Partition(Rows(100, 250)), gzip: true),
            2 => FakeSqlApiServer.WriteJsonAsync(ctx, 200, SqlApiJson.Partition(Rows(350, 7)), gzip: true),
            _ => FakeSqlApiServer.WriteJsonAsync(ctx, 404, SqlApiJson.Error("000404", "no such partition")),
        };
        using var client = TestClients.Create(_server);

        await using var result = await client.ExecuteAsync("select many", null, default);
        result.RowCount.ShouldBe(357);
        var ids = new List<long>();
        await foreach (var row in result.ReadRowsAsync(default)) ids.Add((long)row[1]!);

        ids.ShouldBe(Enumerable.Range(0, 357).Select(i => (long)i));
        var partitionRequests = _server.Requests.Where(r => r.Partition is not null).ToList();
        partitionRequests.Select(r => r.Partition).Order().ShouldBe([1, 2]);
        partitionRequests.ShouldAllBe(r => r.Path == "/api/v2/statements/h-parts" && r.Headers["Accept-Encoding"].Contains("gzip"));
    }

    [Fact]
    public async Task A_429_is_retried_with_the_same_request_id_and_then_succeeds()
    {
        var posts = 0;
        _server.Handler = (ctx, r) => ++posts == 1
            ? FakeSqlApiServer.WriteJsonAsync(ctx, 429, SqlApiJson.Error("000429", "Too many requests"))
            : FakeSqlApiServer.WriteJsonAsync(ctx, 200, SqlApiJson.ResultSet(TwoColumns, Rows(1, 2)));
        using var client = TestClients.Create(_server);

        var rows = await client.ReadAllAsync("select after throttling");

        rows.Count.ShouldBe(2);
        var requests = _server.Requests.ToList();
        requests.Count.ShouldBe(2);
        var firstId = requests[0].Query.Split('&')[0];
        requests[1].Query.ShouldStartWith(firstId, customMessage: "a resubmission keeps its requestId");
        requests[1].Query.ShouldContain("retry=true");
    }

    [Fact]
    public async Task Gives_up_after_the_retry_budget_on_500_naming_statement_and_partition()
    {
        _server.Handler = (ctx, r) => r.Partition switch
        {
            null => FakeSqlApiServer.WriteJsonAsync(ctx, 200, SqlApiJson.ResultSet(TwoColumns, Rows(0, 10), [10, 10, 10], handle: "h-500")),
            1 => FakeSqlApiServer.WriteJsonAsync(ctx, 200, SqlApiJson.Partition(Rows(10, 10))),
            _ => FakeSqlApiServer.WriteJsonAsync(ctx, 500, "internal error"),
        };
        using var client = TestClients.Create(_server, maxRetries: 3);
        var sql = "select \"Visit Id\", \"Application Visit Id\" from ANALYTICS.BI.FACTVISITCALLPERFORMANCE_CR where something is long enough to be cut";

        var ex = await Should.ThrowAsync<SnowflakeUnavailableException>(() => client.ReadAllAsync(sql));

        ex.Partition.ShouldBe(2);
        ex.Message.ShouldContain("(partition 2)");
        ex.Message.ShouldContain(SnowflakeException.Abbreviate(sql));
        ex.Message.ShouldContain("HTTP 500");
        ex.Message.ShouldContain("4 attempt(s)");
        Count(r => r.Partition == 2).ShouldBe(4, "one try and three retries, then stop");
    }

    [Fact]
    public async Task Malformed_JSON_fails_naming_statement_and_partition_without_retrying()
    {
        _server.Handler = (ctx, r) => r.Partition switch
        {
            null => FakeSqlApiServer.WriteJsonAsync(ctx, 200, SqlApiJson.ResultSet(TwoColumns, Rows(0, 3), [3, 3], handle: "h-bad")),
            _ => FakeSqlApiServer.WriteJsonAsync(ctx, 200, """{"data": [["v1", "1"], ["v2", """),
        };
        using var client = TestClients.Create(_server);

        var ex = await Should.ThrowAsync<SnowflakeProtocolException>(() => client.ReadAllAsync("select broken"));

        ex.Message.ShouldContain("statement 'select broken' (partition 1)");
        ex.Message.ShouldContain("not readable");
        Count(r => r.Partition == 1).ShouldBe(1);
    }

    [Fact]
    public async Task A_value_that_does_not_fit_its_type_names_row_and_column()
    {
        _server.Handler = (ctx, _) => FakeSqlApiServer.WriteJsonAsync(ctx, 200, SqlApiJson.ResultSet(TwoColumns, [["v1", "12"], ["v2", "twelve"]]));
        using var client = TestClients.Create(_server);

        var ex = await Should.ThrowAsync<SnowflakeProtocolException>(() => client.ReadAllAsync("select typed"));

        ex.Message.ShouldContain("row 2, column \"Application Visit Id\" (FIXED(38,0))");
        ex.Message.ShouldContain("'twelve'");
    }

    [Fact]
    public async Task A_connection_dropped_mid_partition_is_retried_and_no_row_is_duplicated()
    {
        var drops = 0;
        _server.Handler = (ctx, r) => r.Partition switch
        {
            null => FakeSqlApiServer.WriteJsonAsync(ctx, 200, SqlApiJson.ResultSet(TwoColumns, Rows(0, 50), [50, 400], handle: "h-drop")),
            _ when drops++ == 0 => FakeSqlApiServer.WriteHalfAndDropAsync(ctx, SqlApiJson.Partition(Rows(50, 400))),
            _ => FakeSqlApiServer.WriteJsonAsync(ctx, 200, SqlApiJson.Partition(Rows(50, 400)), gzip: true),
        };
        using var client = TestClients.Create(_server);

        var rows = await client.ReadAllAsync("select through a bad network");

        rows.Select(r => (long)r[1]!).ShouldBe(Enumerable.Range(0, 450).Select(i => (long)i));
        Count(r => r.Partition == 1).ShouldBe(2);
    }

    [Fact]
    public async Task A_failed_statement_reports_Snowflakes_message_and_is_not_retried()
    {
        _server.Handler = (ctx, _) => FakeSqlApiServer.WriteJsonAsync(ctx, 422,
            SqlApiJson.Error("000904", "SQL compilation error: error line 1 at position 7\ninvalid identifier '\"Visit Idd\"'", "42000"));
        using var client = TestClients.Create(_server);

        var ex = await Should.ThrowAsync<SnowflakeStatementException>(() => client.ReadAllAsync("select \"Visit Idd\" from V"));

        ex.Code.ShouldBe("000904");
        ex.Message.ShouldContain("invalid identifier");
        ex.Message.ShouldContain("select \"Visit Idd\" from V");
        Count(_ => true).ShouldBe(1);
    }

    [Fact]
    public async Task Cancelling_while_the_statement_runs_cancels_it_in_Snowflake()
    {
        using var cts = new CancellationTokenSource();
        _server.Handler = (ctx, r) =>
        {
            if (r.Path.EndsWith("/cancel", StringComparison.Ordinal)) return FakeSqlApiServer.WriteJsonAsync(ctx, 200, """{"code":"000604","message":"SQL execution canceled"}""");
            if (r.Method == "GET") cts.Cancel();
            return FakeSqlApiServer.WriteJsonAsync(ctx, 202, SqlApiJson.Running("h-cancel"));
        };
        using var client = TestClients.Create(_server);

        await Should.ThrowAsync<OperationCanceledException>(() => client.ReadAllAsync("select forever", ct: cts.Token));

        Count(r => r.Method == "POST" && r.Path == "/api/v2/statements/h-cancel/cancel").ShouldBe(1);
    }
}
