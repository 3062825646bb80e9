using System.Text;
using System.Text.Json;

namespace ConflictDb.SnowflakeTests.FakeSqlApi;

/// <summary>A rowType entry of a fake result.</summary>
public sealed record FakeColumn(string Name, string Type, int? Precision = null, int? Scale = null, long? Length = null)
{
    public static FakeColumn Text(string name, long length = 16777216) => new(name, "text", Length: length);
    public static FakeColumn Fixed(string name, int precision = 38, int scale = 0) => new(name, "fixed", precision, scale);
    public static FakeColumn TimestampTz(string name) => new(name, "timestamp_tz", 0, 9);
    public static FakeColumn TimestampNtz(string name) => new(name, "timestamp_ntz", 0, 9);
    public static FakeColumn Boolean(string name) => new(name, "boolean");
    public static FakeColumn Real(string name) => new(name, "real");
}

/// <summary>SQL API response bodies in the documented shape (developer-guide/sql-api/reference).</summary>
public static class SqlApiJson
{
    public static string ResultSet(IReadOnlyList<FakeColumn> columns, IEnumerable<string?[]> firstPartition, IReadOnlyList<int>? partitionRowCounts = null,
        string handle = "01b2c3d4-0000-1111-0000-000000000001")
    {
        var first = firstPartition.ToList();
        var counts = partitionRowCounts ?? [first.Count];
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteStartObject("resultSetMetaData");
            w.WriteNumber("numRows", counts.Sum());
            w.WriteString("format", "jsonv2");
            w.WriteStartArray("partitionInfo");
            foreach (var c in counts)
            {
                w.WriteStartObject();
                w.WriteNumber("rowCount", c);
                w.WriteNumber("uncompressedSize", c * 100);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("rowType");
            foreach (var c in columns)
            {
                w.WriteStartObject();
                w.WriteString("name", c.Name);
                w.WriteString("database", "ANALYTICS");
                w.WriteString("schema", "BI");
                w.WriteString("table", "V");
                if (c.Precision is { } p) w.WriteNumber("precision", p); else w.WriteNull("precision");
                if (c.Length is { } l) w.WriteNumber("byteLength", l * 4); else w.WriteNull("byteLength");
                w.WriteString("type", c.Type);
                if (c.Scale is { } s) w.WriteNumber("scale", s); else w.WriteNull("scale");
                w.WriteBoolean("nullable", true);
                w.WriteNull("collation");
                if (c.Length is { } l2) w.WriteNumber("length", l2); else w.WriteNull("length");
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            WriteData(w, first);
            w.WriteString("code", "090001");
            w.WriteString("statementStatusUrl", $"/api/v2/statements/{handle}?requestId=0");
            w.WriteString("sqlState", "00000");
            w.WriteString("statementHandle", handle);
            w.WriteString("message", "Statement executed successfully.");
            w.WriteNumber("createdOn", 1741600000000);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A later partition: only "data", as Snowflake sends it.</summary>
    public static string Partition(IEnumerable<string?[]> rows)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            WriteData(w, rows);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteData(Utf8JsonWriter w, IEnumerable<string?[]> rows)
    {
        w.WriteStartArray("data");
        foreach (var row in rows)
        {
            w.WriteStartArray();
            foreach (var v in row)
            {
                if (v is null) w.WriteNullValue(); else w.WriteStringValue(v);
            }
            w.WriteEndArray();
        }
        w.WriteEndArray();
    }

    public static string Running(string handle) =>
        $$"""{"code":"333334","message":"Asynchronous execution in progress. Use provided query id to perform query monitoring and management.","statementHandle":"{{handle}}","statementStatusUrl":"/api/v2/statements/{{handle}}"}""";

    public static string Error(string code, string message, string sqlState = "42000", string handle = "01b2c3d4-0000-1111-0000-00000000dead") =>
        JsonSerializer.Serialize(new { code, message, sqlState, statementHandle = handle });
}
