using System.Diagnostics;
using System.Globalization;
using System.Text;
using ConflictDb.Migrations;
using ConflictDb.Pipeline;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ConflictDb.Generation;

public sealed record BenchOptions(ScaleProfile Scale, long Seed, DateTime Today, bool Reuse, double DeltaRatio, bool Plans, string RepositoryRoot)
{
    /// <summary>statement_timeout of every stage statement (zero: none); a stage that hits it ends the night as failed.</summary>
    public TimeSpan StageTimeout { get; init; } = TimeSpan.Zero;

    /// <summary>Generate (or reuse) the base database, then stop.</summary>
    public bool PrepareOnly { get; init; }

    /// <summary>
    /// ANALYZE the conflict tables after every stage, as autovacuum would some time after a bulk write (a
    /// workaround to measure the later stages when a stage plans on statistics that predate the night's
    /// inserts); timed and reported as its own line, never hidden in a stage.
    /// </summary>
    public bool AnalyzeBetweenStages { get; init; }

    /// <summary>Settings of the run database (ALTER DATABASE ... SET name = value), e.g. jit=off: what-if measurements.</summary>
    public IReadOnlyList<(string Name, string Value)> DatabaseSettings { get; init; } = [];

    /// <summary>The runner's pairing mode and stage session settings (Run:Pairing, Run:WorkMem, Run:Jit), as a night uses them.</summary>
    public string Pairing { get; init; } = "auto";

    public IReadOnlyDictionary<string, string> StageSettings { get; init; } = new Dictionary<string, string>();
}

/// <summary>One stage of a measured night; <paramref name="Error"/> is set when it failed (e.g. hit the stage timeout).</summary>
public sealed record StageMeasurement(string Stage, double Seconds, long Rows, double? PeakServerMb, double TempMb, string? Error = null);

public sealed record NightMeasurement(int Night, DateTime AsOf, IReadOnlyList<StageMeasurement> Stages, double Seconds, long DeltaVisits,
    long PairRows, long Conflicts, double? GenerateSeconds = null)
{
    public bool Failed => Stages.Any(s => s.Error is not null);

    public double? PeakServerMb => Stages.Select(s => s.PeakServerMb).Max();
    public double TempMb => Stages.Sum(s => s.TempMb);
}

public sealed record BenchReport(DateTime Date, MachineInfo Machine, string Server, ScaleProfile Scale, long Seed, long Visits,
    GenerateResult? Generated, NightResult? Delta, IReadOnlyList<NightMeasurement> Nights, double ClientPeakMb, IReadOnlyList<string> PlanFiles);

/// <summary>
/// <c>bench</c>: a generated base database (reused with --reuse), cloned; night 1 (initial) as of the
/// generated today 02:00, then twice <c>generate --night</c> and a night a day later (nights 2 and 3), through every
/// stage in db/stages with the stage runner. Per stage: seconds, rows the runner counts, server peak
/// private memory (<see cref="ServerMemorySampler"/>) and temp bytes spilled (pg_stat_database). With
/// plans, a second clone runs the three nights stage by stage, each stage first under EXPLAIN (ANALYZE,
/// BUFFERS) in a rolled-back transaction (<see cref="PlanRecorder"/>), then for real.
/// </summary>
public sealed class BenchRunner(BenchServer server, ILogger logger)
{
    /// <summary>Part of a base database's comment: bump when the generator changes so --reuse regenerates.</summary>
    public const string GeneratorVersion = "1";

