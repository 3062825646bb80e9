using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ConflictDb.Parity;

/// <summary>
/// Loads a case's <c>input/analytics/*.csv</c> and <c>input/conflict/*.csv</c> (or any folder of table CSVs)
/// into <c>analytics.&lt;lower(name)&gt;</c> / <c>conflict.&lt;lower(name)&gt;</c> with COPY, in ONE transaction:
/// every header is checked against the catalog before anything is written, and a bad value fails naming file,
/// line and column with nothing kept. Afterwards identity sequences continue after the loaded ids and the
/// loaded tables are analyzed.
/// </summary>
public sealed partial class CaseLoader(ILogger logger)
{
    [GeneratedRegex(@"line (\d+)(?:, column ([^:]+))?")]
    private static partial Regex CopyWhere();

    public sealed record TableFile(string Schema, string Table, string File);

    /// <summary>The table files of a case's input folder, analytics first.</summary>
    public static IReadOnlyList<TableFile> InputFiles(string caseDirectory)
    {
        var files = new List<TableFile>();
        foreach (var schema in new[] { "analytics", "conflict" })
        {
            var dir = Path.Combine(caseDirectory, "input", schema);
            if (!Directory.Exists(dir)) continue;
            files.AddRange(Directory.GetFiles(dir, "*.csv").Order(StringComparer.Ordinal)
                .Select(f => new TableFile(schema, Path.GetFileNameWithoutExtension(f).ToLowerInvariant(), f)));
        }
        return files;
    }

    /// <summary>Truncates the target tables and loads the files, all or nothing. Returns rows per table.</summary>
    public async Task<IReadOnlyDictionary<string, long>> LoadAsync(NpgsqlConnection conn, IReadOnlyList<TableFile> files, CancellationToken ct)
    {
        var counts = new Dictionary<string, long>();
        var columns = new Dictionary<string, Dictionary<string, string>>();
        foreach (var file in files)
        {
            var key = $"{file.Schema}.{file.Table}";
            var catalog = await ColumnsAsync(conn, file.Schema, file.Table, ct);
            if (catalog.Count == 0) throw new CaseCsvException($"{file.File}: no table {key} in the database (file names map to {file.Schema}.<lower(name)>)");
            using var reader = new CaseCsvReader(file.File);
            foreach (var column in reader.Header)
            {
                if (!catalog.ContainsKey(column))
                {
                    throw new CaseCsvException($"{file.File}: line 1, column \"{column}\": {key} has no such column (names are case-sensitive)");
                }
            }
            columns[file.File] = catalog;
        }

        await using var tx = await conn.BeginTransactionAsync(ct);
        var targets = files.Select(f => $"\"{f.Schema}\".\"{f.Table}\"").Distinct().ToList();
        var nonEmpty = await Local.DatabaseReset.NonEmptyAsync(conn, targets, ct, tx);
        if (nonEmpty.Count > 0)
        {
            await using var truncate = new NpgsqlCommand($"truncate table {string.Join(", ", nonEmpty)}", conn, tx);
            await truncate.ExecuteNonQueryAsync(ct);
        }
        foreach (var file in files)
        {
            var rows = await CopyAsync(conn, file, columns[file.File], ct);
            counts[$"{file.Schema}.{file.Table}"] = counts.GetValueOrDefault($"{file.Schema}.{file.Table}") + rows;
        }
        foreach (var table in files.Select(f => (f.Schema, f.Table)).Distinct())
        {
            await ResyncIdentitiesAsync(conn, table.Schema, table.Table, ct);
        }
        await tx.CommitAsync(ct);
        foreach (var table in files.Select(f => $"\"{f.Schema}\".\"{f.Table}\"").Distinct())
        {
            await using var analyze = new NpgsqlCommand($"analyze {table}", conn);
            await analyze.ExecuteNonQueryAsync(ct);
        }
        logger.LogDebug("loaded {Tables} table(s), {Rows} row(s)", counts.Count, counts.Values.Sum());
        return counts;
    }

