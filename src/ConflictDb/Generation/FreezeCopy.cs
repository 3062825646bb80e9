using Npgsql;

namespace ConflictDb.Generation;

/// <summary>
/// Binary COPY ... (freeze) into an empty analytics table, or month by month into the partitions of a visit
/// fact: each target is truncated and loaded in one transaction, so its rows are written frozen and
/// all-visible (no VACUUM pass afterwards, and the first night does not set hint bits on every page).
/// </summary>
public sealed class FreezeCopy(string connectionString, string table, string columns, bool monthly) : IAsyncDisposable
{
    private NpgsqlConnection? _conn;
    private NpgsqlTransaction? _tx;
    private NpgsqlBinaryImporter? _importer;
    private string? _target;

    public long Rows { get; private set; }

    /// <summary>The importer for the table, or for the partition that holds <paramref name="day"/>.</summary>
    public async ValueTask<NpgsqlBinaryImporter> ForDayAsync(DateTime day, CancellationToken ct)
    {
        var target = monthly ? $"{table}_p{day:yyyyMM}" : table;
        if (target == _target && _importer is not null) return _importer;
        await FinishAsync(ct);
        if (_conn is null)
        {
            _conn = new NpgsqlConnection(connectionString);
            await _conn.OpenAsync(ct);
        }
        _tx = await _conn.BeginTransactionAsync(ct);
        await using (var truncate = new NpgsqlCommand($"truncate table analytics.{target}", _conn, _tx))
        {
            await truncate.ExecuteNonQueryAsync(ct);
        }
        _importer = await _conn.BeginBinaryImportAsync($"copy analytics.{target} ({columns}) from stdin (format binary, freeze)", ct);
        _target = target;
        return _importer;
    }

    /// <summary>Completes the current target's COPY and commits it.</summary>
    public async Task FinishAsync(CancellationToken ct)
    {
        if (_importer is null) return;
        Rows += (long)await _importer.CompleteAsync(ct);
        await _importer.DisposeAsync();
        _importer = null;
        await _tx!.CommitAsync(ct);
        await _tx.DisposeAsync();
        _tx = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_importer is not null) await _importer.DisposeAsync();
        if (_tx is not null) await _tx.DisposeAsync();
        if (_conn is not null) await _conn.DisposeAsync();
    }
}