    public async Task<BenchReport> RunAsync(BenchOptions options, CancellationToken ct)
    {
        var baseDb = $"bench_sf{options.Scale.Tag}_seed{options.Seed}";
        var runDb = baseDb + "_run";
        var machine = await MachineInfo.ReadAsync(server.AdminConnectionString, options.RepositoryRoot, ct);
        logger.LogInformation("bench SF {Scale} seed {Seed} on {Server}: {Machine}; PostgreSQL {Version} ({Settings}); commit {Commit}",
            options.Scale, options.Seed, server.Description, machine.Describe, machine.PostgresVersion, machine.PostgresSettings, machine.Commit);

        var generated = await EnsureBaseAsync(baseDb, options, ct);
        var visits = await ScalarAsync<long>(server.ConnectionStringFor(baseDb), "select count(*) from analytics.factvisitcallperformance_cr", ct);
        using var self = Process.GetCurrentProcess();
        if (options.PrepareOnly)
        {
            logger.LogInformation("{Database} is ready ({Visits:N0} visits); --prepare-only: no nights run", baseDb, visits);
            return new BenchReport(DateTime.UtcNow, machine, server.Description, options.Scale, options.Seed, visits, generated, null, [],
                self.PeakWorkingSet64 / 1024.0 / 1024.0, []);
        }
        await server.RecreateAsync(runDb, baseDb, ct);
        await ApplySettingsAsync(runDb, options, ct);
        var cs = server.ConnectionStringFor(runDb);
        if (options.DatabaseSettings.Count > 0)
        {
            machine = machine with { PostgresSettings = $"{machine.PostgresSettings}; run database: {string.Join(", ", options.DatabaseSettings.Select(x => $"{x.Name}={x.Value}"))}" };
        }

        var nights = new List<NightMeasurement>();
        NightResult? delta = null;
        var night1 = await MeasureNightAsync(cs, runDb, 1, options.Today.AddHours(2), 0, options, ct);
        nights.Add(night1);
        if (night1.Failed)
        {
            logger.LogWarning("night 1 failed in {Stage}: night 2 is not run", night1.Stages.First(s => s.Error is not null).Stage);
        }
        else
        {
            // night 2 pairs again every pair night 1 inserted (TASK_02_0 refreshes what TASK_03_0 wrote the night
            // before), night 3 is the steady state: its delta is the source's changes and night 2's new pairs
            for (var night = 2; night <= 3; night++)
            {
                delta = await new NightGenerator(cs, logger).GenerateAsync(new NightOptions(options.Scale, options.Seed, options.DeltaRatio), ct);
                var deltaVisits = delta.Changes["updated (rows)"] + delta.Changes["deleted (rows)"] + delta.Changes["inserted (rows)"];
                var measured = await MeasureNightAsync(cs, runDb, night, delta.AsOf, deltaVisits, options, ct) with
                {
                    GenerateSeconds = delta.Elapsed.TotalSeconds,
                };
                nights.Add(measured);
                if (measured.Failed) break;
            }
        }
        await server.DropAsync(runDb, ct);

        var planFiles = options.Plans ? await RecordPlansAsync(baseDb, options, machine, ct) : [];
        self.Refresh();
        return new BenchReport(DateTime.UtcNow, machine, server.Description, options.Scale, options.Seed, visits, generated, delta, nights,
            self.PeakWorkingSet64 / 1024.0 / 1024.0, planFiles);
    }

    private async Task<GenerateResult?> EnsureBaseAsync(string baseDb, BenchOptions options, CancellationToken ct)
    {
        var expected = string.Create(CultureInfo.InvariantCulture,
            $"conflictdb bench base: sf={options.Scale} seed={options.Seed} today={options.Today:yyyy-MM-dd} generator={GeneratorVersion}");
        var cs = server.ConnectionStringFor(baseDb);
        GenerateResult? generated = null;
        if (options.Reuse && await server.DatabaseCommentAsync(baseDb, ct) == expected)
        {
            logger.LogInformation("reusing {Database} ({Comment})", baseDb, expected);
        }
        else
        {
            if (options.Reuse) logger.LogInformation("no reusable {Database}: generating it", baseDb);
            await server.RecreateAsync(baseDb, null, ct);
            await new Migrator(cs, NullLogger.Instance, TimeSpan.FromSeconds(60)).MigrateAsync(Migrator.Embedded(), dryRun: false, ct);
            generated = await new DataGenerator(cs, logger).GenerateAsync(new GenerateOptions(options.Scale, options.Seed, options.Today, Replace: false), ct);
            await server.CommentAsync(baseDb, expected, ct);
        }
        // migrations that landed after the base was generated
        var migrated = await new Migrator(cs, NullLogger.Instance, TimeSpan.FromSeconds(60)).MigrateAsync(Migrator.Embedded(), dryRun: false, ct);
        if (migrated.Applied.Count > 0) logger.LogInformation("applied {Count} new migration(s) to {Database}", migrated.Applied.Count, baseDb);
        NpgsqlConnection.ClearAllPools();
        return generated;
    }

