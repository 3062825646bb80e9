using System.Security.Cryptography;
using ConflictDb.Snowflake;
using ConflictDb.SnowflakeTests.FakeSqlApi;
using ConflictDb.SnowflakeTests.Snowflake;
using ConflictDb.Sync;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ConflictDb.SnowflakeTests.Sync;

/// <summary>
/// A fake ANALYTICS.BI behind a fake SQL API: every view of the sync map, with the Snowflake type each table column
/// comes from (TIMESTAMP_TZ for timestamps, FIXED for numbers, ...) and two columns the copy does not keep.
/// </summary>
public sealed class SyncWorld : IAsyncDisposable
{
    private SyncWorld(FakeSqlApiServer server, FakeSnowflakeViews views, SnowflakeSqlApiClient client, string connectionString)
    {
        Server = server;
        Views = views;
        Client = client;
        ConnectionString = connectionString;
    }

    public FakeSqlApiServer Server { get; }
    public FakeSnowflakeViews Views { get; }
    public SnowflakeSqlApiClient Client { get; }
    public string ConnectionString { get; }

    public FakeView this[string view] => Views.Views[view];

    public SnowflakeAnalyticsSource Source => new(Client, "ANALYTICS.BI", "testaccount");

    public static async Task<SyncWorld> CreateAsync(string connectionString, int partitionSize = 1000, int maxRetries = 2)
    {
        var server = await FakeSqlApiServer.StartAsync();
        var views = new FakeSnowflakeViews { PartitionSize = partitionSize };
        server.Handler = views.HandleAsync;
        await using (var conn = new NpgsqlConnection(connectionString))
        {
            await conn.OpenAsync();
            foreach (var map in AnalyticsViews.All)
            {
                var target = await TargetTable.ReadAsync(conn, "analytics", map.Table, default);
                var columns = map.Columns.Where(c => !c.LoadTime).Select(c => ColumnOf(c.Source!, target.Column(c.Target))).ToList();
                columns.Add(new FakeColumn("Usage Tags", "variant"));
                columns.Add(FakeColumn.Text("Source System", 3));
                views.Views[map.View] = new FakeView(map.View, columns);
            }
        }
        var client = TestClients.Create(server, maxRetries);
        return new SyncWorld(server, views, client, connectionString);
    }

    public static FakeColumn ColumnOf(string name, PgColumn pg) => pg.Kind switch
    {
        PgKind.Bigint or PgKind.Integer or PgKind.Smallint => FakeColumn.Fixed(name),
        PgKind.Numeric => FakeColumn.Fixed(name, 38, pg.NumericScale ?? 0),
        PgKind.Double or PgKind.Real => FakeColumn.Real(name),
        PgKind.Boolean => FakeColumn.Boolean(name),
        PgKind.Timestamp or PgKind.TimestampTz => FakeColumn.TimestampTz(name),
        PgKind.Date => new FakeColumn(name, "date"),
        _ => FakeColumn.Text(name),
    };

    public AnalyticsSync Sync() => new(ConnectionString, Source, NullLogger.Instance);

    public Task<SyncResult> RunAsync(SyncOptions? options = null, CancellationToken ct = default) =>
        Sync().RunAsync(options ?? new SyncOptions { LoadTime = new DateTime(2026, 3, 10, 1, 0, 0) }, ct);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}

/// <summary>Rows for the fake views, as the SQL API would send them.</summary>
public static class Rows
{
    public static Dictionary<string, string?> Visit(string id, DateTime visitDate, DateTime updated, string caregiver = "50000000-0000-4000-8000-000000000001",
        string? missedReason = null, decimal billedRate = 24.79m) => new()
    {
        ["Visit Id"] = id,
        ["Application Visit Id"] = "300" + id[^3..],
        ["Patient Id"] = "60000000-0000-4000-8000-000000000001",
        ["Application Patient Id"] = "7001",
        ["Caregiver Id"] = caregiver,
        ["Application Caregiver Id"] = "1001",
        ["Provider Id"] = "10000000-0000-4000-8000-000000000001",
        ["Application Provider Id"] = "101",
        ["Office Id"] = "20000000-0000-4000-8000-000000000001",
        ["Application Office Id"] = "201",
        ["Payer Id"] = "30000000-0000-4000-8000-000000000001",
        ["Application Payer Id"] = "501",
        ["Contract Id"] = null,
        ["Application Contract Id"] = "0",
        ["Service Code Id"] = "80000000-0000-4000-8000-000000000001",
        ["Application Service Code Id"] = "701",
        ["Visit Date"] = Wire.Eastern(visitDate.Date),
        ["Scheduled Start Time"] = Wire.Eastern(visitDate.Date.AddHours(9)),
        ["Scheduled End Time"] = Wire.Eastern(visitDate.Date.AddHours(11)),
        ["Visit Start Time"] = Wire.Eastern(visitDate.Date.AddHours(9).AddMinutes(2)),
        ["Visit End Time"] = Wire.Eastern(visitDate.Date.AddHours(11).AddMinutes(1)),
        ["Call In Time"] = Wire.Eastern(visitDate.Date.AddHours(9).AddMinutes(2)),
        ["Call In GPS Coordinates"] = "40.7,-74.1",
        ["Call Out Time"] = Wire.Eastern(visitDate.Date.AddHours(11).AddMinutes(1)),
        ["Call Out Device Type"] = "Mobile",
        ["Bill Type"] = "Hourly",
        ["Billed"] = "yes",
        ["Billed Hours"] = "2.000000",
        ["Billed Rate"] = Wire.Fixed(billedRate),
        ["Total Billed Amount"] = Wire.Fixed(billedRate * 2),
        ["Invoice Date"] = Wire.Eastern(visitDate.Date.AddDays(3)),
        ["Is Missed"] = Wire.Bool(missedReason is not null),
        ["Missed Visit Reason"] = missedReason,
        ["Visit Updated User Id"] = "90000000-0000-4000-8000-000000000001",
        ["Application Visit Updated User Id"] = "801",
        ["Visit Updated Timestamp"] = Wire.Eastern(updated),
        ["Conflict Report Hash"] = "-8817755123456789012",
        ["Usage Tags"] = """{"providerState":"NY"}""",
        ["Source System"] = "hha",
    };

    public static Dictionary<string, string?> Caregiver(string id, string ssn, DateTime updated) => new()
    {
        ["Caregiver Id"] = id,
        ["Application Caregiver Id"] = "1001",
        ["Caregiver Code"] = "CG" + id[^4..],
        ["Caregiver Firstname"] = "Bob",
        ["Caregiver Lastname"] = "Cohen",
        ["Caregiver Fullname"] = "Bob Cohen",
        ["SSN"] = ssn,
        ["Status"] = "Active",
        ["Updated Datatimestamp"] = Wire.Eastern(updated),
        ["Source System"] = "hha",
    };

    public static Dictionary<string, string?> User(string id, string name) => new()
    {
        ["User Id"] = id,
        ["Application User Id"] = "801",
        ["User Fullname"] = name,
        ["User Email Address"] = name.ToLowerInvariant().Replace(' ', '.') + "@example.org",
        ["Source System"] = "hha",
    };
}
