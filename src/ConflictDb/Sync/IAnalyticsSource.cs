namespace ConflictDb.Sync;

/// <summary>
/// Where the sync reads a view's rows: Snowflake (<see cref="SnowflakeAnalyticsSource"/>) or the input/analytics
/// CSVs of a parity case (<see cref="CaseAnalyticsSource"/>). Both hand rows to the same loader, so a case is loaded
/// exactly as production data is.
/// </summary>
public interface IAnalyticsSource
{
    /// <summary>How the watermark table and the logs name this source ("snowflake xy12345 ANALYTICS.BI", "case core-seed2").</summary>
    string Name { get; }

    /// <summary>
    /// Opens the rows of <paramref name="view"/> whose watermark is after <paramref name="since"/> (all rows when null;
    /// rows with a NULL watermark always), after checking the view still fits <paramref name="target"/>
    /// (<see cref="SchemaDriftException"/> otherwise).
    /// </summary>
    Task<SourceRows> OpenAsync(ViewMap view, TargetTable target, DateTime? since, CancellationToken ct);
}

/// <summary>An open stream of source rows: values in the order of <see cref="Columns"/> (target column names).</summary>
public sealed class SourceRows(IReadOnlyList<string> columns, IAsyncEnumerable<object?[]> rows, Func<long, string> describe, Func<ValueTask>? dispose = null)
    : IAsyncDisposable
{
    public IReadOnlyList<string> Columns { get; } = columns;

    public IAsyncEnumerable<object?[]> Rows { get; } = rows;

    /// <summary>Where the 1-based row <c>n</c> came from ("file X.csv line 7", "statement '...' partition 2, row 15").</summary>
    public string Describe(long row) => describe(row);

    public static SourceRows Empty(IReadOnlyList<string> columns, string what) => new(columns, AsyncEnumerable.Empty<object?[]>(), _ => what);

    public ValueTask DisposeAsync() => dispose?.Invoke() ?? ValueTask.CompletedTask;
}
