using System.CommandLine;
using System.Globalization;
using ConflictDb.Configuration;
using ConflictDb.Pipeline;
using ConflictDb.Snowflake;
using ConflictDb.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ConflictDb.Cli;

/// <summary>
/// Verbs that talk to Snowflake: sync (the analytics views into PostgreSQL, or a parity case's files through the same
/// path), nightly (refresh gate, sync, stages) and record (a parity case from a live account).
/// Exit codes: 0 ok, 1 failure, 2 configuration, 3 another sync or run holds the lock, 4 gate closed, 5 Snowflake unavailable.
/// </summary>
public static class SnowflakeCommands
{
    public static IEnumerable<Command> Build() => [SyncCommand(), NightlyCommand(), RecordCommand()];

    private static Command SyncCommand()
    {
        var full = new Option<bool>("--full") { Description = "Ignore the stored watermarks: read every row and remove rows the source no longer has" };
        var tables = new Option<string[]>("--tables") { Description = "Only these tables or views (e.g. dimcaregiver FACTVISITCALLPERFORMANCE_CR)", AllowMultipleArgumentsPerToken = true };
        var fromCase = new Option<string?>("--from-case") { Description = "Read a parity case's input/analytics/*.csv instead of Snowflake (same load path)" };
        var command = new Command("sync", "Copy the ANALYTICS.BI views into the analytics schema: rows after the watermark, upserted one transaction per table");
        foreach (var o in new Option[] { full, tables, fromCase }) command.Options.Add(o);
        command.SetAction((parse, ct) => Commands.RunAsync(parse, "sync", async (ctx, token) =>
        {
            var config = RawConfiguration(parse);
            var options = SyncOptions.From(config.GetSection("Sync")) with
            {
                Full = parse.GetValue(full),
                Tables = parse.GetValue(tables) is { Length: > 0 } t ? t : null,
            };
            AnalyticsViews.Select(options.Tables);
            var cs = await ctx.ConnectionStringAsync(token);
            SnowflakeSqlApiClient? client = null;
            try
            {
                IAnalyticsSource source;
                if (parse.GetValue(fromCase) is { } dir)
                {
                    source = new CaseAnalyticsSource(dir);
                }
                else
                {
                    client = CreateClient(ctx, config);
                    source = new SnowflakeAnalyticsSource(client, SourceSchema(config), ctx.Settings.Snowflake!.Account);
                }
                var result = await new AnalyticsSync(cs, source, ctx.CreateLogger("sync")).RunAsync(options, token);
                WriteSync(result);
                ctx.Summary["sync"] = SyncSummary(result);
                return ExitCodes.Success;
            }
            catch (Exception ex) when (Mapped(ex) is { } code)
            {
                ctx.Log.LogError("{Message}", ex.Message);
                ctx.Summary["error"] = ctx.Redactor.Redact(ex.Message);
                return code;
            }
            finally
            {
                client?.Dispose();
            }
        }, ct));
        return command;
    }

