using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using ConflictDb.Snowflake;
using Microsoft.AspNetCore.Http;

namespace ConflictDb.SnowflakeTests.FakeSqlApi;

/// <summary>A fake view: its columns (as Snowflake describes them) and its rows as wire strings.</summary>
public sealed class FakeView(string name, IReadOnlyList<FakeColumn> columns)
{
    public string Name { get; } = name;

    public List<FakeColumn> Columns { get; } = [.. columns];

    /// <summary>Rows as wire strings in <see cref="Columns"/> order.</summary>
    public List<string?[]> Rows { get; } = [];

    /// <summary>For big views: row i generated on demand instead of <see cref="Rows"/>.</summary>
    public (int Count, Func<int, string?[]> Row)? Generated { get; set; }

    public int Count => Generated?.Count ?? Rows.Count;

    public string?[] Row(int i) => Generated is { } g ? g.Row(i) : Rows[i];

    public int IndexOf(string column) => Columns.FindIndex(c => c.Name == column);

    public void Add(IReadOnlyDictionary<string, string?> values)
    {
        var row = new string?[Columns.Count];
        foreach (var (column, value) in values)
        {
            var i = IndexOf(column);
            if (i < 0) throw new ArgumentException($"view {Name} has no column {column}");
            row[i] = value;
        }
        Rows.Add(row);
    }
}

/// <summary>
/// A handler for <see cref="FakeSqlApiServer"/> that answers the statements the sync sends, over in-memory views:
/// <c>select * from S.V limit 0</c> (the columns), <c>select [distinct] "a", "b" as "c" from S.V where ...</c>
/// (projection, and the watermark predicate <c>cast("w" as timestamp_ntz) &gt; to_timestamp_ntz(?)</c>), with results
/// cut into partitions of <see cref="PartitionSize"/> rows (gzip from the second on).
/// </summary>
public sealed partial class FakeSnowflakeViews
{
    private readonly ConcurrentDictionary<string, Statement> _statements = new();
    private int _next;

    public Dictionary<string, FakeView> Views { get; } = new(StringComparer.OrdinalIgnoreCase);

    public int PartitionSize { get; set; } = 1000;

    /// <summary>Test hook: when it returns true for (view, partition), the request gets HTTP 500.</summary>
    public Func<string, int, bool>? Fail { get; set; }

    /// <summary>Gets every statement first (e.g. the refresh gate's query); returns true when it answered.</summary>
    public Func<HttpContext, RecordedRequest, Task<bool>>? Intercept { get; set; }

    private sealed record Statement(FakeView View, int[] Projection, IReadOnlyList<FakeColumn> Columns, List<int> Rows, bool Distinct);

    [GeneratedRegex(@"^select (distinct )?(.+?) from ([A-Za-z0-9_]+)\.([A-Za-z0-9_]+)\.([A-Za-z0-9_]+)(?: where (.*))?$", RegexOptions.Singleline)]
    private static partial Regex SelectStatement();

    [GeneratedRegex(@"""((?:[^""]|"""")*)""(?: as ""((?:[^""]|"""")*)"")?")]
    private static partial Regex SelectItem();

    [GeneratedRegex(@"cast\(""((?:[^""]|"""")*)"" as timestamp_ntz\) > to_timestamp_ntz\(\?")]
    private static partial Regex WatermarkPredicate();

