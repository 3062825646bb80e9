using ConflictDb.Local;
using ConflictDb.Parity;
using ConflictDb.Pipeline;
using ConflictDb.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace ConflictDb.ParityTests;

/// <summary>Every folder of parity/cases is one test: the stages must reproduce the recorded Snowflake output.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ParityCaseTests(PostgresServerFixture server, ITestOutputHelper output)
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        if (!Directory.Exists(RepositoryPaths.ParityCases)) return data;
        foreach (var dir in Directory.GetDirectories(RepositoryPaths.ParityCases).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(dir, "case.json"))) data.Add(Path.GetFileName(dir));
        }
        return data;
    }

    [Fact]
    public void The_committed_cases_are_discovered()
    {
        Cases().Count.ShouldBeGreaterThan(0, "parity/cases must hold the recorded cases");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Stages_reproduce_the_recorded_output(string caseName)
    {
        var parityCase = ParityCase.Load(Path.Combine(RepositoryPaths.ParityCases, caseName));
        var cs = await server.CreateDatabaseAsync("parity");

        var report = await new ParityRunner(NullLogger.Instance).RunAsync(parityCase, cs, Stage.Embedded(), CancellationToken.None);

        foreach (var step in report.Steps)
        {
            output.WriteLine($"{step.Step}: {step.Status}{(step.Reason is null ? "" : $" ({step.Reason})")}");
            foreach (var t in step.Tables)
            {
                output.WriteLine($"  {t.Table}: matched {t.Matched}, missing {t.Missing}, extra {t.Extra}, differing {t.Differing}");
                foreach (var d in t.Differences.Take(20)) output.WriteLine($"    {d}");
            }
        }
        var differing = report.Steps.Where(s => s.Status == StepStatus.Differs)
            .SelectMany(s => s.Tables.Where(t => !t.Same).Select(t => $"{s.Step}/{t.Table}: {t.Differences.FirstOrDefault()}"))
            .ToList();
        differing.ShouldBeEmpty();
        report.Steps.ShouldContain(s => s.Step == "final");
    }
}
