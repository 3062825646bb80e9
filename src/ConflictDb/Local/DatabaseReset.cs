using Npgsql;

namespace ConflictDb.Local;

/// <summary>
/// The Respawn stand-in: one <c>truncate ... restart identity</c> over every table of the owned schemas
/// (partitioned parents, not their partitions), keeping the migration journals and the given keep-list.
/// No CASCADE: a foreign key from outside the owned schemas is refused instead of emptied silently.
/// </summary>
public static class DatabaseReset
{
    public static readonly IReadOnlyList<string> JournalTables = ["schemaversions", "schemaversions_sha256"];

    public static async Task<IReadOnlyList<string>> ResetAsync(
        NpgsqlConnection conn, IReadOnlyList<string> schemas, IReadOnlyCollection<string> keep, CancellationToken ct, bool onlyNonEmpty = false)
    {
        await using (var guard = new NpgsqlCommand(
            """
            select format('%I.%I -> %I.%I', sn.nspname, s.relname, tn.nspname, t.relname)
            from pg_constraint k
            join pg_class s on s.oid = k.conrelid
            join pg_namespace sn on sn.oid = s.relnamespace
            join pg_class t on t.oid = k.confrelid
            join pg_namespace tn on tn.oid = t.relnamespace
            where k.contype = 'f' and tn.nspname = any(@schemas) and not sn.nspname = any(@schemas)
            """, conn))
        {
            guard.Parameters.AddWithValue("schemas", schemas.ToArray());
            if (await guard.ExecuteScalarAsync(ct) is string fk)
            {
                throw new InvalidOperationException($"reset refused: foreign key {fk} comes from outside the owned schemas");
            }
        }

        var tables = new List<string>();
        await using (var cmd = new NpgsqlCommand(
            """
            select n.nspname, c.relname
            from pg_class c
            join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = any(@schemas)
              and c.relkind in ('r', 'p')
              and not c.relispartition
            order by 1, 2
            """, conn))
        {
            cmd.Parameters.AddWithValue("schemas", schemas.ToArray());
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var (schema, table) = (reader.GetString(0), reader.GetString(1));
                if (JournalTables.Contains(table) || keep.Contains(table) || keep.Contains($"{schema}.{table}")) continue;
                tables.Add($"\"{schema}\".\"{table}\"");
            }
        }
        if (onlyNonEmpty) tables = (await NonEmptyAsync(conn, tables, ct)).ToList();
        if (tables.Count == 0) return tables;
        await using var truncate = new NpgsqlCommand($"truncate table {string.Join(", ", tables)} restart identity", conn);
        await truncate.ExecuteNonQueryAsync(ct);
        return tables;
    }

    /// <summary>
    /// The subset of <paramref name="qualifiedTables"/> that holds at least one row. Truncating an empty table still
    /// swaps the files of it, its indexes and, for a partitioned table, every partition: worth skipping.
    /// </summary>
    public static async Task<IReadOnlyList<string>> NonEmptyAsync(NpgsqlConnection conn, IReadOnlyList<string> qualifiedTables, CancellationToken ct, NpgsqlTransaction? tx = null)
    {
        if (qualifiedTables.Count == 0) return [];
        var probe = string.Join(" union all ", qualifiedTables.Select((t, i) => $"select {i} where exists (select from {t})"));
        var result = new List<string>();
        await using var cmd = new NpgsqlCommand(probe, conn, tx);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) result.Add(qualifiedTables[reader.GetInt32(0)]);
        return result;
    }
}
