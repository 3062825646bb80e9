using Npgsql;
using NpgsqlTypes;

namespace ConflictDb.Sync;

/// <summary>The PostgreSQL type families the analytics tables use, and how values are written to them.</summary>
public enum PgKind { Text, Varchar, Char, Bigint, Integer, Smallint, Numeric, Double, Real, Boolean, Timestamp, TimestampTz, Date, Time, Bytea, Json, Jsonb }

/// <summary>One column of a target table as the catalog describes it.</summary>
public sealed record PgColumn(string Name, string TypeName, PgKind Kind, int? NumericScale)
{
    public NpgsqlDbType DbType => Kind switch
    {
        PgKind.Text => NpgsqlDbType.Text,
        PgKind.Varchar => NpgsqlDbType.Varchar,
        PgKind.Char => NpgsqlDbType.Char,
        PgKind.Bigint => NpgsqlDbType.Bigint,
        PgKind.Integer => NpgsqlDbType.Integer,
        PgKind.Smallint => NpgsqlDbType.Smallint,
        PgKind.Numeric => NpgsqlDbType.Numeric,
        PgKind.Double => NpgsqlDbType.Double,
        PgKind.Real => NpgsqlDbType.Real,
        PgKind.Boolean => NpgsqlDbType.Boolean,
        PgKind.Timestamp => NpgsqlDbType.Timestamp,
        PgKind.TimestampTz => NpgsqlDbType.TimestampTz,
        PgKind.Date => NpgsqlDbType.Date,
        PgKind.Time => NpgsqlDbType.Time,
        PgKind.Bytea => NpgsqlDbType.Bytea,
        PgKind.Json => NpgsqlDbType.Json,
        PgKind.Jsonb => NpgsqlDbType.Jsonb,
        _ => throw new InvalidOperationException(),
    };

    public bool IsText => Kind is PgKind.Text or PgKind.Varchar or PgKind.Char or PgKind.Json or PgKind.Jsonb;
}

/// <summary>An analytics table as the catalog describes it: columns with types, and whether it is partitioned.</summary>
public sealed record TargetTable(string Schema, string Name, IReadOnlyList<PgColumn> Columns, bool Partitioned)
{
    public string Qualified => $"{Quote.Ident(Schema)}.{Quote.Ident(Name)}";

    public PgColumn Column(string name) =>
        Columns.FirstOrDefault(c => c.Name == name) ?? throw new SyncException($"table {Schema}.{Name} has no column \"{name}\"; the sync map and the schema disagree (run migrate?)");

    public static async Task<TargetTable> ReadAsync(NpgsqlConnection conn, string schema, string table, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            """
            select a.attname, format_type(a.atttypid, a.atttypmod), t.typname, a.atttypmod, c.relkind
            from pg_class c
            join pg_namespace n on n.oid = c.relnamespace
            join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
            join pg_type t on t.oid = a.atttypid
            where n.nspname = @schema and c.relname = @table
            order by a.attnum
            """, conn);
        cmd.Parameters.AddWithValue("schema", schema);
        cmd.Parameters.AddWithValue("table", table);
        var columns = new List<PgColumn>();
        var partitioned = false;
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var typname = reader.GetString(2);
                var typmod = reader.GetInt32(3);
                var kind = typname switch
                {
                    "text" => PgKind.Text,
                    "varchar" => PgKind.Varchar,
                    "bpchar" => PgKind.Char,
                    "int8" => PgKind.Bigint,
                    "int4" => PgKind.Integer,
                    "int2" => PgKind.Smallint,
                    "numeric" => PgKind.Numeric,
                    "float8" => PgKind.Double,
                    "float4" => PgKind.Real,
                    "bool" => PgKind.Boolean,
                    "timestamp" => PgKind.Timestamp,
                    "timestamptz" => PgKind.TimestampTz,
                    "date" => PgKind.Date,
                    "time" => PgKind.Time,
                    "bytea" => PgKind.Bytea,
                    "json" => PgKind.Json,
                    "jsonb" => PgKind.Jsonb,
                    _ => throw new SyncException($"{schema}.{table}.\"{reader.GetString(0)}\" has type {reader.GetString(1)}, which the sync cannot load"),
                };
                int? scale = kind == PgKind.Numeric && typmod >= 4 ? (typmod - 4) & 0xffff : null;
                columns.Add(new PgColumn(reader.GetString(0), reader.GetString(1), kind, scale));
                partitioned = reader.GetChar(4) == 'p';
            }
        }
        if (columns.Count == 0) throw new SyncException($"table {schema}.{table} does not exist; run migrate first");
        return new TargetTable(schema, table, columns, partitioned);
    }
}

/// <summary>Identifier and literal quoting for the few statements the sync generates.</summary>
public static class Quote
{
    public static string Ident(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    public static string Idents(IEnumerable<string> names, string? prefix = null) =>
        string.Join(", ", names.Select(n => prefix + Ident(n)));
}