    private static async Task<long> CopyAsync(NpgsqlConnection conn, TableFile file, Dictionary<string, string> catalog, CancellationToken ct)
    {
        using var reader = new CaseCsvReader(file.File);
        var header = reader.Header;
        // The oracle reads an empty field of a non-text column as NULL (NULLIF(v, '')); so does the loader.
        var emptyIsNull = header.Select(h => !IsText(catalog[h])).ToArray();
        // COPY reports the physical line of the data it was sent; remember where each record ends there.
        var lines = new List<int>();
        var physicalEnds = new List<int>();
        var physical = 0;
        var columnList = string.Join(", ", header.Select(h => "\"" + h.Replace("\"", "\"\"") + "\""));
        try
        {
            await using (var writer = await conn.BeginTextImportAsync(
                $"copy \"{file.Schema}\".\"{file.Table}\" ({columnList}) from stdin with (format csv, null '\\N')", ct))
            {
                foreach (var record in reader.Records())
                {
                    lines.Add(record.Line);
                    physical += 1 + record.Fields.Sum(f => f.Value.Count(ch => ch == '\n'));
                    physicalEnds.Add(physical);
                    for (var i = 0; i < record.Fields.Count; i++)
                    {
                        if (i > 0) await writer.WriteAsync(',');
                        var field = record.Fields[i];
                        if (emptyIsNull[i] && !field.IsNull && field.Value.Length == 0) field = new CsvField("", true);
                        CaseCsvReader.WriteCopyField(writer, field);
                    }
                    await writer.WriteAsync('\n');
                }
            }
            return lines.Count;
        }
        catch (PostgresException ex)
        {
            var where = CopyWhere().Match(ex.Where ?? "");
            var record = where.Success && int.TryParse(where.Groups[1].Value, out var n) ? physicalEnds.FindIndex(end => end >= n) : -1;
            var line = record >= 0 ? lines[record] : 0;
            var column = where.Success && where.Groups[2].Success ? $", column \"{where.Groups[2].Value.Trim()}\"" : "";
            throw new CaseCsvException($"{file.File}: line {(line > 0 ? line.ToString() : "?")}{column}: {ex.MessageText} (table {file.Schema}.{file.Table}; nothing was loaded)");
        }
    }

    private static bool IsText(string dataType) => dataType is "text" or "character varying" or "character";

    internal static async Task<Dictionary<string, string>> ColumnsAsync(NpgsqlConnection conn, string schema, string table, CancellationToken ct)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var cmd = new NpgsqlCommand(
            "select column_name, data_type from information_schema.columns where table_schema = @s and table_name = @t order by ordinal_position", conn);
        cmd.Parameters.AddWithValue("s", schema);
        cmd.Parameters.AddWithValue("t", table);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) result[reader.GetString(0)] = reader.GetString(1);
        return result;
    }

    private static async Task ResyncIdentitiesAsync(NpgsqlConnection conn, string schema, string table, CancellationToken ct)
    {
        var identities = new List<string>();
        await using (var cmd = new NpgsqlCommand(
            """
            select a.attname
            from pg_attribute a
            where a.attrelid = format('%I.%I', @s::text, @t::text)::regclass and a.attidentity <> '' and not a.attisdropped
            """, conn))
        {
            cmd.Parameters.AddWithValue("s", schema);
            cmd.Parameters.AddWithValue("t", table);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) identities.Add(reader.GetString(0));
        }
        foreach (var column in identities)
        {
            var qualified = $"\"{schema}\".\"{table}\"";
            await using var setval = new NpgsqlCommand(
                $"select setval(pg_get_serial_sequence(@q, @c), coalesce((select max(\"{column}\") from {qualified}), 0) + 1, false)", conn);
            setval.Parameters.AddWithValue("q", qualified);
            setval.Parameters.AddWithValue("c", column);
            await setval.ExecuteScalarAsync(ct);
        }
    }
}
