using ConflictDb.Local;
using ConflictDb.Pipeline;
using ConflictDb.Sync;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ConflictDb.Parity;

/// <summary>How one comparison point of a case ended.</summary>
public enum StepStatus
{
    /// <summary>Compared; every table matched.</summary>
    Matched,

    /// <summary>Compared; some table differed.</summary>
    Differs,

    /// <summary>Not compared: no stage ports this procedure yet.</summary>
    Pending,

    /// <summary>Not compared: an earlier procedure that changed data is not ported, so this state cannot match yet.</summary>
    Blocked,
}

public sealed record StepReport(string Step, StepStatus Status, IReadOnlyList<TableComparison> Tables, string? Reason);

public sealed record CaseReport(string Case, string Directory, IReadOnlyList<StepReport> Steps, TimeSpan Duration)
{
    public bool Failed => Steps.Any(s => s.Status == StepStatus.Differs);

    /// <summary>Nothing differed, but some comparison could not be made yet.</summary>
    public bool Incomplete => !Failed && Pending > 0;

    public int Pending => Steps.Count(s => s.Status is StepStatus.Pending or StepStatus.Blocked);
}

/// <summary>
/// Runs a parity case: loads its input into an empty database, runs the stages that port the case's procedures
/// (in chain order, with the case's asOf), compares the tables of expected/NN_P right after the last stage porting
/// P, then expected/final. Procedures without a stage are reported "pending"; comparisons after an unported
/// procedure that changed data are reported "blocked". Nothing is ever passed silently.
/// </summary>
/// <remarks>
/// input/analytics loads through the production sync (<see cref="AnalyticsSync"/> with <see cref="CaseAnalyticsSource"/>,
/// a full load), so a case exercises the same load path as a night; input/conflict (the pre-state of the conflict
/// tables, which no sync writes) loads with <see cref="CaseLoader"/>. <paramref name="sync"/> carries the roles of
/// the sync (Sync:LoaderRole, Sync:OwnerRole); its load time is the case's asOf, so a case stays deterministic.
/// </remarks>
public sealed class ParityRunner(ILogger logger, SyncOptions? sync = null)
{
    public async Task<CaseReport> RunAsync(ParityCase parityCase, string connectionString, IReadOnlyList<Stage> stages, CancellationToken ct)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using (var conn = new NpgsqlConnection(connectionString))
        {
            await conn.OpenAsync(ct);
            // Sequences need no restart: the loader continues every identity after the loaded ids.
            await DatabaseReset.ResetAsync(conn, ["analytics", "conflict"], [], ct, onlyNonEmpty: true);
            await new CaseLoader(logger).LoadAsync(conn, CaseLoader.InputFiles(parityCase.Directory).Where(f => f.Schema == "conflict").ToList(), ct);
        }
        await LoadAnalyticsAsync(parityCase, connectionString, sync, logger, ct);
        logger.LogDebug("{Case}: reset and loaded in {Ms} ms", parityCase.Name, watch.ElapsedMilliseconds);

        var ported = parityCase.Procedures.ToDictionary(p => p, p => stages.Any(s => s.Ports.Contains(p, StringComparer.OrdinalIgnoreCase)));
        var plan = StageRunner.Plan(stages, new RunOptions { Procedures = parityCase.Procedures });
        var lastStageOf = parityCase.Procedures.Where(p => ported[p])
            .ToDictionary(p => p, p => plan.Last(s => s.Ports.Contains(p, StringComparer.OrdinalIgnoreCase)).Name);

        // The first unported procedure that changed data blocks every comparison after it.
        string? blocker = null;
        var blockedFrom = new Dictionary<string, string>();
        foreach (var p in parityCase.Procedures)
        {
            if (blocker is not null) blockedFrom[p] = blocker;
            if (!ported[p] && parityCase.ExpectedFolderOf(p) is not null) blocker ??= p;
        }

        var renaming = parityCase.RenameIds.Count > 0 ? new IdRenaming(parityCase.RenameIds) : null;
        var comparer = new TableComparer(parityCase.MoneyTolerance, renaming);
        var steps = new List<StepReport>();

        async Task CompareProceduresAfter(Stage stage, CancellationToken token)
        {
            foreach (var p in parityCase.Procedures.Where(p => lastStageOf.GetValueOrDefault(p) == stage.Name))
            {
                var step = $"{parityCase.Procedures.ToList().IndexOf(p) + 1:00}_{p}";
                if (blockedFrom.TryGetValue(p, out var b))
                {
                    steps.Add(new StepReport(step, StepStatus.Blocked, [], $"after unported {b}"));
                    continue;
                }
                var folder = parityCase.ExpectedFolderOf(p);
                if (folder is null)
                {
                    steps.Add(new StepReport(step, StepStatus.Matched, [], "the original changed nothing"));
                    continue;
                }
                steps.Add(await CompareFolderAsync(step, folder, connectionString, parityCase, comparer, token));
            }
        }

