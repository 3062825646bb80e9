namespace ConflictDb.Snowflake;

/// <summary>
/// Runs one SQL statement in Snowflake and streams its result. The only way ConflictDb talks to Snowflake, so
/// Snowflake.Data (or anything else) can replace the SQL API implementation behind it.
/// </summary>
public interface ISnowflakeClient
{
    /// <summary>
    /// Submits <paramref name="sql"/> (positional <c>?</c> placeholders bound to <paramref name="bindings"/>, 1-based)
    /// and returns once the statement has finished and the first partition of its result has arrived.
    /// </summary>
    Task<ISnowflakeResult> ExecuteAsync(string sql, IReadOnlyList<SnowflakeBinding>? bindings, CancellationToken ct);
}

/// <summary>The result of a finished statement: its columns, then its rows partition by partition.</summary>
public interface ISnowflakeResult : IAsyncDisposable
{
    /// <summary>The statement's first 80 characters (for messages).</summary>
    string Statement { get; }

    /// <summary>resultSetMetaData.rowType, in select-list order.</summary>
    IReadOnlyList<SnowflakeColumn> Columns { get; }

    /// <summary>resultSetMetaData.numRows: rows in all partitions.</summary>
    long RowCount { get; }

    /// <summary>resultSetMetaData.partitionInfo[].rowCount, so a row number can be named by partition.</summary>
    IReadOnlyList<long> PartitionRowCounts { get; }

    /// <summary>
    /// The rows, decoded by <see cref="SnowflakeValueDecoder"/> (one array per row, in column order). Partitions are
    /// fetched a few ahead and released as soon as they are read; a table is never held in memory.
    /// </summary>
    IAsyncEnumerable<object?[]> ReadRowsAsync(CancellationToken ct);
}

/// <summary>A positional binding; the SQL API sends every value as a string (e.g. type TEXT, FIXED, BOOLEAN).</summary>
public sealed record SnowflakeBinding(string Type, string? Value)
{
    public static SnowflakeBinding Text(string? value) => new("TEXT", value);
}

/// <summary>One entry of resultSetMetaData.rowType. <see cref="Type"/> is lower case as the API sends it (fixed, text, timestamp_tz ...).</summary>
public sealed record SnowflakeColumn(string Name, string Type, int? Precision, int? Scale, long? Length, bool Nullable)
{
    /// <summary>"FIXED(38,0)", "TEXT", "TIMESTAMP_TZ(9)": how messages name the type.</summary>
    public string Describe() => Type.ToUpperInvariant() + Type switch
    {
        "fixed" => $"({Precision ?? 38},{Scale ?? 0})",
        "text" when Length is { } n => $"({n})",
        _ => "",
    };
}
