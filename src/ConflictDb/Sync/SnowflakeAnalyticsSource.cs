using System.Globalization;
using ConflictDb.Snowflake;

namespace ConflictDb.Sync;

/// <summary>
/// Reads the analytics views from Snowflake. Before each load it asks for the view's columns
/// (<c>select * ... limit 0</c>) and fails with <see cref="SchemaDriftException"/> when a mapped column is gone or its
/// type no longer fits the table; then it selects the mapped columns (renamed to the table's names) of the rows
/// after the watermark. Timestamps are compared as Snowflake's CAST(x AS TIMESTAMP_NTZ) sees them: the wall clock of
/// the value's own offset, which is what the table stores.
/// </summary>
public sealed class SnowflakeAnalyticsSource(ISnowflakeClient client, string sourceSchema, string account) : IAnalyticsSource
{
    public const string DefaultSchema = "ANALYTICS.BI";

    public string Name => $"snowflake {account} {sourceSchema}";

    public string Qualified(ViewMap view) => $"{sourceSchema}.{view.View}";

    public async Task<SourceRows> OpenAsync(ViewMap view, TargetTable target, DateTime? since, CancellationToken ct)
    {
        var qualified = Qualified(view);
        await using (var probe = await client.ExecuteAsync($"select * from {qualified} limit 0", null, ct))
        {
            CheckDrift(view, qualified, target, probe.Columns);
        }
        var selected = view.Columns.Where(c => !c.LoadTime).ToList();
        var (sql, bindings) = Query(view, qualified, since);
        var result = await client.ExecuteAsync(sql, bindings, ct);
        var names = result.Columns.Select(c => c.Name).ToList();
        if (!names.SequenceEqual(selected.Select(c => c.Target)))
        {
            await result.DisposeAsync();
            throw new SnowflakeProtocolException(
                $"the result of {SnowflakeException.Where(result.Statement, null)} has columns {string.Join(", ", names)}; expected {string.Join(", ", selected.Select(c => c.Target))}",
                result.Statement, null);
        }
        var partitions = result.PartitionRowCounts;
        return new SourceRows(selected.Select(c => c.Target).ToList(), result.ReadRowsAsync(ct), row => Describe(result.Statement, partitions, row), result.DisposeAsync);
    }

    /// <summary>The data query of a view and its bindings.</summary>
    public static (string Sql, IReadOnlyList<SnowflakeBinding>? Bindings) Query(ViewMap view, string qualified, DateTime? since, string? andAlso = null)
    {
        var select = string.Join(", ", view.Columns.Where(c => !c.LoadTime)
            .Select(c => c.Source == c.Target ? Quote.Ident(c.Target) : $"{Quote.Ident(c.Source!)} as {Quote.Ident(c.Target)}"));
        var where = new List<string>();
        if (view.SourceFilter is { } filter) where.Add($"({filter})");
        if (view.MonthlyPartitionColumn is { } partition) where.Add($"{Quote.Ident(view.Column(partition).Source!)} is not null");
        if (andAlso is not null) where.Add($"({andAlso})");
        IReadOnlyList<SnowflakeBinding>? bindings = null;
        if (since is { } s && view.Watermark is { } wm)
        {
            var source = Quote.Ident(view.Column(wm).Source!);
            where.Add($"({source} is null or cast({source} as timestamp_ntz) > to_timestamp_ntz(?, 'YYYY-MM-DD HH24:MI:SS.FF6'))");
            bindings = [SnowflakeBinding.Text(s.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture))];
        }
        var sql = $"select {(view.Distinct ? "distinct " : "")}{select} from {qualified}{(where.Count > 0 ? " where " + string.Join(" and ", where) : "")}";
        return (sql, bindings);
    }

    public static void CheckDrift(ViewMap view, string qualified, TargetTable target, IReadOnlyList<SnowflakeColumn> columns)
    {
        var byName = columns.GroupBy(c => c.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var column in view.Columns.Where(c => !c.LoadTime))
        {
            var pg = target.Column(column.Target);
            if (!byName.TryGetValue(column.Source!, out var sf))
            {
                throw new SchemaDriftException(view.View, column.Source!,
                    $"schema drift: view {qualified} has no column \"{column.Source}\" any more (it fills analytics.{view.Table}.\"{column.Target}\"). " +
                    "Restore the column in Snowflake, or change the sync map (src/ConflictDb/Sync/AnalyticsViews.cs) and the table in a new migration.");
            }
            if (!Fits(sf, pg))
            {
                throw new SchemaDriftException(view.View, column.Source!,
                    $"schema drift: column \"{column.Source}\" of view {qualified} is now {sf.Describe()}, which does not fit " +
                    $"analytics.{view.Table}.\"{column.Target}\" ({pg.TypeName}). Change the column's type in a new migration (and the map if needed), " +
                    "or restore the type in Snowflake.");
            }
        }
    }

    /// <summary>Whether values of a Snowflake column type load into a PostgreSQL column without loss of meaning.</summary>
    public static bool Fits(SnowflakeColumn sf, PgColumn pg)
    {
        var type = sf.Type.ToLowerInvariant();
        return pg.Kind switch
        {
            PgKind.Text or PgKind.Varchar or PgKind.Char => type is "text" or "variant" or "object" or "array",
            PgKind.Json or PgKind.Jsonb => type is "variant" or "object" or "array" or "text",
            PgKind.Bigint or PgKind.Integer or PgKind.Smallint => type == "fixed" && (sf.Scale ?? 0) == 0,
            PgKind.Numeric => type == "fixed" && (pg.NumericScale is null || (sf.Scale ?? 0) <= pg.NumericScale),
            PgKind.Double or PgKind.Real => type is "real" or "float" or "double" or "fixed",
            PgKind.Boolean => type == "boolean",
            PgKind.Timestamp or PgKind.TimestampTz => type is "timestamp_tz" or "timestamp_ltz" or "timestamp_ntz" or "date",
            PgKind.Date => type == "date",
            PgKind.Time => type == "time",
            PgKind.Bytea => type == "binary",
            _ => false,
        };
    }

    private static string Describe(string statement, IReadOnlyList<long> partitions, long row)
    {
        var index = row - 1;
        for (var p = 0; p < partitions.Count; p++)
        {
            if (index < partitions[p]) return $"{SnowflakeException.Where(statement, p)}, row {index + 1} of the partition";
            index -= partitions[p];
        }
        return $"{SnowflakeException.Where(statement, null)}, row {row}";
    }
}
