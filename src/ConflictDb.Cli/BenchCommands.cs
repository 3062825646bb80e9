using System.CommandLine;
using System.Globalization;
using ConflictDb.Generation;
using ConflictDb.Migrations;
using Microsoft.Extensions.Logging;

namespace ConflictDb.Cli;

/// <summary>Verbs for data at scale: generate (synthetic analytics data, or the next night's changes) and bench.</summary>
public static class BenchCommands
{
    public static readonly DateTime DefaultToday = new(2026, 3, 10);

    public static IEnumerable<Command> Build() => [GenerateCommand(), BenchCommand()];

    private static Option<double> ScaleOption() => new("--scale")
    {
        Description = "Scale factor: SF 1 = 1 % of production (~2.7M visits over 18 months, ~64k caregivers)",
        DefaultValueFactory = _ => 1.0,
    };

    private static Option<long> SeedOption() => new("--seed") { Description = "Seed of the generator (same seed, same data)", DefaultValueFactory = _ => 1 };

    private static Command GenerateCommand()
    {
        var scale = ScaleOption();
        var seed = SeedOption();
        var today = new Option<string?>("--today") { Description = $"The generated data's today (default {DefaultToday:yyyy-MM-dd}); the first night runs as of today 02:00" };
        var replace = new Option<bool>("--replace") { Description = "Empty every analytics and conflict table first (the settings row is kept)" };
        var night = new Option<bool>("--night") { Description = "Write the next night's changes (updated, new and deleted visits) into generated data" };
        var ratio = new Option<double>("--delta-ratio")
        {
            Description = $"With --night: changed + new + deleted visits as a share of the visit fact (default {NightOptions.DefaultDeltaRatio}, ~100k at SF 1)",
            DefaultValueFactory = _ => NightOptions.DefaultDeltaRatio,
        };
        var command = new Command("generate", "Write deterministic synthetic ANALYTICS data at a scale factor (binary COPY), or with --night the next night's changes");
        foreach (var o in new Option[] { scale, seed, today, replace, night, ratio }) command.Options.Add(o);
        command.SetAction((parse, ct) => Commands.RunAsync(parse, "generate", async (ctx, token) =>
        {
            var profile = new ScaleProfile(parse.GetValue(scale));
            var seedValue = parse.GetValue(seed);
            var cs = await ctx.ConnectionStringAsync(token);
            if (parse.GetValue(night))
            {
                var result = await new NightGenerator(cs, ctx.CreateLogger("generate")).GenerateAsync(new NightOptions(profile, seedValue, parse.GetValue(ratio)), token);
                ctx.Summary["night"] = result.Night;
                ctx.Summary["asOf"] = result.AsOf.ToString("s", CultureInfo.InvariantCulture);
                ctx.Summary["changes"] = result.Changes;
                ctx.Summary["seconds"] = Math.Round(result.Elapsed.TotalSeconds, 1);
                return ExitCodes.Success;
            }
            var migrated = await new Migrator(cs, ctx.CreateLogger("migrate"), ctx.Settings.MigrationLockTimeout).MigrateAsync(Migrator.Embedded(), dryRun: false, token);
            if (migrated.Applied.Count > 0) ctx.Log.LogInformation("migrations: {Count} applied", migrated.Applied.Count);
            var options = new GenerateOptions(profile, seedValue, ParseDay(parse.GetValue(today)), parse.GetValue(replace));
            var generated = await new DataGenerator(cs, ctx.CreateLogger("generate")).GenerateAsync(options, token);
            ctx.Summary["asOf"] = options.AsOf.ToString("s", CultureInfo.InvariantCulture);
            ctx.Summary["rows"] = generated.Rows;
            ctx.Summary["seconds"] = Math.Round(generated.Elapsed.TotalSeconds, 1);
            ctx.Summary["rowsPerSecond"] = Math.Round(generated.RowsPerSecond);
            ctx.Summary["scenarios"] = generated.Scenarios;
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    internal static DateTime ParseDay(string? text)
    {
        if (text is null) return DefaultToday;
        if (!DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw new Configuration.ConfigurationException("--today", $"'{text}' is not a date such as 2026-03-10");
        }
        return day;
    }

    private static Command BenchCommand()
    {
        var scale = ScaleOption();
        var seed = SeedOption();
        var today = new Option<string?>("--today") { Description = $"The generated data's today (default {DefaultToday:yyyy-MM-dd})" };
        var reuse = new Option<bool>("--reuse") { Description = "Reuse the generated base database of this scale and seed if it exists (bench/data/pg or the configured server)" };
        var ratio = new Option<double>("--delta-ratio")
        {
            Description = $"Each delta night's changed + new + deleted visits as a share of the visit fact (default {NightOptions.DefaultDeltaRatio}; for the SF 1 delta at SF 5 use {NightOptions.DefaultDeltaRatio / 5})",
            DefaultValueFactory = _ => NightOptions.DefaultDeltaRatio,
        };
        var plans = new Option<bool>("--plans") { Description = "Also save EXPLAIN (ANALYZE, BUFFERS) of every stage statement under bench/plans/ (a second pass over both nights)" };
        var throwaway = new Option<bool>("--throwaway") { Description = "Use a throwaway PostgreSQL cluster (removed afterwards; nothing to reuse)" };
        var record = new Option<bool>("--no-record") { Description = "Do not append the result to bench/results.md" };
        var timeout = new Option<int>("--stage-timeout") { Description = "statement_timeout of every stage statement in seconds (0: none); a stage that hits it ends the night, recorded as failed" };
        var prepare = new Option<bool>("--prepare-only") { Description = "Generate (or with --reuse keep) the base database, then stop" };
        var dbSettings = new Option<string[]>("--db-setting")
        {
            Description = "A setting of the run database for a what-if measurement, e.g. --db-setting jit=off (repeatable; recorded with the result)",
            AllowMultipleArgumentsPerToken = false,
        };
        var analyze = new Option<bool>("--analyze-between-stages")
        {
            Description = "ANALYZE the conflict tables after every stage (workaround for stages that plan on statistics older than the night's inserts; timed separately)",
        };
        var command = new Command("bench", "Benchmark the nightly stages on generated data: night 1 (initial), nights 2 and 3 (deltas), per-stage time, rows and memory");
        foreach (var o in new Option[] { scale, seed, today, reuse, ratio, plans, throwaway, record, timeout, prepare, analyze, dbSettings }) command.Options.Add(o);
        command.SetAction((parse, ct) => Commands.RunAsync(parse, "bench", async (ctx, token) =>
        {
            var root = RepositoryRoot();
            var logger = ctx.CreateLogger("bench");
            await using var server = parse.GetValue(throwaway) ? await BenchServer.ThrowawayAsync(logger, token)
                : ctx.Settings.ConnectionString is { } configured ? BenchServer.Existing(configured)
                : await BenchServer.LocalAsync(Path.Combine(root, "bench", "data", "pg"), token);
            var options = new BenchOptions(new ScaleProfile(parse.GetValue(scale)), parse.GetValue(seed), ParseDay(parse.GetValue(today)),
                parse.GetValue(reuse), parse.GetValue(ratio), parse.GetValue(plans), root)
            {
                StageTimeout = TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(timeout))),
                PrepareOnly = parse.GetValue(prepare),
                AnalyzeBetweenStages = parse.GetValue(analyze),
                DatabaseSettings = (parse.GetValue(dbSettings) ?? []).Select(ParseSetting).ToList(),
                Pairing = ctx.Settings.Pairing,
                StageSettings = ctx.Settings.StageSettings,
            };
            var report = await new BenchRunner(server, logger).RunAsync(options, token);
            Print(Console.Out, report);
            if (!parse.GetValue(record) && report.Nights.Count > 0)
            {
                var results = Path.Combine(root, "bench", "results.md");
                await BenchResultsFile.AppendAsync(results, report, token);
                ctx.Log.LogInformation("appended to {Path}", Path.GetRelativePath(root, results));
            }
            ctx.Summary["scale"] = report.Scale.Factor;
            ctx.Summary["visits"] = report.Visits;
            ctx.Summary["nights"] = report.Nights.Select(n => new
            {
                night = n.Night,
                asOf = n.AsOf.ToString("s", CultureInfo.InvariantCulture),
                seconds = Math.Round(n.Seconds, 2),
                deltaVisits = n.DeltaVisits,
                stages = n.Stages.Select(s => new { stage = s.Stage, seconds = Math.Round(s.Seconds, 2), rows = s.Rows, peakServerMb = s.PeakServerMb, tempMb = Math.Round(s.TempMb, 1), error = s.Error }),
            }).ToList();
            ctx.Summary["plans"] = report.PlanFiles.Select(f => Path.GetRelativePath(root, f)).ToList();
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static (string Name, string Value) ParseSetting(string text)
    {
        var eq = text.IndexOf('=');
        if (eq <= 0 || !text[..eq].All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.'))
        {
            throw new Configuration.ConfigurationException("--db-setting", $"expected name=value such as jit=off, got '{text}'");
        }
        return (text[..eq], text[(eq + 1)..]);
    }

    private static void Print(TextWriter output, BenchReport report)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"SF {report.Scale} seed {report.Seed}: {report.Visits:N0} visits; {report.Machine.Describe}; PostgreSQL {report.Machine.PostgresVersion}; commit {report.Machine.Commit}"));
        if (report.Generated is { } g)
        {
            output.WriteLine(string.Create(inv, $"generate: {g.TotalRows:N0} rows in {g.Elapsed.TotalSeconds:0.0} s ({g.RowsPerSecond:N0} rows/s)"));
        }
        if (report.Delta is { } d) output.WriteLine(string.Create(inv, $"generate --night: {d.Total:N0} changes in {d.Elapsed.TotalSeconds:0.0} s"));
        foreach (var n in report.Nights)
        {
            output.WriteLine();
            output.WriteLine(string.Create(inv, $"night {n.Night} as of {n.AsOf:yyyy-MM-dd HH:mm}{(n.Night > 1 ? $" (delta {n.DeltaVisits:N0} visits)" : " (initial)")}: {n.Seconds:0.0} s, {n.PairRows:N0} conflictvisitmaps rows, {n.Conflicts:N0} conflicts"));
            output.WriteLine(string.Create(inv, $"  {"stage",-48} {"seconds",8} {"rows",12} {"peak MB",8} {"temp MB",8}"));
            foreach (var s in n.Stages)
            {
                output.WriteLine(string.Create(inv, $"  {s.Stage,-48} {s.Seconds,8:0.00} {s.Rows,12:N0} {(s.PeakServerMb is { } p ? p.ToString("0", inv) : "n/a"),8} {s.TempMb,8:0}{(s.Error is null ? "" : $"  FAILED: {s.Error}")}"));
            }
        }
        output.WriteLine();
        output.WriteLine("peak MB: largest sum of RssAnon of the database's backends during the stage (server private memory); temp MB: pg_stat_database.temp_bytes spilled;");
        output.WriteLine(string.Create(inv, $"client peak working set {report.ClientPeakMb:0} MB"));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ConflictDb.sln"))) return dir.FullName;
        }
        return Environment.CurrentDirectory;
    }
}
