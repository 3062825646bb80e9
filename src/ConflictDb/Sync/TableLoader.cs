using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ConflictDb.Sync;

/// <summary>
/// Loads one view into its table:
/// <list type="number">
/// <item>the rows after the stored watermark minus the overlap (all rows for a full reload or a view without
/// watermark) stream by binary COPY into an UNLOGGED staging table analytics.sync_stage_&lt;table&gt;;</item>
/// <item>one transaction then creates missing monthly partitions, removes rows the source no longer has (full reload),
/// moves visits whose date changed, updates the rows whose values differ and inserts the new ones, deletes the visits a
/// deleted-visits load lists, and stores the new watermark;</item>
/// <item>ANALYZE of what changed; the staging table is dropped.</item>
/// </list>
/// A load into an EMPTY table (the first load, or a full reload of a table that was emptied) skips the staging table:
/// the rows stream by binary COPY straight into the table inside the apply transaction (rows without a key value are
/// skipped on the way, as the staging path skips them), and the same transaction then creates the months that were
/// missing (moving their rows out of the default partition), removes deleted visits and stores the watermark. When
/// the source repeats a key (which the staging path resolves by keeping the latest row), that transaction is rolled
/// back and the load starts again through the staging table.
/// Nothing of the table changes until that transaction commits, so a failure or an interruption leaves it as it was.
/// </summary>
public sealed partial class TableLoader(string connectionString, IAnalyticsSource source, ILogger logger)
{
    [GeneratedRegex(@"line (\d+)(?:, column ([^:]+))?")]
    private static partial Regex CopyWhere();

    /// <summary>Loads <paramref name="map"/> on <paramref name="shared"/> (an open connection the sync keeps), or on a connection of its own.</summary>
    public async Task<TableSyncResult> LoadAsync(ViewMap map, SyncOptions options, CancellationToken ct, NpgsqlConnection? shared = null)
    {
        var watch = Stopwatch.StartNew();
        await using var own = shared is null ? new NpgsqlConnection(connectionString) : null;
        if (own is not null) await own.OpenAsync(ct);
        var conn = shared ?? own!;
        // the session writes as the loader role; DDL and ANALYZE switch to the owner role for one statement
        await SetRoleAsync(conn, options.LoaderRole, ct);
        var target = await TargetTable.ReadAsync(conn, "analytics", map.Table, ct);
        foreach (var column in map.Columns) target.Column(column.Target);

        var full = options.Full || map.Watermark is null;
        var before = full ? null : await ReadWatermarkAsync(conn, map.Table, ct);
        var since = before - options.Overlap;

        TableSyncResult result;
        IReadOnlyList<DateTime> months;
        if (options.DirectFirstLoad && await IsEmptyAsync(conn, target.Qualified, ct)
            && await DirectAsync(conn, map, target, options, full, before, since, watch, ct) is { } direct)
        {
            (result, months) = direct;
        }
        else
        {
            (result, months) = await StagedAsync(conn, map, target, options, full, before, since, watch, ct);
        }
        var applied = watch.Elapsed;
        // fresh statistics for what changed (a load that changed nothing leaves them as they are)
        if (result.Changed > 0) await AnalyzeAsync(conn, map, target, options, months, ct);
        var elapsed = watch.Elapsed;
        logger.LogInformation(
            "{Table}: {Staged:N0} row(s) read, {Inserted:N0} inserted, {Updated:N0} updated, {Deleted:N0} deleted{Elsewhere} in {Seconds:0.0} s ({Rate:N0} rows/s){Watermark}{Direct}",
            map.Table, result.Staged, result.Inserted, result.Updated, result.Deleted,
            result.DeletedElsewhere > 0 ? $", {result.DeletedElsewhere:N0} removed from {map.Deletes!.Table}" : "",
            elapsed.TotalSeconds, result.Staged / Math.Max(elapsed.TotalSeconds, 0.001),
            result.WatermarkAfter is { } wm ? $", watermark {wm:yyyy-MM-dd HH:mm:ss}" : "",
            result.Direct ? " (first load: straight into the table)" : "");
        return result with { Duration = elapsed, Applying = applied - result.Staging };
    }