    private async Task<NightMeasurement> MeasureNightAsync(string cs, string database, int night, DateTime asOf, long deltaVisits, BenchOptions bench,
        CancellationToken ct)
    {
        // a fresh backend per stage, so a stage's memory peak is its own
        var runCs = new NpgsqlConnectionStringBuilder(cs) { Pooling = false }.ConnectionString;
        await using var sampler = new ServerMemorySampler(database);
        var tempBefore = await TempBytesAsync(cs, ct);
        sampler.TakePeakMegabytes();
        var peaks = new Dictionary<string, (double? Peak, double TempMb)>();
        var analyzeSeconds = new Dictionary<string, double>();
        var options = new RunOptions
        {
            AsOf = asOf,
            StatementTimeout = bench.StageTimeout,
            Pairing = bench.Pairing,
            StageSettings = bench.StageSettings,
            AfterStage = async (stage, token) =>
            {
                var peak = sampler.TakePeakMegabytes();
                var temp = await TempBytesAsync(cs, token);
                peaks[stage.Name] = (peak, (temp - tempBefore) / 1024.0 / 1024.0);
                tempBefore = temp;
                if (bench.AnalyzeBetweenStages)
                {
                    var analyze = Stopwatch.StartNew();
                    await ExecAsync(cs, "analyze conflict.conflictvisitmaps, conflict.conflicts, conflict.conflictvisitmaps_temp, conflict.notifications, conflict.payer_provider_reminders", token);
                    analyzeSeconds[stage.Name] = analyze.Elapsed.TotalSeconds;
                    sampler.TakePeakMegabytes();
                    tempBefore = await TempBytesAsync(cs, token);
                }
            },
        };
        logger.LogInformation("night {Night} as of {AsOf:yyyy-MM-dd HH:mm}", night, asOf);
        var watch = Stopwatch.StartNew();
        try
        {
            await new StageRunner(runCs, logger).RunAsync(Stage.Embedded(), options, asOf, ct);
        }
        catch (StageFailedException ex)
        {
            logger.LogWarning("night {Night} failed: {Message}", night, ex.Message);
        }
        var seconds = watch.Elapsed.TotalSeconds;
        var failedPeak = sampler.TakePeakMegabytes();
        // the runner's journal holds every stage of the night, the failed one included
        var measurements = new List<StageMeasurement>();
        await using (var conn = new NpgsqlConnection(cs))
        {
            await conn.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand(
                """
                select s.stage, s.status, coalesce(s.rows_affected, 0), coalesce(s.duration_ms, 0), s.error
                from conflict.pipeline_stage_runs as s
                where s.run_id = (select max(run_id) from conflict.pipeline_runs)
                order by s.stage_run_id
                """, conn);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var stage = reader.GetString(0);
                var failed = reader.GetString(1) != "succeeded";
                var (peak, temp) = peaks.TryGetValue(stage, out var p) ? p : (failedPeak, 0);
                measurements.Add(new StageMeasurement(stage, reader.GetInt64(3) / 1000.0, reader.GetInt64(2), peak, temp,
                    failed ? (reader.IsDBNull(4) ? reader.GetString(1) : reader.GetString(4)) : null));
                if (analyzeSeconds.TryGetValue(stage, out var a)) measurements.Add(new StageMeasurement("(analyze)", a, 0, null, 0));
            }
        }
        var pairs = await ScalarAsync<long>(cs, "select count(*) from conflict.conflictvisitmaps", ct);
        var conflicts = await ScalarAsync<long>(cs, "select count(*) from conflict.conflicts", ct);
        logger.LogInformation("night {Night}: {Seconds:0.0} s, {Pairs:N0} conflictvisitmaps rows, {Conflicts:N0} conflicts", night, seconds, pairs, conflicts);
        return new NightMeasurement(night, asOf, measurements, seconds, deltaVisits, pairs, conflicts);
    }

    /// <summary>Temp bytes of the database, after the stage's backend has gone (it reports its statistics on exit).</summary>
    private static async Task<long> TempBytesAsync(string cs, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(cs) { Pooling = false }.ConnectionString);
        await conn.OpenAsync(ct);
        for (var i = 0; i < 40; i++)
        {
            await using var busy = new NpgsqlCommand(
                "select count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and application_name = 'conflictdb run'", conn);
            // the runner's lock connection stays; the stage's own backend must have exited
            if ((long)(await busy.ExecuteScalarAsync(ct))! <= 1) break;
            await Task.Delay(50, ct);
        }
        await using var cmd = new NpgsqlCommand(
            "select pg_stat_clear_snapshot(); select temp_bytes from pg_stat_database where datname = current_database()", conn);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.NextResultAsync(ct);
        await reader.ReadAsync(ct);
        return reader.GetInt64(0);
    }

    private async Task<IReadOnlyList<string>> RecordPlansAsync(string baseDb, BenchOptions options, MachineInfo machine, CancellationToken ct)
    {
        var plansDb = baseDb + "_plans";
        await server.RecreateAsync(plansDb, baseDb, ct);
        await ApplySettingsAsync(plansDb, options, ct);
        var cs = server.ConnectionStringFor(plansDb);
        var files = new List<string>();
        try
        {
            var root = Path.Combine(options.RepositoryRoot, "bench", "plans");
            await RecordNightPlansAsync(cs, 1, options.Today.AddHours(2), root, options, machine, files, ct);
            for (var night = 2; night <= 3; night++)
            {
                var delta = await new NightGenerator(cs, logger).GenerateAsync(new NightOptions(options.Scale, options.Seed, options.DeltaRatio), ct);
                await RecordNightPlansAsync(cs, night, delta.AsOf, Path.Combine(root, $"night{night}"), options, machine, files, ct);
            }
        }
        catch (PlanTimeoutException)
        {
            // the files written so far stay; the stage that timed out says so in its file
        }
        finally
        {
            await server.DropAsync(plansDb, ct);
        }
        return files;
    }

    private async Task RecordNightPlansAsync(string cs, int night, DateTime asOf, string folder, BenchOptions options,
        MachineInfo machine, List<string> written, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var runner = new StageRunner(new NpgsqlConnectionStringBuilder(cs) { Pooling = false }.ConnectionString, NullLogger.Instance);
        // one run for the whole night, as a real night: stage 0150 decides the pairing mode for the stages after it
        var run = new RunOptions
        {
            AsOf = asOf,
            StatementTimeout = options.StageTimeout,
            Pairing = options.Pairing,
            StageSettings = options.StageSettings,
        };
        run = run with
        {
            // explained in a rolled-back transaction of the same run, then run for real so the next stage sees its effects
            BeforeStage = async (stage, runId, token) =>
            {
                var (plan, elapsed, completed) = await PlanRecorder.ExplainStageAsync(cs, stage, run, runId, token);
                var path = Path.Combine(folder, Path.ChangeExtension(stage.Name, ".txt"));
                var header = new StringBuilder()
                    .Append(CultureInfo.InvariantCulture, $"-- {stage.Name}: EXPLAIN (ANALYZE, BUFFERS) of every statement, night {night} as of {asOf:yyyy-MM-dd HH:mm}\n")
                    .Append(CultureInfo.InvariantCulture, $"-- SF {options.Scale} seed {options.Seed}, commit {machine.Commit}, {DateTime.UtcNow:yyyy-MM-dd} UTC; {machine.Describe}; PostgreSQL {machine.PostgresVersion} ({machine.PostgresSettings})\n")
                    .Append(CultureInfo.InvariantCulture, $"-- stage settings: {string.Join(", ", options.StageSettings.Select(x => $"{x.Key}={x.Value}"))}; pairing {options.Pairing}\n")
                    .Append("-- run in one transaction, rolled back; then the stage ran for real so the next stage sees its effects\n")
                    .Append(options.AnalyzeBetweenStages ? "-- bench --analyze-between-stages: the conflict tables were analyzed after every stage (not what a night does)\n" : "")
                    .Append(CultureInfo.InvariantCulture, $"-- explained in {elapsed.TotalSeconds:0.0} s (EXPLAIN ANALYZE adds timing overhead)\n\n");
                await File.WriteAllTextAsync(path, header.Append(plan).ToString(), token);
                written.Add(path);
                logger.LogInformation("plan of {Stage} (night {Night}) in {Path}", stage.Name, night, Path.GetRelativePath(options.RepositoryRoot, path));
                if (!completed)
                {
                    logger.LogWarning("{Stage} hit the stage timeout under EXPLAIN ANALYZE: the later stages of night {Night} get no plan", stage.Name, night);
                    throw new PlanTimeoutException(night);
                }
            },
            AfterStage = options.AnalyzeBetweenStages
                ? (_, token) => ExecAsync(cs, "analyze conflict.conflictvisitmaps, conflict.conflicts, conflict.conflictvisitmaps_temp, conflict.notifications, conflict.payer_provider_reminders", token)
                : null,
        };
        await runner.RunAsync(Stage.Embedded(), run, asOf, ct);
    }

    private sealed class PlanTimeoutException(int night) : Exception($"a stage of night {night} timed out under EXPLAIN ANALYZE");

    private async Task ApplySettingsAsync(string database, BenchOptions options, CancellationToken ct)
    {
        foreach (var (name, value) in options.DatabaseSettings)
        {
            await ExecAsync(server.AdminConnectionString, $"alter database \"{database}\" set \"{name.Replace("\"", "")}\" = '{value.Replace("'", "''")}'", ct);
            logger.LogInformation("run database {Database}: {Name} = {Value}", database, name, value);
        }
    }

    private static async Task ExecAsync(string cs, string sql, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 };
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task<T> ScalarAsync<T>(string cs, string sql, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(sql, conn);
        return (T)(await cmd.ExecuteScalarAsync(ct))!;
    }
}