    public async Task HandleAsync(HttpContext ctx, RecordedRequest r)
    {
        if (r.Partition is { } partition)
        {
            var handle = r.Path.Split('/').Last();
            if (!_statements.TryGetValue(handle, out var st))
            {
                await FakeSqlApiServer.WriteJsonAsync(ctx, 404, SqlApiJson.Error("000404", "unknown statement handle"));
                return;
            }
            if (Fail?.Invoke(st.View.Name, partition) == true)
            {
                await FakeSqlApiServer.WriteJsonAsync(ctx, 500, SqlApiJson.Error("000500", "internal error"));
                return;
            }
            await FakeSqlApiServer.WriteJsonAsync(ctx, 200, SqlApiJson.Partition(Slice(st, partition)), gzip: true);
            return;
        }
        if (Intercept is not null && await Intercept(ctx, r)) return;
        var sql = r.Statement ?? "";
        var limit0 = sql.EndsWith(" limit 0", StringComparison.Ordinal);
        var match = SelectStatement().Match(limit0 ? sql[..^" limit 0".Length] : sql);
        if (r.Method != "POST" || !match.Success || !Views.TryGetValue(match.Groups[5].Value, out var view))
        {
            await FakeSqlApiServer.WriteJsonAsync(ctx, 422, SqlApiJson.Error("002003",
                $"SQL compilation error:\nObject '{(match.Success ? match.Groups[5].Value : "?")}' does not exist or not authorized.", "02000"));
            return;
        }
        if (limit0)
        {
            await FakeSqlApiServer.WriteJsonAsync(ctx, 200, SqlApiJson.ResultSet(view.Columns, []));
            return;
        }
        var projection = new List<int>();
        var columns = new List<FakeColumn>();
        if (match.Groups[2].Value.Trim() == "*")
        {
            projection.AddRange(Enumerable.Range(0, view.Columns.Count));
            columns.AddRange(view.Columns);
        }
        foreach (Match item in SelectItem().Matches(match.Groups[2].Value))
        {
            var name = item.Groups[1].Value.Replace("\"\"", "\"");
            var i = view.IndexOf(name);
            if (i < 0)
            {
                await FakeSqlApiServer.WriteJsonAsync(ctx, 422, SqlApiJson.Error("000904", $"SQL compilation error: error line 1 at position 7\ninvalid identifier '\"{name}\"'"));
                return;
            }
            projection.Add(i);
            var alias = item.Groups[2].Success ? item.Groups[2].Value.Replace("\"\"", "\"") : name;
            columns.Add(view.Columns[i] with { Name = alias });
        }
        var rows = Enumerable.Range(0, view.Count).ToList();
        var wm = WatermarkPredicate().Match(match.Groups[6].Value);
        if (wm.Success)
        {
            var w = view.IndexOf(wm.Groups[1].Value);
            var since = DateTime.Parse(r.Binding(1)!, System.Globalization.CultureInfo.InvariantCulture);
            var decoder = new SnowflakeValueDecoder([ToColumn(view.Columns[w])], TimeZoneInfo.Utc);
            rows = rows.Where(i => view.Row(i)[w] is not { } raw || ToWallClock(decoder.Decode(0, raw)) > since).ToList();
        }
        var distinct = match.Groups[1].Success;
        if (distinct)
        {
            rows = rows.DistinctBy(i => string.Join("\u0001", projection.Select(p => view.Row(i)[p] ?? "\u0000"))).ToList();
        }
        var handleId = $"01fake00-0000-0000-0000-{Interlocked.Increment(ref _next):000000000000}";
        var statement = new Statement(view, [.. projection], columns, rows, distinct);
        _statements[handleId] = statement;
        var counts = Enumerable.Range(0, Math.Max(1, (rows.Count + PartitionSize - 1) / PartitionSize))
            .Select(p => Math.Min(PartitionSize, rows.Count - p * PartitionSize)).ToList();
        if (Fail?.Invoke(view.Name, 0) == true)
        {
            await FakeSqlApiServer.WriteJsonAsync(ctx, 500, SqlApiJson.Error("000500", "internal error"));
            return;
        }
        await FakeSqlApiServer.WriteJsonAsync(ctx, 200, SqlApiJson.ResultSet(columns, Slice(statement, 0), counts, handleId));
    }

    private static IEnumerable<string?[]> Slice(Statement st, int partition, int size) =>
        st.Rows.Skip(partition * size).Take(size).Select(i =>
        {
            var row = st.View.Row(i);
            return st.Projection.Select(p => row[p]).ToArray();
        });

    private IEnumerable<string?[]> Slice(Statement st, int partition) => Slice(st, partition, PartitionSize);

    private static SnowflakeColumn ToColumn(FakeColumn c) => new(c.Name, c.Type, c.Precision, c.Scale, c.Length, true);

    private static DateTime ToWallClock(object value) => value switch
    {
        DateTime t => t,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        _ => throw new InvalidOperationException($"watermark value {value} is not a timestamp"),
    };
}