    /// <summary>The staging path: COPY into the staging table, then the apply transaction.</summary>
    private async Task<(TableSyncResult Result, IReadOnlyList<DateTime> Months)> StagedAsync(NpgsqlConnection conn, ViewMap map, TargetTable target,
        SyncOptions options, bool full, DateTime? before, DateTime? since, Stopwatch watch, CancellationToken ct)
    {
        var stage = $"sync_stage_{map.Table}";
        var stageQualified = $"analytics.{Quote.Ident(stage)}";
        await using var rows = await source.OpenAsync(map, target, since, ct);
        var (columns, loadTime) = LoadedColumns(map, target, rows);
        try
        {
            await CreateStageAsync(conn, options, stageQualified, columns, ct);
            var copied = await CopyAsync(conn, options, map, stageQualified, rows, columns, loadTime, null, watch, ct);
            // statistics for the joins of the apply step; a first load into an empty table joins nothing
            if (!await IsEmptyAsync(conn, target.Qualified, ct))
            {
                await AsOwnerAsync(conn, options, $"analyze {stageQualified}", ct);
            }
            var staging = watch.Elapsed;
            var result = await ApplyAsync(conn, map, target, options, full, before, stageQualified, columns, copied.Read, ct);
            var months = new List<DateTime>();
            if (result.Changed > 0 && map.MonthlyPartitionColumn is { } column)
            {
                await using var cmd = new NpgsqlCommand(
                    $"select distinct date_trunc('month', {Quote.Ident(column)}) from {stageQualified} where {Quote.Ident(column)} is not null", conn);
                await using var reader = await cmd.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct)) months.Add(reader.GetDateTime(0));
            }
            return (result with { Staging = staging }, months);
        }
        finally
        {
            await DropStageAsync(conn, options, stageQualified);
        }
    }

    /// <summary>
    /// The first-load path into an empty table: one transaction COPYs the rows straight into the table, creates the
    /// months that were missing, applies the deletions and stores the watermark. Returns null (nothing changed) when the
    /// source repeats a key or an identity: the staging path then resolves the repeats exactly as it always does.
    /// </summary>
    private async Task<(TableSyncResult Result, IReadOnlyList<DateTime> Months)?> DirectAsync(NpgsqlConnection conn, ViewMap map, TargetTable target,
        SyncOptions options, bool full, DateTime? before, DateTime? since, Stopwatch watch, CancellationToken ct)
    {
        var table = target.Qualified;
        await using var rows = await source.OpenAsync(map, target, since, ct);
        var (columns, loadTime) = LoadedColumns(map, target, rows);
        var names = columns.Select(c => c.Name).ToList();
        var partitionColumn = map.MonthlyPartitionColumn is { } pc ? names.IndexOf(pc) : -1;
        var direct = new DirectCopy(map.Key.Select(k => names.IndexOf(k)).ToArray(), partitionColumn);

        // only the sync writes the analytics tables, and the sync lock keeps a second sync out: still empty
        await using var tx = await conn.BeginTransactionAsync(ct);
        (long Read, long Copied) copied;
        try
        {
            copied = await CopyAsync(conn, options, map, table, rows, columns, loadTime, direct, watch, ct);
        }
        catch (RepeatedKeyException ex)
        {
            logger.LogInformation("{Table}: {Reason}; loading through the staging table instead", map.Table, ex.Message);
            return null;
        }
        var staging = watch.Elapsed;
        var identity = map.IdentityOrKey;
        if (map.Key.Except(identity).Any()
            && await ScalarAsync(conn, $"select count(*) from (select from {table} group by {Quote.Idents(identity)} having count(*) > 1 limit 1) d", ct) > 0)
        {
            // the same visit on two dates: the staging path keeps its latest row
            logger.LogInformation("{Table}: the source has a {Identity} twice; loading through the staging table instead", map.Table, string.Join(", ", identity));
            return null;
        }

        var months = direct.Months.Order().ToList();
        var created = map.MonthlyPartitionColumn is { } partitioned
            ? await new MonthlyPartitioner(conn, logger).EnsureAsync(target, partitioned, months, options.OwnerRole, ct)
            : [];
        await SetLocalRoleAsync(conn, options.LoaderRole, ct);
        var elsewhere = map.Deletes is { } deletion ? await DeleteElsewhereAsync(conn, deletion, table, ct) : 0;
        var watermark = map.Watermark is { } w && names.Contains(w) ? w : null;
        DateTime? after = before;
        if (watermark is not null)
        {
            var loadedMax = await ScalarOrNullAsync(conn, $"select max({Quote.Ident(watermark)}) from {table}", ct);
            after = full ? loadedMax ?? before : Max(before, loadedMax);
        }
        await StoreWatermarkAsync(conn, map, full, after, copied.Read, copied.Copied + elsewhere, ct);
        await tx.CommitAsync(ct);
        var skipped = copied.Read - copied.Copied;
        if (skipped > 0)
        {
            logger.LogWarning("{Table}: {Count:N0} row(s) without a value in the key ({Key}) were skipped", map.Table, skipped, string.Join(", ", map.Key));
        }
        var result = new TableSyncResult(map.Table, map.View, full, copied.Read, copied.Copied, 0, 0, skipped, elsewhere, before, after, created, TimeSpan.Zero)
        {
            Staging = staging,
            Direct = true,
        };
        return (result, months);
    }

    /// <summary>The table's columns the load writes (in table order, so statements read naturally) and the load-time ones among them.</summary>
    private static (IReadOnlyList<PgColumn> Columns, IReadOnlyList<string> LoadTime) LoadedColumns(ViewMap map, TargetTable target, SourceRows rows)
    {
        var loadTime = map.Columns.Where(c => c.LoadTime && !rows.Columns.Contains(c.Target)).Select(c => c.Target).ToList();
        var loaded = rows.Columns.Concat(loadTime).ToList();
        var missingKey = map.Key.Where(k => !loaded.Contains(k)).ToList();
        if (missingKey.Count > 0)
        {
            throw new SyncException($"{rows.Describe(0)}: the key column(s) {string.Join(", ", missingKey.Select(k => $"\"{k}\""))} of analytics.{map.Table} are missing");
        }
        return (target.Columns.Where(c => loaded.Contains(c.Name)).ToList(), loadTime);
    }

    private static async Task<bool> IsEmptyAsync(NpgsqlConnection conn, string table, CancellationToken ct) =>
        await ScalarAsync(conn, $"select count(*) from (select from {table} limit 1) t", ct) == 0;

    private static async Task<DateTime?> ReadWatermarkAsync(NpgsqlConnection conn, string table, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select watermark from analytics.sync_watermarks where table_name = @t", conn);
        cmd.Parameters.AddWithValue("t", table);
        return await cmd.ExecuteScalarAsync(ct) is DateTime wm ? wm : null;
    }

    private static async Task CreateStageAsync(NpgsqlConnection conn, SyncOptions options, string stage, IReadOnlyList<PgColumn> columns, CancellationToken ct)
    {
        // no constraints: a row without a key is counted and skipped at apply time, not fatal in COPY
        var definition = string.Join(",\n    ", columns.Select(c => $"{Quote.Ident(c.Name)} {c.TypeName}"));
        await AsOwnerAsync(conn, options, $"drop table if exists {stage}; create unlogged table {stage} (\n    {definition}\n)", ct);
    }

    private const int Batch = 1024;

    /// <summary>What the first-load path needs of the COPY: rows without a key value skipped, the months seen.</summary>
    private sealed class DirectCopy(int[] keyPositions, int monthPosition)
    {
        public HashSet<DateTime> Months { get; } = [];

        /// <summary>Source row numbers (1-based, ascending) that were skipped for lack of a key value.</summary>
        public List<long> Skipped { get; } = [];

        /// <summary>Whether the converted row goes to the table (it has every key value); notes its month.</summary>
        public bool Accept(object?[] row, long sourceRow)
        {
            foreach (var k in keyPositions)
            {
                if (row[k] is null)
                {
                    Skipped.Add(sourceRow);
                    return false;
                }
            }
            if (monthPosition >= 0)
            {
                switch (row[monthPosition])
                {
                    case DateTime t:
                        Months.Add(new DateTime(t.Year, t.Month, 1));
                        break;
                    case DateOnly d:
                        Months.Add(new DateTime(d.Year, d.Month, 1));
                        break;
                }
            }
            return true;
        }

        /// <summary>The source row of the n-th row COPY received.</summary>
        public long SourceRow(long copied)
        {
            var row = copied;
            foreach (var skipped in Skipped)
            {
                if (skipped <= row) row++;
                else break;
            }
            return row;
        }
    }

    /// <summary>The source repeats a key: the first-load path gives way to the staging path.</summary>
    private sealed class RepeatedKeyException(string message) : Exception(message);

    /// <summary>
    /// Streams the source into <paramref name="relation"/> (the staging table, or the empty table itself on a first
    /// load). Reading and converting (a producer task) overlap with the COPY writes (this method) through a small
    /// bounded channel, so at most a few thousand rows are in memory. Returns the rows read and the rows copied.
    /// </summary>
    private async Task<(long Read, long Copied)> CopyAsync(NpgsqlConnection conn, SyncOptions options, ViewMap map, string relation, SourceRows rows,
        IReadOnlyList<PgColumn> columns, IReadOnlyList<string> loadTime, DirectCopy? direct, Stopwatch watch, CancellationToken ct)
    {
        // source position of each target column; load-time columns get the load time
        var names = rows.Columns.ToList();
        var position = columns.Select(c => names.IndexOf(c.Name)).ToArray();
        var loadValue = PgValueConverter.Convert(options.LoadTime, new PgColumn("load time", "timestamp", PgKind.Timestamp, null));
        var channel = Channel.CreateBounded<object?[][]>(new BoundedChannelOptions(8) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        long read = 0;

        var producer = Task.Run(async () =>
        {
            try
            {
                var batch = new object?[Batch][];
                var filled = 0;
                long n = 0;
                await foreach (var row in rows.Rows.WithCancellation(stop.Token))
                {
                    n++;
                    var converted = new object?[columns.Count];
                    for (var i = 0; i < converted.Length; i++)
                    {
                        if (position[i] < 0)
                        {
                            converted[i] = loadValue;
                            continue;
                        }
                        if (row[position[i]] is not { } value) continue;
                        try
                        {
                            converted[i] = PgValueConverter.Convert(value, columns[i]);
                        }
                        catch (FormatException ex)
                        {
                            throw new SyncException($"{map.View} -> analytics.{map.Table}: {rows.Describe(n)}, column \"{columns[i].Name}\": {ex.Message}");
                        }
                    }
                    if (direct is not null && !direct.Accept(converted, n)) continue;
                    batch[filled++] = converted;
                    if (filled == Batch)
                    {
                        await channel.Writer.WriteAsync(batch, stop.Token);
                        batch = new object?[Batch][];
                        filled = 0;
                    }
                }
                if (filled > 0) await channel.Writer.WriteAsync(batch[..filled], stop.Token);
                Interlocked.Exchange(ref read, n);
                channel.Writer.Complete();
            }
            catch (Exception ex)
            {
                channel.Writer.TryComplete(ex);
                throw;
            }
        }, stop.Token);

        long count = 0;
        var nextReport = options.ProgressInterval;
        Exception? writeError = null;
        try
        {
            await using var importer = await conn.BeginBinaryImportAsync($"copy {relation} ({Quote.Idents(columns.Select(c => c.Name))}) from stdin (format binary)", ct);
            var types = columns.Select(c => c.DbType).ToArray();
            await foreach (var batch in channel.Reader.ReadAllAsync(stop.Token))
            {
                foreach (var row in batch)
                {
                    count++;
                    await importer.StartRowAsync(ct);
                    for (var i = 0; i < row.Length; i++)
                    {
                        if (row[i] is { } value) await WriteTypedAsync(importer, value, types[i], ct);
                        else await importer.WriteNullAsync(ct);
                    }
                }
                if (watch.Elapsed >= nextReport)
                {
                    logger.LogInformation("{Table}: {Rows:N0} row(s) read ({Rate:N0} rows/s)", map.Table, count, count / watch.Elapsed.TotalSeconds);
                    nextReport = watch.Elapsed + options.ProgressInterval;
                }
            }
            await importer.CompleteAsync(ct);
        }
        catch (Exception ex)
        {
            writeError = ex;
            await stop.CancelAsync();
        }

        Exception? readError = null;
        try
        {
            await producer;
        }
        catch (Exception ex)
        {
            readError = ex;
        }
        // the first real failure wins: the reader's (source, conversion), else the writer's, else a cancellation
        if (readError is not null and not OperationCanceledException) ExceptionDispatchInfo.Throw(readError);
        if (writeError is PostgresException pg)
        {
            if (direct is not null && pg.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                throw new RepeatedKeyException($"the source has a key ({string.Join(", ", map.Key)}) twice ({pg.Detail ?? pg.MessageText})");
            }
            var where = CopyWhere().Match(pg.Where ?? "");
            var at = where.Success && long.TryParse(where.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                ? rows.Describe(direct?.SourceRow(n) ?? n)
                : "";
            var column = where.Success && where.Groups[2].Success ? $", column \"{where.Groups[2].Value.Trim()}\"" : "";
            throw new SyncException($"{map.View} -> analytics.{map.Table}: {at}{column}: {pg.MessageText}");
        }
        if (writeError is not null) ExceptionDispatchInfo.Throw(writeError);
        if (readError is not null) ExceptionDispatchInfo.Throw(readError);
        return (Interlocked.Read(ref read), count);
    }

    /// <summary>A typed write: Npgsql resolves its converter once per type instead of once per boxed value.</summary>
    private static Task WriteTypedAsync(NpgsqlBinaryImporter importer, object value, NpgsqlTypes.NpgsqlDbType type, CancellationToken ct) => value switch
    {
        string s => importer.WriteAsync(s, type, ct),
        long l => importer.WriteAsync(l, type, ct),
        decimal d => importer.WriteAsync(d, type, ct),
        DateTime t => importer.WriteAsync(t, type, ct),
        bool b => importer.WriteAsync(b, type, ct),
        double f => importer.WriteAsync(f, type, ct),
        int i => importer.WriteAsync(i, type, ct),
        _ => importer.WriteAsync(value, type, ct),
    };

    private async Task<TableSyncResult> ApplyAsync(NpgsqlConnection conn, ViewMap map, TargetTable target, SyncOptions options, bool full,
        DateTime? before, string stage, IReadOnlyList<PgColumn> columns, long staged, CancellationToken ct)
    {
        var table = target.Qualified;
        var names = columns.Select(c => c.Name).ToList();
        var key = map.Key;
        var identity = map.IdentityOrKey;
        var watermark = map.Watermark is { } w && names.Contains(w) ? w : null;
        var keyNotNull = key.Count == 0 ? "true" : string.Join(" and ", key.Select(k => $"{Quote.Ident(k)} is not null"));
        var latestFirst = watermark is null ? "" : $", {Quote.Ident(watermark)} desc nulls last";
        // a source row twice (views do not enforce keys; a row updated during the read): keep the latest. Checking
        // first spares the usual case a sort of the whole, wide staging table.
        var duplicates = key.Count > 0 && await ScalarAsync(conn,
            $"select count(*) from (select from {stage} where {keyNotNull} group by {Quote.Idents(identity)} having count(*) > 1) d", ct) > 0;
        var deduped = key.Count == 0 || !duplicates
            ? $"select {Quote.Idents(names)} from {stage}{(key.Count == 0 ? "" : $" where {keyNotNull}")}"
            : $"select distinct on ({Quote.Idents(identity)}) {Quote.Idents(names)} from {stage} where {keyNotNull} order by {Quote.Idents(identity)}{latestFirst}";

        await using var tx = await conn.BeginTransactionAsync(ct);
        var created = map.MonthlyPartitionColumn is { } partitionColumn
            ? await new MonthlyPartitioner(conn, logger).EnsureAsync(target, partitionColumn, stage, options.OwnerRole, ct)
            : [];
        // back to the loader after the partition DDL (set local ends with the transaction)
        await SetLocalRoleAsync(conn, options.LoaderRole, ct);

        long deleted = 0, inserted = 0, updated = 0, elsewhere = 0, eligible = staged;
        if (key.Count == 0)
        {
            deleted = await ExecAsync(conn, $"delete from {table}", ct);
            inserted = await ExecAsync(conn, $"insert into {table} ({Quote.Idents(names)}) {deduped}", ct);
        }
        else
        {
            eligible = await ScalarAsync(conn, $"select count(*) from {stage} where {keyNotNull}", ct);
            // a first load skips every join against the (empty) table
            var targetEmpty = await ScalarAsync(conn, $"select count(*) from (select from {table} limit 1) t", ct) == 0;
            if (full && !targetEmpty)
            {
                // the source is complete: what it lacks is gone
                var match = string.Join(" and ", key.Select(k => $"s.{Quote.Ident(k)} = t.{Quote.Ident(k)}"));
                deleted += await ExecAsync(conn, $"delete from {table} as t where not exists (select from {stage} as s where {match})", ct);
            }
            var rest = key.Except(identity).ToList();
            if (rest.Count > 0 && !targetEmpty)
            {
                // the same visit with another date: it moves (its old row goes, the insert below adds the new one)
                var same = string.Join(" and ", identity.Select(k => $"t.{Quote.Ident(k)} = s.{Quote.Ident(k)}"));
                var moved = string.Join(" or ", rest.Select(k => $"t.{Quote.Ident(k)} is distinct from s.{Quote.Ident(k)}"));
                var latest = duplicates
                    ? $"select distinct on ({Quote.Idents(identity)}) {Quote.Idents(key)} from {stage} where {keyNotNull} order by {Quote.Idents(identity)}{latestFirst}"
                    : $"select {Quote.Idents(key)} from {stage} where {keyNotNull}";
                deleted += await ExecAsync(conn, $"delete from {table} as t using ({latest}) as s where {same} and ({moved})", ct);
            }
            // update what differs, then insert what is new: plain inserts (no speculative ON CONFLICT insertion),
            // and exact counts (RETURNING xmax, which would tell the two apart, is not available on partitioned tables).
            // Only the sync writes analytics tables (sync lock), so nothing can slip in between the two statements.
            var values = names.Except(key).ToList();
            var compared = values.Where(n => !map.Column(n).LoadTime).ToList();
            var byKey = string.Join(" and ", key.Select(k => $"t.{Quote.Ident(k)} = s.{Quote.Ident(k)}"));
            if (!targetEmpty && compared.Count > 0)
            {
                updated = await ExecAsync(conn,
                    $"with src as ({deduped}) update {table} as t set {string.Join(", ", values.Select(n => $"{Quote.Ident(n)} = s.{Quote.Ident(n)}"))} " +
                    $"from src as s where {byKey} and ({Quote.Idents(compared, "t.")}) is distinct from ({Quote.Idents(compared, "s.")})", ct);
            }
            inserted = await ExecAsync(conn,
                $"with src as ({deduped}) insert into {table} ({Quote.Idents(names)}) select {Quote.Idents(names, "s.")} from src as s" +
                (targetEmpty ? "" : $" where not exists (select from {table} as t where {byKey})"), ct);
        }

        if (map.Deletes is { } deletion) elsewhere = await DeleteElsewhereAsync(conn, deletion, stage, ct);

        DateTime? after = before;
        if (watermark is not null)
        {
            var loadedMax = await ScalarOrNullAsync(conn, $"select max({Quote.Ident(watermark)}) from {stage}", ct);
            after = full ? loadedMax ?? before : Max(before, loadedMax);
        }
        await StoreWatermarkAsync(conn, map, full, after, staged, inserted + updated + deleted + elsewhere, ct);
        await tx.CommitAsync(ct);
        if (staged - eligible > 0)
        {
            logger.LogWarning("{Table}: {Count:N0} row(s) without a value in the key ({Key}) were skipped", map.Table, staged - eligible, string.Join(", ", key));
        }
        return new TableSyncResult(map.Table, map.View, full, staged, inserted, updated, deleted, staged - eligible, elsewhere, before, after, created, TimeSpan.Zero);
    }

    /// <summary>Deletes the visits <paramref name="loaded"/> lists from the table the deletion names (unless restored later).</summary>
    private static async Task<long> DeleteElsewhereAsync(NpgsqlConnection conn, VisitDeletion deletion, string loaded, CancellationToken ct)
    {
        var other = $"analytics.{Quote.Ident(deletion.Table)}";
        var m = Quote.Ident(deletion.Match);
        var u = Quote.Ident(deletion.UpdatedAt);
        // a visit restored after its deletion (updated later in the visit view) stays
        return await ExecAsync(conn,
            $"delete from {other} as c using {loaded} as s where c.{m} = s.{m} and (c.{u} is null or s.{u} is null or c.{u} <= s.{u})", ct);
    }

    private async Task StoreWatermarkAsync(NpgsqlConnection conn, ViewMap map, bool full, DateTime? after, long staged, long changed, CancellationToken ct)
    {
        await using var mark = new NpgsqlCommand(
            """
            insert into analytics.sync_watermarks (table_name, source_view, watermark, rows_staged, rows_changed, full_reload, source, synced_at)
            values (@table, @view, @watermark, @staged, @changed, @full, @source, @at)
            on conflict (table_name) do update set
                source_view = excluded.source_view,
                watermark = excluded.watermark,
                rows_staged = excluded.rows_staged,
                rows_changed = excluded.rows_changed,
                full_reload = excluded.full_reload,
                source = excluded.source,
                synced_at = excluded.synced_at
            """, conn);
        mark.Parameters.AddWithValue("table", map.Table);
        mark.Parameters.AddWithValue("view", map.View);
        mark.Parameters.AddWithValue("watermark", NpgsqlTypes.NpgsqlDbType.Timestamp, (object?)after ?? DBNull.Value);
        mark.Parameters.AddWithValue("staged", staged);
        mark.Parameters.AddWithValue("changed", changed);
        mark.Parameters.AddWithValue("full", full);
        mark.Parameters.AddWithValue("source", source.Name);
        mark.Parameters.AddWithValue("at", NpgsqlTypes.NpgsqlDbType.Timestamp, DateTime.SpecifyKind(DateTime.UtcNow, DateTimeKind.Unspecified));
        await mark.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// ANALYZE what the load changed: the months it touched (<paramref name="months"/>) of a partitioned table (the whole
    /// table the first time), else the table.
    /// </summary>
    private static async Task AnalyzeAsync(NpgsqlConnection conn, ViewMap map, TargetTable target, SyncOptions options, IReadOnlyList<DateTime> months, CancellationToken ct)
    {
        var relations = new List<string>();
        if (target.Partitioned && map.MonthlyPartitionColumn is not null)
        {
            var neverAnalyzed = await ScalarAsync(conn, $"select count(*) from pg_class where oid = '{target.Qualified}'::regclass and reltuples < 0", ct) > 0;
            if (neverAnalyzed)
            {
                relations.Add(target.Name);
            }
            else
            {
                relations.AddRange(months.Select(m => $"{target.Name}_p{m:yyyyMM}"));
                relations.Add($"{target.Name}_default");
            }
            if (map.Deletes is { } deletion) relations.Add(deletion.Table);
        }
        else
        {
            relations.Add(target.Name);
        }
        // the relations that exist (a month may have been created by another load), in one statement as the owner
        var existing = new List<string>();
        await using (var exists = new NpgsqlCommand("select r from unnest(@r) as r where to_regclass(r) is not null", conn))
        {
            exists.Parameters.AddWithValue("r", relations.Select(r => $"analytics.{Quote.Ident(r)}").ToArray());
            await using var reader = await exists.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) existing.Add(reader.GetString(0));
        }
        if (existing.Count > 0) await AsOwnerAsync(conn, options, $"analyze {string.Join(", ", existing)}", ct);
    }

    /// <summary>Drops the staging table: on the load's connection when it is still usable, else on a new one.</summary>
    private async Task DropStageAsync(NpgsqlConnection conn, SyncOptions options, string stage)
    {
        var drop = $"drop table if exists {stage}";
        if (conn.FullState == System.Data.ConnectionState.Open)
        {
            try
            {
                await AsOwnerAsync(conn, options, drop, CancellationToken.None);
                return;
            }
            catch (NpgsqlException)
            {
                // the connection broke with the load; try a fresh one
            }
        }
        try
        {
            await using var fresh = new NpgsqlConnection(connectionString);
            await fresh.OpenAsync(CancellationToken.None);
            await SetRoleAsync(fresh, options.OwnerRole, CancellationToken.None);
            await ExecAsync(fresh, drop, CancellationToken.None);
        }
        catch (NpgsqlException ex)
        {
            logger.LogWarning("could not drop the staging table {Stage}: {Message} (the next sync drops it)", stage, ex.Message);
        }
    }

    private static DateTime? Max(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a > b ? a : b;

    /// <summary>Runs one statement as the owner role, then returns to the loader role.</summary>
    private static async Task AsOwnerAsync(NpgsqlConnection conn, SyncOptions options, string sql, CancellationToken ct)
    {
        if (options.OwnerRole is null)
        {
            await ExecAsync(conn, sql, ct);
            return;
        }
        var back = options.LoaderRole is null ? "reset role" : $"set role {Quote.Ident(options.LoaderRole)}";
        try
        {
            // one round trip: switch, run, switch back
            await ExecAsync(conn, $"set role {Quote.Ident(options.OwnerRole)}; {sql}; {back}", ct);
        }
        catch
        {
            if (conn.State == System.Data.ConnectionState.Open) await ExecAsync(conn, back, CancellationToken.None);
            throw;
        }
    }

    private static async Task SetRoleAsync(NpgsqlConnection conn, string? role, CancellationToken ct)
    {
        if (role is not null) await ExecAsync(conn, $"set role {Quote.Ident(role)}", ct);
    }

    private static async Task SetLocalRoleAsync(NpgsqlConnection conn, string? role, CancellationToken ct)
    {
        if (role is not null) await ExecAsync(conn, $"set local role {Quote.Ident(role)}", ct);
    }

    private static async Task<long> ExecAsync(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private static async Task<DateTime?> ScalarOrNullAsync(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        return await cmd.ExecuteScalarAsync(ct) is DateTime d ? d : null;
    }
}