        var runner = new StageRunner(connectionString, logger);
        await runner.RunAsync(stages, new RunOptions
        {
            AsOf = parityCase.AsOf,
            Procedures = parityCase.Procedures,
            AfterStage = CompareProceduresAfter,
        }, parityCase.AsOf, ct);

        foreach (var p in parityCase.Procedures.Where(p => !ported[p]))
        {
            steps.Add(new StepReport($"{parityCase.Procedures.ToList().IndexOf(p) + 1:00}_{p}", StepStatus.Pending, [], "no stage ports it yet"));
        }
        steps.Add(blocker is null
            ? await CompareFolderAsync("final", parityCase.FinalFolder, connectionString, parityCase, comparer, ct)
            : new StepReport("final", StepStatus.Blocked, [], $"after unported {blocker}"));

        logger.LogDebug("{Case}: ran and compared in {Ms} ms", parityCase.Name, watch.ElapsedMilliseconds);
        var ordered = steps.OrderBy(s => s.Step == "final" ? "99" : s.Step, StringComparer.Ordinal).ToList();
        return new CaseReport(parityCase.Name, parityCase.Directory, ordered, watch.Elapsed);
    }

    /// <summary>
    /// Loads a case's input/analytics as production loads the views: <c>sync --from-case</c>, full, into the (empty)
    /// analytics tables. The sync's per-table lines are logged at debug level; its warnings stay warnings.
    /// </summary>
    public static async Task<SyncResult> LoadAnalyticsAsync(ParityCase parityCase, string connectionString, SyncOptions? sync, ILogger logger, CancellationToken ct)
    {
        var options = (sync ?? new SyncOptions()) with { Full = true, Tables = null, LoadTime = parityCase.AsOf };
        return await new AnalyticsSync(connectionString, new CaseAnalyticsSource(parityCase.Directory), new QuietLogger(logger)).RunAsync(options, ct);
    }

    /// <summary>Information becomes Debug (a case run is not a sync to report line by line); warnings and errors pass unchanged.</summary>
    private sealed class QuietLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(Shift(logLevel));

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            inner.Log(Shift(logLevel), eventId, state, exception, formatter);

        private static LogLevel Shift(LogLevel level) => level == LogLevel.Information ? LogLevel.Debug : level;
    }

    private static async Task<StepReport> CompareFolderAsync(string step, string folder, string connectionString, ParityCase parityCase, TableComparer comparer, CancellationToken ct)
    {
        var tables = new List<TableComparison>();
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        var files = Directory.GetFiles(folder, "*.csv")
            .Select(f => Path.GetFileNameWithoutExtension(f))
            // Tables keyed on a renamed id are matched after the others have fixed the renaming.
            .OrderBy(t => parityCase.RenameIds.Count > 0 && TableComparer.NaturalKeys.TryGetValue(t, out var k) && k.Any(parityCase.RenameIds.Contains) ? 1 : 0)
            .ThenBy(t => t, StringComparer.Ordinal);
        foreach (var table in files)
        {
            var expected = ReadExpected(Path.Combine(folder, table + ".csv"));
            var actual = await ReadActualAsync(conn, table.ToLowerInvariant(), expected.Columns, ct);
            var ignore = parityCase.IgnoreColumns.TryGetValue(table, out var i) ? i : [];
            tables.Add(comparer.Compare(table, expected, actual, ignore));
        }
        return new StepReport(step, tables.All(t => t.Same) ? StepStatus.Matched : StepStatus.Differs, tables, null);
    }

    public static TableRows ReadExpected(string file)
    {
        using var reader = new CaseCsvReader(file);
        var rows = reader.Records().Select(r => r.Fields.Select(f => f.IsNull ? null : f.Value).ToArray()).ToList();
        return new TableRows(reader.Header, rows);
    }

    /// <summary>The table's rows as PostgreSQL renders them as text, for the columns the expected file names.</summary>
    public static async Task<TableRows> ReadActualAsync(NpgsqlConnection conn, string table, IReadOnlyList<string> columns, CancellationToken ct)
    {
        var catalog = await CaseLoader.ColumnsAsync(conn, "conflict", table, ct);
        if (catalog.Count == 0) throw new ConflictDbException($"expected table {table} does not exist as conflict.{table}");
        var present = columns.Where(catalog.ContainsKey).ToList();
        var rows = new List<string?[]>();
        if (present.Count > 0)
        {
            var select = string.Join(", ", present.Select(c => $"\"{c.Replace("\"", "\"\"")}\"::text"));
            await using var cmd = new NpgsqlCommand($"select {select} from conflict.\"{table}\"", conn);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var row = new string?[present.Count];
                for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetString(i);
                rows.Add(row);
            }
        }
        return new TableRows(present, rows);
    }
}
