using System.CommandLine;
using System.Globalization;
using ConflictDb.Local;
using ConflictDb.Migrations;
using ConflictDb.Parity;
using ConflictDb.Pipeline;
using ConflictDb.Sync;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ConflictDb.Cli;

/// <summary>Verbs of the nightly pipeline: run, parity, demo.</summary>
public static class PipelineCommands
{
    public const string DefaultDemoCase = "parity/cases/example-core-seed7";

    public static IEnumerable<Command> Build() => [RunCommand(), ParityCommand(), DemoCommand()];

    private static Option<string?> AsOfOption() => new("--as-of")
    {
        Description = "The run's clock (e.g. 2026-03-10T02:00:00); default: now in Run:TimeZone",
    };

    public static DateTime ParseAsOf(string? text, TimeZoneInfo zone)
    {
        if (text is null) return TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, zone);
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf))
        {
            throw new Configuration.ConfigurationException("--as-of", $"'{text}' is not a timestamp such as 2026-03-10T02:00:00");
        }
        return DateTime.SpecifyKind(asOf, DateTimeKind.Unspecified);
    }

    /// <summary>The run settings of the configuration (Run:*): statement timeout, pairing mode, stage session settings.</summary>
    internal static RunOptions RunOptionsFrom(Configuration.ConflictDbSettings settings) => new()
    {
        StatementTimeout = settings.StageStatementTimeout,
        Pairing = settings.Pairing,
        FullPairingEveryDays = settings.FullPairingEveryDays,
        StageSettings = settings.StageSettings,
    };

    private static Command RunCommand()
    {
        var asOf = AsOfOption();
        var resume = new Option<bool>("--resume") { Description = "Resume the latest failed run from its failed stage (same run id and as-of)" };
        var from = new Option<string?>("--from") { Description = "Start at this stage (file name or number)" };
        var only = new Option<string?>("--only") { Description = "Run only this stage" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the plan; change nothing" };
        var fullPairing = new Option<bool>("--full-pairing") { Description = "Pair the whole window tonight, not only what changed (Run:Pairing=full)" };
        var command = new Command("run", "Run the nightly stages (db/stages) against the conflict database");
        foreach (var o in new Option[] { asOf, resume, from, only, dryRun, fullPairing }) command.Options.Add(o);
        command.SetAction((parse, ct) => Commands.RunAsync(parse, "run", async (ctx, token) =>
        {
            var options = RunOptionsFrom(ctx.Settings) with
            {
                AsOf = parse.GetValue(asOf) is { } t ? ParseAsOf(t, ctx.Settings.RunTimeZone) : null,
                Resume = parse.GetValue(resume),
                From = parse.GetValue(from),
                Only = parse.GetValue(only),
                DryRun = parse.GetValue(dryRun),
                Pairing = parse.GetValue(fullPairing) ? "full" : ctx.Settings.Pairing,
            };
            if (options.Resume && (options.AsOf is not null || options.From is not null || options.Only is not null))
            {
                throw new Configuration.ConfigurationException("--resume", "takes no --as-of, --from or --only: it continues the failed run as it was planned");
            }
            var stages = Stage.Embedded();
            var cs = await ctx.ConnectionStringAsync(token);
            try
            {
                var result = await new StageRunner(cs, ctx.CreateLogger("run")).RunAsync(stages, options, ParseAsOf(null, ctx.Settings.RunTimeZone), token);
                if (result.Status == "planned")
                {
                    Console.Out.WriteLine($"plan{(result.RunId > 0 ? $" (resume run {result.RunId})" : "")} as of {result.AsOf:yyyy-MM-dd HH:mm:ss}:");
                    foreach (var s in result.Plan) Console.Out.WriteLine($"  {s.Name}  ports {string.Join(", ", s.Ports)}");
                }
                ctx.Summary["runId"] = result.RunId;
                ctx.Summary["asOf"] = result.AsOf.ToString("s", CultureInfo.InvariantCulture);
                ctx.Summary["stages"] = result.Stages.Select(s => new { stage = s.Stage, status = s.Status, rows = s.Rows, ms = (long)s.Duration.TotalMilliseconds }).ToList();
                ctx.Summary["plan"] = result.Plan.Select(s => s.Name).ToList();
                return ExitCodes.Success;
            }
            catch (RunLockedException ex)
            {
                ctx.Log.LogError("{Message}", ex.Message);
                ctx.Summary["error"] = ex.Message;
                return ExitCodes.Busy;
            }
        }, ct));
        return command;
    }

    private static Command ParityCommand()
    {
        var cases = new Argument<string[]>("case-dir") { Description = "Parity case folders (parity/cases/<case>)", Arity = ArgumentArity.OneOrMore };
        var strict = new Option<bool>("--strict") { Description = "Fail also when a comparison is pending (procedure not ported yet)" };
        var command = new Command("parity", "Run parity cases: load input, run the stages with the case's clock, compare with the recorded output");
        command.Arguments.Add(cases);
        command.Options.Add(strict);
        command.SetAction((parse, ct) => Commands.RunAsync(parse, "parity", async (ctx, token) =>
        {
            var dirs = parse.GetValue(cases)!;
            var parityCases = dirs.Select(ParityCase.Load).ToList();
            var stages = Stage.Embedded();
            var runner = new ParityRunner(ctx.CreateLogger("parity"), SyncOptions.From(SnowflakeCommands.RawConfiguration(parse).GetSection("Sync")));
            var reports = new List<CaseReport>();
            ThrowawayServer? server = null;
            try
            {
                if (ctx.Settings.ConnectionString is null)
                {
                    server = await ThrowawayServer.StartAsync(ctx.CreateLogger("parity"), token);
                }
                foreach (var parityCase in parityCases)
                {
                    var cs = server is null ? ctx.Settings.ConnectionString! : await server.CreateDatabaseAsync("parity_" + parityCase.Name, ct: token);
                    var report = await runner.RunAsync(parityCase, cs, stages, token);
                    reports.Add(report);
                    ParityReportWriter.Write(Console.Out, report);
                    if (server is not null) await server.DropDatabaseAsync(cs, token);
                }
            }
            finally
            {
                if (server is not null) await server.DisposeAsync();
            }
            var failed = reports.Count(r => r.Failed);
            var pending = reports.Sum(r => r.Pending);
            var incomplete = reports.Count(r => r.Incomplete);
            Console.Out.WriteLine($"parity: {reports.Count - failed - incomplete} passed, {failed} failed, {incomplete} incomplete ({pending} comparison(s) pending or blocked)");
            ctx.Summary["cases"] = reports.Select(r => new
            {
                name = r.Case,
                failed = r.Failed,
                steps = r.Steps.Select(s => new { step = s.Step, status = s.Status.ToString(), reason = s.Reason, tables = s.Tables.Select(t => new { t.Table, t.Matched, t.Missing, t.Extra, t.Differing }) }),
            }).ToList();
            return failed > 0 || (parse.GetValue(strict) && pending > 0) ? ExitCodes.Failure : ExitCodes.Success;
        }, ct));
        return command;
    }

    private static Command DemoCommand()
    {
        var caseDir = new Option<string>("--case") { Description = "Sample data: a parity case folder", DefaultValueFactory = _ => DefaultDemoCase };
        var command = new Command("demo", "Main job on the embedded default: start a local PostgreSQL, migrate, load sample data, run a night, print the conflicts found");
        command.Options.Add(caseDir);
        command.SetAction((parse, ct) => Commands.RunAsync(parse, "demo", async (ctx, token) =>
        {
            var sample = ParityCase.Load(parse.GetValue(caseDir)!);
            var cs = await ctx.ConnectionStringAsync(token);
            var migrator = new Migrator(cs, ctx.CreateLogger("migrate"), ctx.Settings.MigrationLockTimeout);
            var migrated = await migrator.MigrateAsync(Migrator.Embedded(), dryRun: false, token);
            ctx.Log.LogInformation("migrations: {Count} applied now", migrated.Applied.Count);

            await using (var conn = new NpgsqlConnection(cs))
            {
                await conn.OpenAsync(token);
                // The demo database is a sandbox: every night of the demo starts from the sample alone.
                await DatabaseReset.ResetAsync(conn, ["analytics", "conflict"], [], token);
                // input/conflict is the pre-state of the conflict tables (no sync writes them)
                var loaded = await new CaseLoader(ctx.CreateLogger("load")).LoadAsync(conn,
                    CaseLoader.InputFiles(sample.Directory).Where(f => f.Schema == "conflict").ToList(), token);
                ctx.Log.LogInformation("loaded sample {Case}: {Rows} row(s) into {Tables} conflict table(s)", sample.Name, loaded.Values.Sum(), loaded.Count);
            }
            // input/analytics arrives as a night's data does: through the sync (sync --from-case, full), clocked at the sample's asOf
            var syncOptions = SyncOptions.From(SnowflakeCommands.RawConfiguration(parse).GetSection("Sync")) with { Full = true, LoadTime = sample.AsOf };
            var synced = await new AnalyticsSync(cs, new CaseAnalyticsSource(sample.Directory), ctx.CreateLogger("sync")).RunAsync(syncOptions, token);
            ctx.Log.LogInformation("synced sample {Case}: {Rows} row(s) into {Tables} analytics table(s)", sample.Name,
                synced.Tables.Sum(t => t.Inserted), synced.Tables.Count(t => t.Inserted > 0));

            var result = await new StageRunner(cs, ctx.CreateLogger("run")).RunAsync(Stage.Embedded(), RunOptionsFrom(ctx.Settings) with { AsOf = sample.AsOf }, sample.AsOf, token);
            Console.Out.WriteLine($"night of {result.AsOf:yyyy-MM-dd HH:mm:ss} (run {result.RunId}): {result.Stages.Count} stage(s)");
            foreach (var s in result.Stages) Console.Out.WriteLine($"  {s.Stage,-48} {s.Rows,8} rows {s.Duration.TotalMilliseconds,8:0} ms");
            var summary = await ConflictSummary.ReadAsync(cs, token);
            ConflictSummary.Write(Console.Out, summary);
            ctx.Summary["runId"] = result.RunId;
            ctx.Summary["conflictsByType"] = summary;
            Console.Out.WriteLine($"database: {new NpgsqlConnectionStringBuilder(cs) { Password = null }.ConnectionString}");
            return ExitCodes.Success;
        }, ct));
        return command;
    }
}
