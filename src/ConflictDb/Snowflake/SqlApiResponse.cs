using System.Text.Json;

namespace ConflictDb.Snowflake;

/// <summary>What a SQL API response says about the statement (everything but the rows).</summary>
internal sealed record SqlApiStatus(
    string? Code,
    string? Message,
    string? SqlState,
    string? StatementHandle,
    IReadOnlyList<SnowflakeColumn>? Columns,
    long RowCount,
    IReadOnlyList<long> PartitionRowCounts);

/// <summary>
/// Reads SQL API response bodies (ResultSet, QueryStatus, partition bodies) with a forward-only JSON reader.
/// Malformed JSON and rows that do not fit the rowType raise <see cref="FormatException"/>/<see cref="JsonException"/>,
/// which the client turns into a <see cref="SnowflakeProtocolException"/> naming statement and partition.
/// </summary>
internal static class SqlApiResponse
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 16 };

    public static SqlApiStatus ReadStatus(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, Options);
        Expect(ref reader, JsonTokenType.StartObject);
        string? code = null, message = null, sqlState = null, handle = null;
        List<SnowflakeColumn>? columns = null;
        long rows = 0;
        var partitions = new List<long>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "code": code = Text(ref reader); break;
                case "message": message = Text(ref reader); break;
                case "sqlState": sqlState = Text(ref reader); break;
                case "statementHandle": handle = Text(ref reader); break;
                case "resultSetMetaData":
                    (columns, rows, partitions) = ReadMetadata(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
        return new SqlApiStatus(code, message, sqlState, handle, columns, rows, partitions);
    }

    private static (List<SnowflakeColumn>, long, List<long>) ReadMetadata(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("resultSetMetaData is not an object");
        var columns = new List<SnowflakeColumn>();
        long rows = 0;
        var partitions = new List<long>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "numRows":
                    rows = reader.TokenType == JsonTokenType.Number ? reader.GetInt64() : 0;
                    break;
                case "rowType":
                    if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("rowType is not an array");
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) columns.Add(ReadColumn(ref reader));
                    break;
                case "partitionInfo":
                    if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("partitionInfo is not an array");
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        long count = 0;
                        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                        {
                            var field = reader.GetString();
                            reader.Read();
                            if (field == "rowCount" && reader.TokenType == JsonTokenType.Number) count = reader.GetInt64();
                            else reader.Skip();
                        }
                        partitions.Add(count);
                    }
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
        return (columns, rows, partitions);
    }

    private static SnowflakeColumn ReadColumn(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("a rowType entry is not an object");
        string name = "", type = "text";
        int? precision = null, scale = null;
        long? length = null;
        var nullable = true;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var field = reader.GetString();
            reader.Read();
            switch (field)
            {
                case "name": name = Text(ref reader) ?? ""; break;
                case "type": type = (Text(ref reader) ?? "text").ToLowerInvariant(); break;
                case "precision": precision = reader.TokenType == JsonTokenType.Number ? reader.GetInt32() : null; break;
                case "scale": scale = reader.TokenType == JsonTokenType.Number ? reader.GetInt32() : null; break;
                case "length": length = reader.TokenType == JsonTokenType.Number ? reader.GetInt64() : null; break;
                case "nullable": nullable = reader.TokenType != JsonTokenType.False; break;
                default: reader.Skip(); break;
            }
        }
        return new SnowflakeColumn(name, type, precision, scale, length, nullable);
    }

    /// <summary>The decoded rows of the body's "data" array (empty when there is none).</summary>
    public static List<object?[]> ReadRows(ReadOnlySpan<byte> body, SnowflakeValueDecoder decoder, IReadOnlyList<SnowflakeColumn> columns, int expectedRows)
    {
        var reader = new Utf8JsonReader(body, Options);
        Expect(ref reader, JsonTokenType.StartObject);
        var rows = new List<object?[]>(Math.Max(expectedRows, 0));
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (name != "data" || reader.TokenType == JsonTokenType.Null)
            {
                reader.Skip();
                continue;
            }
            if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("\"data\" is not an array");
            var width = decoder.Count;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException($"row {rows.Count + 1} is not an array");
                var row = new object?[width];
                var i = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (i >= width) throw new FormatException($"row {rows.Count + 1} has more than the {width} column(s) of rowType");
                    if (reader.TokenType != JsonTokenType.Null)
                    {
                        try
                        {
                            row[i] = decoder.IsText(i) || reader.ValueIsEscaped
                                ? decoder.Decode(i, reader.GetString()!)
                                : decoder.Decode(i, reader.ValueSpan);
                        }
                        catch (Exception ex) when (ex is FormatException or OverflowException or InvalidOperationException)
                        {
                            throw new FormatException($"row {rows.Count + 1}, column \"{columns[i].Name}\" ({columns[i].Describe()}): {ex.Message}", ex);
                        }
                    }
                    i++;
                }
                if (i != width) throw new FormatException($"row {rows.Count + 1} has {i} value(s), rowType names {width}");
                rows.Add(row);
            }
        }
        return rows;
    }

    private static string? Text(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
        _ => SkipAndNull(ref reader),
    };

    private static string? SkipAndNull(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (!reader.Read() || reader.TokenType != type) throw new JsonException($"expected {type} at the start of the body");
    }
}