    private static Command NightlyCommand()
    {
        var asOf = new Option<string?>("--as-of") { Description = "The night's clock (e.g. 2026-03-10T02:00:00); default: now in Run:TimeZone. The gate checks this date" };
        var force = new Option<bool>("--force") { Description = "Skip the refresh gate (and the once-per-day guard)" };
        var command = new Command("nightly", "One night: the refresh gate of ONE_TIME_TASK (exit 4 when closed), sync from Snowflake, then the stages");
        command.Options.Add(asOf);
        command.Options.Add(force);
        command.SetAction((parse, ct) => Commands.RunAsync(parse, "nightly", async (ctx, token) =>
        {
            var config = RawConfiguration(parse);
            var clock = PipelineCommands.ParseAsOf(parse.GetValue(asOf), ctx.Settings.RunTimeZone);
            var sync = SyncOptions.From(config.GetSection("Sync"));
            var cs = await ctx.ConnectionStringAsync(token);
            using var client = CreateClient(ctx, config);
            var schema = SourceSchema(config);
            var job = new NightlyJob(cs, client, new SnowflakeAnalyticsSource(client, schema, ctx.Settings.Snowflake!.Account), schema, ctx.CreateLogger("nightly"));
            try
            {
                var result = await job.RunAsync(clock, parse.GetValue(force), sync, PipelineCommands.RunOptionsFrom(ctx.Settings), token);
                ctx.Summary["asOf"] = clock.ToString("s", CultureInfo.InvariantCulture);
                ctx.Summary["gate"] = new { open = result.Gate.Open, reason = result.Gate.Reason, refreshes = result.Gate.Refreshes };
                if (!result.Gate.Open)
                {
                    Console.Out.WriteLine($"gate closed: {result.Gate.Reason}");
                    return ExitCodes.GateClosed;
                }
                WriteSync(result.Sync!);
                ctx.Summary["sync"] = SyncSummary(result.Sync!);
                var run = result.Run!;
                Console.Out.WriteLine($"night of {run.AsOf:yyyy-MM-dd HH:mm:ss} (run {run.RunId}): {run.Stages.Count} stage(s)");
                foreach (var s in run.Stages) Console.Out.WriteLine($"  {s.Stage,-48} {s.Rows,10:N0} rows {s.Duration.TotalMilliseconds,8:0} ms");
                ctx.Summary["runId"] = run.RunId;
                ctx.Summary["stages"] = run.Stages.Select(s => new { stage = s.Stage, status = s.Status, rows = s.Rows, ms = (long)s.Duration.TotalMilliseconds }).ToList();
                return ExitCodes.Success;
            }
            catch (Exception ex) when (Mapped(ex) is { } code)
            {
                ctx.Log.LogError("{Message}", ex.Message);
                ctx.Summary["error"] = ctx.Redactor.Redact(ex.Message);
                return code;
            }
        }, ct));
        return command;
    }

    private static Command RecordCommand()
    {
        var output = new Option<string>("--out") { Description = "The case folder to write (created; input/ must not exist yet unless --expected)", Required = true };
        var asOf = new Option<string>("--as-of") { Description = "The night the case is for (its frozen clock), e.g. 2026-03-10T02:00:00", Required = true };
        var sample = new Option<int?>("--ssn-sample") { Description = "Pick this many caregivers (by trimmed SSN) with visits in the chain's window" };
        var ssns = new Option<string[]>("--ssn") { Description = "Record these caregivers (trimmed SSNs)", AllowMultipleArgumentsPerToken = true };
        var expected = new Option<bool>("--expected") { Description = "After the Snowflake chain has run: write expected/final of the case's caregivers" };
        var command = new Command("record", "Write a parity case from a live Snowflake: input/ before the night, or expected/final after it (--expected)");
        foreach (var o in new Option[] { output, asOf, sample, ssns, expected }) command.Options.Add(o);
        command.SetAction((parse, ct) => Commands.RunAsync(parse, "record", async (ctx, token) =>
        {
            var config = RawConfiguration(parse);
            var clock = PipelineCommands.ParseAsOf(parse.GetValue(asOf), ctx.Settings.RunTimeZone);
            var chosen = parse.GetValue(ssns) ?? [];
            var count = parse.GetValue(sample);
            var isExpected = parse.GetValue(expected);
            if (!isExpected && (chosen.Length > 0) == (count is not null))
            {
                throw new ConfigurationException("--ssn-sample", "give either --ssn-sample N or --ssn S... (not both, not neither)");
            }
            using var client = CreateClient(ctx, config);
            var recorder = new CaseRecorder(client, SourceSchema(config), config["Sync:ConflictSchema"] is { Length: > 0 } c ? c : CaseRecorder.DefaultConflictSchema,
                ctx.Settings.Snowflake!.Account, ctx.CreateLogger("record"));
            var dir = parse.GetValue(output)!;
            try
            {
                var written = isExpected
                    ? await recorder.RecordExpectedAsync(dir, token)
                    : await recorder.RecordInputAsync(dir, clock, chosen, count, token);
                foreach (var (file, rows) in written) Console.Out.WriteLine($"  {file,-70} {rows,8:N0} rows");
                ctx.Summary["case"] = Path.GetFullPath(dir);
                ctx.Summary["files"] = written.ToDictionary(w => w.Key, w => w.Value);
                return ExitCodes.Success;
            }
            catch (Exception ex) when (Mapped(ex) is { } code)
            {
                ctx.Log.LogError("{Message}", ex.Message);
                ctx.Summary["error"] = ctx.Redactor.Redact(ex.Message);
                return code;
            }
        }, ct));
        return command;
    }

