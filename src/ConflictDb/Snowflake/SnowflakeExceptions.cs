namespace ConflictDb.Snowflake;

/// <summary>
/// A Snowflake SQL API call failed. <see cref="Statement"/> is the first 80 characters of the SQL text and
/// <see cref="Partition"/> the result partition being fetched (null while the statement itself ran).
/// </summary>
public class SnowflakeException(string message, string statement, int? partition, Exception? inner = null)
    : ConflictDbException(message, inner)
{
    public string Statement { get; } = statement;
    public int? Partition { get; } = partition;

    /// <summary>"statement 'select ...' (partition 3)": the "where" of every message.</summary>
    public static string Where(string statement, int? partition) =>
        $"statement '{statement}'{(partition is { } p ? $" (partition {p})" : "")}";

    /// <summary>The first 80 characters of the SQL text on one line, so every failure can name its statement.</summary>
    public static string Abbreviate(string sql)
    {
        var oneLine = string.Join(' ', sql.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= 80 ? oneLine : oneLine[..80] + "...";
    }
}

/// <summary>Snowflake stayed unavailable (429, 5xx, timeouts, dropped connections) after every retry.</summary>
public sealed class SnowflakeUnavailableException(string message, string statement, int? partition, Exception? inner = null)
    : SnowflakeException(message, statement, partition, inner);

/// <summary>The statement itself failed in Snowflake (HTTP 422 and the like): retrying would not help.</summary>
public sealed class SnowflakeStatementException(string message, string statement, string? code, string? sqlState)
    : SnowflakeException(message, statement, null)
{
    public string? Code { get; } = code;
    public string? SqlState { get; } = sqlState;
}

/// <summary>Snowflake answered with something this client cannot read (malformed JSON, an unknown type, a short row).</summary>
public sealed class SnowflakeProtocolException(string message, string statement, int? partition, Exception? inner = null)
    : SnowflakeException(message, statement, partition, inner);

/// <summary>Snowflake refused the credentials (HTTP 401/403).</summary>
public sealed class SnowflakeAuthenticationException(string message, string statement)
    : SnowflakeException(message, statement, null);
