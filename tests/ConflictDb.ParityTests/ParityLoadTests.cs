using ConflictDb.Parity;
using ConflictDb.Pipeline;
using ConflictDb.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConflictDb.ParityTests;

/// <summary>How the parity runner loads a case: input/analytics through the production sync, input/conflict by the case loader.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ParityLoadTests(PostgresServerFixture server)
{
    [Fact]
    public async Task A_case_loads_its_analytics_through_the_sync_from_its_files_clocked_at_its_asOf()
    {
        var parityCase = ParityCase.Load(Path.Combine(RepositoryPaths.ParityCases, "example-core-seed7"));
        var cs = await server.CreateDatabaseAsync("paritysync");

        await new ParityRunner(NullLogger.Instance).RunAsync(parityCase, cs, Stage.Embedded(), CancellationToken.None);

        var marks = await Db.RowsAsync(cs, "select table_name, source, full_reload, rows_staged from analytics.sync_watermarks order by 1");
        marks.Select(m => (string)m[0]!).ShouldBe(Sync.AnalyticsViews.All.Select(v => v.Table).Order(StringComparer.Ordinal), "every view of the map went through the sync");
        marks.ShouldAllBe(m => (string)m[1]! == "case example-core-seed7" && (bool)m[2]!);
        var visits = File.ReadLines(Path.Combine(parityCase.Directory, "input", "analytics", "FACTVISITCALLPERFORMANCE_CR.csv")).Count() - 1;
        marks.Single(m => (string)m[0]! == "factvisitcallperformance_cr")[3].ShouldBe((long)visits);
        (await Db.ScalarAsync<long>(cs, "select count(*) from conflict.settings")).ShouldBeGreaterThan(0, "input/conflict loads by the case loader");
    }
}