    private static int? Mapped(Exception ex) => ex switch
    {
        SnowflakeUnavailableException => ExitCodes.SnowflakeUnavailable,
        SyncException { InnerException: SnowflakeUnavailableException } => ExitCodes.SnowflakeUnavailable,
        SyncLockedException or RunLockedException => ExitCodes.Busy,
        _ => null,
    };

    private static void WriteSync(SyncResult result)
    {
        Console.Out.WriteLine($"sync from {result.Source}:");
        foreach (var t in result.Tables)
        {
            Console.Out.WriteLine(
                $"  {t.Table,-38} {t.Staged,10:N0} read {t.Inserted,10:N0} inserted {t.Updated,10:N0} updated {t.Deleted + t.DeletedElsewhere,8:N0} deleted " +
                $"{t.Duration.TotalSeconds,7:0.0} s{(t.WatermarkAfter is { } wm ? $"  watermark {wm:yyyy-MM-dd HH:mm:ss}" : "")}");
        }
    }

    private static object SyncSummary(SyncResult result) => new
    {
        source = result.Source,
        tables = result.Tables.Select(t => new
        {
            table = t.Table,
            view = t.View,
            full = t.FullReload,
            read = t.Staged,
            inserted = t.Inserted,
            updated = t.Updated,
            deleted = t.Deleted,
            deletedElsewhere = t.DeletedElsewhere,
            skipped = t.SkippedWithoutKey,
            watermark = t.WatermarkAfter?.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
            partitionsCreated = t.PartitionsCreated,
            ms = (long)t.Duration.TotalMilliseconds,
        }).ToList(),
    };

    private static string SourceSchema(IConfiguration config) =>
        config["Sync:SourceSchema"] is { Length: > 0 } s ? s : SnowflakeAnalyticsSource.DefaultSchema;

    /// <summary>The Snowflake client of the configured account (key pair or OAuth; a password is refused).</summary>
    private static SnowflakeSqlApiClient CreateClient(CliContext ctx, IConfiguration config)
    {
        var settings = ctx.Settings.Snowflake;
        var options = SnowflakeClientOptions.From(settings, config.GetSection("SnowflakeApi"), ctx.Settings.RunTimeZone);
        ISnowflakeTokenProvider tokens = settings!.Authenticator.Equals("oauth", StringComparison.OrdinalIgnoreCase)
            ? new OAuthTokenProvider(settings["token"]!)
            : KeyPairTokenProvider.From(settings);
        ctx.Log.LogDebug("snowflake: {Url} as {User} ({Auth})", options.BaseAddress, settings.User, tokens.Describe());
        return new SnowflakeSqlApiClient(options, tokens, ctx.CreateLogger("snowflake"));
    }

    /// <summary>
    /// The configuration behind the validated settings, for the sections only these verbs read (Sync, SnowflakeApi):
    /// the same sources in the same order as the CLI context builds (appsettings.json, --config, environment, --set).
    /// </summary>
    internal static IConfigurationRoot RawConfiguration(ParseResult parse)
    {
        var commandLine = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var setting in parse.GetValue<string[]>("--set") ?? [])
        {
            var eq = setting.IndexOf('=');
            if (eq > 0) commandLine[setting[..eq]] = setting[(eq + 1)..];
        }
        return ConflictDbSettings.Build(parse.GetValue<string?>("--config"), commandLine);
    }
}
