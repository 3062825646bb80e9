using ConflictDb.Parity;

namespace ConflictDb.Sync;

/// <summary>
/// Reads the input/analytics/&lt;VIEW&gt;.csv files of a parity case (../shared/spec/parity-cases.md) as if they were
/// the views: headers are table column names (a subset is fine), <c>\N</c> is NULL, an empty field of a non-text
/// column is NULL (as the case loader and the oracle read it). A view without a file has no rows.
/// </summary>
public sealed class CaseAnalyticsSource(string caseDirectory) : IAnalyticsSource
{
    public string Name => $"case {Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(caseDirectory)))}";

    public string FileOf(ViewMap view)
    {
        var dir = Path.Combine(caseDirectory, "input", "analytics");
        var exact = Path.Combine(dir, view.View + ".csv");
        if (File.Exists(exact) || !Directory.Exists(dir)) return exact;
        return Directory.GetFiles(dir, "*.csv").FirstOrDefault(f => Path.GetFileNameWithoutExtension(f).Equals(view.View, StringComparison.OrdinalIgnoreCase)) ?? exact;
    }

    public Task<SourceRows> OpenAsync(ViewMap view, TargetTable target, DateTime? since, CancellationToken ct)
    {
        if (!Directory.Exists(caseDirectory)) throw new SyncException($"{caseDirectory}: no such case folder");
        CheckFileNames();
        var file = FileOf(view);
        if (!File.Exists(file)) return Task.FromResult(SourceRows.Empty(view.Columns.Select(c => c.Target).ToList(), $"{file} (absent: no rows)"));

        var reader = new CaseCsvReader(file);
        try
        {
            var header = reader.Header;
            var mapped = view.Columns.Select(c => c.Target).ToHashSet(StringComparer.Ordinal);
            foreach (var column in header)
            {
                if (!mapped.Contains(column))
                {
                    throw new SyncException($"{file}: line 1, column \"{column}\": analytics.{view.Table} has no such column (names are case-sensitive)");
                }
            }
            var columns = header.Select(target.Column).ToArray();
            var watermark = since is not null && view.Watermark is { } wm ? header.ToList().IndexOf(wm) : -1;
            var lines = new List<int>();
            return Task.FromResult(new SourceRows(header, Read(reader, columns, watermark, since, lines, ct),
                row => row >= 1 && row <= lines.Count ? $"{file}: line {lines[(int)row - 1]}" : file, () =>
                {
                    reader.Dispose();
                    return ValueTask.CompletedTask;
                }));
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Every input/analytics file must be named after a view of the sync map: the sync loads views, not files, so a
    /// file it would not read is refused rather than left out silently.
    /// </summary>
    private void CheckFileNames()
    {
        var dir = Path.Combine(caseDirectory, "input", "analytics");
        if (!Directory.Exists(dir)) return;
        foreach (var file in Directory.GetFiles(dir, "*.csv").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (!AnalyticsViews.All.Any(m => m.View.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new SyncException(
                    $"{file}: no view of the sync map is named {name}; input/analytics files are named after the views " +
                    $"({string.Join(", ", AnalyticsViews.All.Select(m => m.View))}). Rename the file, or add the view to src/ConflictDb/Sync/AnalyticsViews.cs.");
            }
        }
    }

    private static async IAsyncEnumerable<object?[]> Read(CaseCsvReader reader, PgColumn[] columns, int watermark, DateTime? since, List<int> lines,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await Task.Yield();
        foreach (var record in reader.Records())
        {
            ct.ThrowIfCancellationRequested();
            var row = new object?[columns.Length];
            for (var i = 0; i < row.Length; i++)
            {
                var field = record.Fields[i];
                row[i] = field.IsNull || (field.Value.Length == 0 && !columns[i].IsText) ? null : field.Value;
            }
            if (watermark >= 0 && row[watermark] is string text)
            {
                DateTime value;
                try
                {
                    value = PgValueConverter.ParseTimestamp(text, columns[watermark]);
                }
                catch (FormatException ex)
                {
                    throw new SyncException($"{reader.File}: line {record.Line}, column \"{columns[watermark].Name}\": {ex.Message}");
                }
                if (value <= since) continue;
            }
            lines.Add(record.Line);
            yield return row;
        }
    }
}
