using System.Diagnostics;
using System.Globalization;
using System.Text;
using ConflictDb.Parity;
using ConflictDb.Snowflake;
using ConflictDb.SnowflakeTests.FakeSqlApi;
using ConflictDb.SnowflakeTests.Snowflake;
using ConflictDb.Sync;
using ConflictDb.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Xunit.Abstractions;

namespace ConflictDb.SnowflakeTests.Sync;

/// <summary>Runs only when CONFLICTDB_BENCH=1: benchmarks are measured on purpose, not on every test run.</summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CONFLICTDB_BENCH") != "1") Skip = "benchmark: set CONFLICTDB_BENCH=1 (and CONFLICTDB_BENCH_ROWS, default 1000000)";
    }
}

/// <summary>
/// Sync throughput of the visit fact (bench/sync.md): N generated visits served by the fake SQL API (partitions
/// serialized and gzipped before the clock starts, so the server costs little) and the same visits as a case file.
/// Each source is loaded into an empty table (first load, straight into the table) and then again (every row read,
/// compared, none changed), then once more into a second empty database through the staging table (the path every
/// load took before the first-load path), for comparison under the same conditions.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SyncBenchmark(PostgresServerFixture server, ITestOutputHelper output) : IDisposable
{
    private const int PartitionRows = 40_000;
    private static readonly int Count = int.TryParse(Environment.GetEnvironmentVariable("CONFLICTDB_BENCH_ROWS"), out var n) ? n : 1_000_000;
    private static readonly DateTime Start = new(2024, 9, 1);
    private readonly string _dir = Directory.CreateTempSubdirectory("conflictdb-bench-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Visit i: logical values shared by both sources (18 months of visits, 5000 caregivers).</summary>
    private static (string Column, object? Value)[] Visit(int i)
    {
        var day = Start.AddDays(i % 547);
        var start = day.AddHours(7 + i % 10).AddMinutes(i % 4 * 15);
        var id = $"{i:x8}-0000-4000-8000-{i * 7919L % 1_000_000_000_000:x12}";
        return
        [
            ("Visit Id", id), ("Application Visit Id", (300000 + i).ToString(CultureInfo.InvariantCulture)),
            ("Patient Id", $"60000000-0000-4000-8000-{i % 20000:x12}"), ("Application Patient Id", 7000L + i % 20000),
            ("Caregiver Id", $"50000000-0000-4000-8000-{i % 5000:x12}"), ("Application Caregiver Id", 1000L + i % 5000),
            ("Provider Id", $"10000000-0000-4000-8000-{i % 40:x12}"), ("Application Provider Id", (100 + i % 40).ToString(CultureInfo.InvariantCulture)),
            ("Office Id", $"20000000-0000-4000-8000-{i % 80:x12}"), ("Application Office Id", (200 + i % 80).ToString(CultureInfo.InvariantCulture)),
            ("Payer Id", $"30000000-0000-4000-8000-{i % 12:x12}"), ("Application Payer Id", 500L + i % 12),
            ("Contract Id", i % 3 == 0 ? null : $"40000000-0000-4000-8000-{i % 30:x12}"), ("Application Contract Id", (600 + i % 30).ToString(CultureInfo.InvariantCulture)),
            ("Service Code Id", $"80000000-0000-4000-8000-{i % 9:x12}"), ("Application Service Code Id", 700L + i % 9),
            ("Payer Patient Id", $"60000000-0000-4000-8000-{i % 20000:x12}"), ("Application Payer Patient Id", 7000L + i % 20000),
            ("Provider Patient Id", $"60000000-0000-4000-8000-{i % 20000:x12}"), ("Application Provider Patient Id", 7000L + i % 20000),
            ("Visit Date", day), ("Scheduled Start Time", start), ("Scheduled End Time", start.AddHours(2)),
            ("Visit Start Time", i % 5 == 0 ? null : start.AddMinutes(2)), ("Visit End Time", i % 5 == 0 ? null : start.AddHours(2).AddMinutes(1)),
            ("Call In Time", i % 5 == 0 ? null : start.AddMinutes(2)), ("Call In GPS Coordinates", i % 2 == 0 ? "40.761379,-74.171415" : null),
            ("Call Out Time", i % 5 == 0 ? null : start.AddHours(2).AddMinutes(1)), ("Call Out GPS Coordinates", null),
            ("Call Out Device Type", i % 2 == 0 ? "Mobile" : "IVR"), ("Bill Type", "Hourly"), ("Billed", i % 4 == 0 ? "no" : "yes"),
            ("Billed Hours", 2.000000m), ("Billed Rate", 24.790m + i % 7), ("Total Billed Amount", 49.580m + i % 7 * 2),
            ("Bill Rate Non-Billed", 19.880000m), ("Invoice Date", day.AddDays(3)), ("Is Missed", i % 50 == 0),
            ("Missed Visit Reason", i % 50 == 0 ? "Caregiver sick" : null), ("Visit Updated User Id", $"90000000-0000-4000-8000-{i % 300:x12}"),
            ("Application Visit Updated User Id", (800 + i % 300).ToString(CultureInfo.InvariantCulture)),
            ("Visit Updated Timestamp", new DateTime(2026, 3, 9, 20, 0, 0).AddSeconds(-(i % 86400))), ("Conflict Report Hash", -8817755123456789012L + i),
        ];
    }

    private static string? ToWire(object? value) => value switch
    {
        null => null,
        string s => s,
        long l => Wire.Fixed(l),
        decimal d => Wire.Fixed(d),
        bool b => Wire.Bool(b),
        DateTime t => Wire.Eastern(t),
        _ => throw new InvalidOperationException(),
    };

    private static string ToCsv(object? value) => CsvText(value switch
    {
        null => new CsvField("", true),
        DateTime t => new CsvField(t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), false),
        _ => CaseRecorder.Render(value),
    });

    private static string CsvText(CsvField field)
    {
        using var w = new StringWriter();
        CaseCsvReader.WriteCopyField(w, field);
        return w.ToString();
    }

    /// <summary>A SQL API that answers the probe and the visit query from partitions serialized before the clock starts.</summary>
    private static async Task<(FakeSqlApiServer Server, long Bytes)> ServeAsync(IReadOnlyList<FakeColumn> viewColumns, IReadOnlyList<FakeColumn> selected)
    {
        var server = await FakeSqlApiServer.StartAsync();
        var partitions = (Count + PartitionRows - 1) / PartitionRows;
        var counts = Enumerable.Range(0, partitions).Select(p => Math.Min(PartitionRows, Count - p * PartitionRows)).ToList();
        IEnumerable<string?[]> Rows(int p) => Enumerable.Range(p * PartitionRows, counts[p]).Select(i => Visit(i).Select(v => ToWire(v.Value)).ToArray());
        var first = Encoding.UTF8.GetBytes(SqlApiJson.ResultSet(selected, Rows(0), counts, "01bench0-0000-0000-0000-000000000001"));
        var rest = new byte[partitions][];
        long bytes = first.Length;
        Parallel.For(1, partitions, p =>
        {
            var json = Encoding.UTF8.GetBytes(SqlApiJson.Partition(Rows(p)));
            Interlocked.Add(ref bytes, json.Length);
            rest[p] = FakeSqlApiServer.Gzip(json);
        });
        var probe = Encoding.UTF8.GetBytes(SqlApiJson.ResultSet(viewColumns, []));
        server.Handler = async (ctx, r) =>
        {
            var (body, gzip) = r.Partition is { } p ? (rest[p], true) : r.Statement!.EndsWith("limit 0", StringComparison.Ordinal) ? (probe, false) : (first, false);
            ctx.Response.ContentType = "application/json";
            if (gzip) ctx.Response.Headers.ContentEncoding = "gzip";
            ctx.Response.ContentLength = body.Length;
            await ctx.Response.Body.WriteAsync(body);
        };
        return (server, bytes);
    }

    /// <summary>CPU seconds of the PostgreSQL cluster serving <paramref name="cs"/> (postmaster and its children), from /proc.</summary>
    private static async Task<double> ServerCpuAsync(string cs)
    {
        var dataDir = await Db.ScalarAsync<string>(cs, "show data_directory");
        var postmaster = int.Parse(File.ReadLines(Path.Combine(dataDir!, "postmaster.pid")).First(), CultureInfo.InvariantCulture);
        long ticks = 0;
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                // after "pid (comm)": state ppid ... utime(14th overall = index 11 here) stime(12)
                // live backends, plus the postmaster with the time of the children it has reaped (cutime, cstime)
                if (pid == postmaster)
                {
                    ticks += fields.Skip(11).Take(4).Sum(f => long.Parse(f, CultureInfo.InvariantCulture));
                }
                else if (int.Parse(fields[1], CultureInfo.InvariantCulture) == postmaster)
                {
                    ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                }
            }
            catch (IOException)
            {
                // the process ended while we looked
            }
        }
        return ticks / 100.0;
    }

    /// <summary>One timed full sync of the visit fact: wall clock, phases, client and server CPU, load average.</summary>
    private async Task MeasureAsync(string cs, IAnalyticsSource source, string label, bool firstLoad, bool direct = true)
    {
        var serverCpu = await ServerCpuAsync(cs);
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        var watch = Stopwatch.StartNew();
        var result = await new AnalyticsSync(cs, source, NullLogger.Instance)
            .RunAsync(new SyncOptions { Full = true, Tables = ["factvisitcallperformance_cr"], DirectFirstLoad = direct }, default);
        watch.Stop();
        clientCpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - clientCpu;
        serverCpu = await ServerCpuAsync(cs) - serverCpu;
        var t = result.Tables.Single();
        t.Staged.ShouldBe(Count);
        (firstLoad ? t.Inserted : t.Staged - t.Updated).ShouldBe(Count, "first load inserts every row; the second changes none");
        t.Direct.ShouldBe(firstLoad && direct);
        output.WriteLine($"{label}: {Count:N0} rows in {watch.Elapsed.TotalSeconds:0.0} s = {Count / watch.Elapsed.TotalSeconds:N0} rows/s " +
            $"({(t.Direct ? "read+COPY into the table" : "read+COPY into staging")} {t.Staging.TotalSeconds:0.0} s, apply {t.Applying.TotalSeconds:0.0} s, " +
            $"analyze {(t.Duration - t.Staging - t.Applying).TotalSeconds:0.0} s; inserted {t.Inserted:N0}, updated {t.Updated:N0}); " +
            $"CPU: client {clientCpu:0.0} s, PostgreSQL {serverCpu:0.0} s, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
    }

    /// <summary>Run 1: first load into the empty table; run 2: the same rows again (nothing changes); then the first load the old way (staging table) into a second empty database, for comparison.</summary>
    private async Task SyncAllWaysAsync(string cs, IAnalyticsSource source, string label)
    {
        await MeasureAsync(cs, source, $"{label} run 1 (first load)", firstLoad: true);
        await MeasureAsync(cs, source, $"{label} run 2 (nothing changed)", firstLoad: false);
        var staged = await server.CreateDatabaseAsync("bench_staged");
        await MeasureAsync(staged, source, $"{label} run 3 (first load through the staging table, as before)", firstLoad: true, direct: false);
    }

    [BenchmarkFact]
    public async Task Visit_fact_sync_throughput_from_the_fake_SQL_API_and_from_a_case_file()
    {
        output.WriteLine($"{Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Count:N0} visits, {PartitionRows:N0} rows per partition");
        var cs = await server.CreateDatabaseAsync("bench");
        TargetTable target;
        await using (var conn = new NpgsqlConnection(cs))
        {
            await conn.OpenAsync();
            target = await TargetTable.ReadAsync(conn, "analytics", "factvisitcallperformance_cr", default);
        }
        var map = AnalyticsViews.FactVisitCallPerformance;
        var selected = map.Columns.Where(c => !c.LoadTime).Select(c => SyncWorld.ColumnOf(c.Target, target.Column(c.Target))).ToList();

        // Snowflake: decode only (no PostgreSQL), then the full sync
        var prepare = Stopwatch.StartNew();
        var (api, bytes) = await ServeAsync([.. selected, new FakeColumn("Usage Tags", "variant")], selected);
        output.WriteLine($"fake SQL API ready in {prepare.Elapsed.TotalSeconds:0.0} s: {bytes / 1e6:N0} MB of JSON in {(Count + PartitionRows - 1) / PartitionRows} partitions");
        await using (api)
        {
            using var client = TestClients.Create(api);
            var decode = Stopwatch.StartNew();
            long rows = 0;
            await using (var result = await client.ExecuteAsync("select visits", null, default))
            {
                await foreach (var _ in result.ReadRowsAsync(default)) rows++;
            }
            rows.ShouldBe(Count);
            output.WriteLine($"snowflake client alone (HTTP, gunzip, JSON, decode): {Count / decode.Elapsed.TotalSeconds:N0} rows/s, {bytes / 1e6 / decode.Elapsed.TotalSeconds:N0} MB/s of JSON");
            await SyncAllWaysAsync(cs, new SnowflakeAnalyticsSource(client, "ANALYTICS.BI", "bench"), "snowflake");
        }

        // the same visits as a case file
        var folder = Path.Combine(_dir, "case", "input", "analytics");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "FACTVISITCALLPERFORMANCE_CR.csv");
        await using (var writer = new StreamWriter(file, false, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            await writer.WriteLineAsync(string.Join(',', Visit(0).Select(v => v.Column)));
            for (var i = 0; i < Count; i++) await writer.WriteLineAsync(string.Join(',', Visit(i).Select(v => ToCsv(v.Value))));
        }
        output.WriteLine($"case file: {new FileInfo(file).Length / 1e6:N0} MB");
        var csvRead = Stopwatch.StartNew();
        using (var reader = new CaseCsvReader(file)) reader.Records().Count().ShouldBe(Count);
        output.WriteLine($"case CSV reader alone: {Count / csvRead.Elapsed.TotalSeconds:N0} rows/s");
        var filesDb = await server.CreateDatabaseAsync("bench_files");
        await SyncAllWaysAsync(filesDb, new CaseAnalyticsSource(Path.Combine(_dir, "case")), "files");
        (await Db.ScalarAsync<long>(filesDb, "select count(*) from analytics.factvisitcallperformance_cr")).ShouldBe(Count);
    }
}
