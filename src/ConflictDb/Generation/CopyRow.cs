using Npgsql;
using NpgsqlTypes;

namespace ConflictDb.Generation;

/// <summary>Typed, NULL-aware writes of one binary COPY row.</summary>
public readonly struct CopyRow(NpgsqlBinaryImporter importer, CancellationToken ct)
{
    public ValueTask Text(string? value) => value is null ? new ValueTask(importer.WriteNullAsync(ct)) : new ValueTask(importer.WriteAsync(value, NpgsqlDbType.Text, ct));

    public ValueTask Long(long? value) => value is { } v ? new ValueTask(importer.WriteAsync(v, NpgsqlDbType.Bigint, ct)) : new ValueTask(importer.WriteNullAsync(ct));

    public ValueTask Timestamp(DateTime? value) => value is { } v ? new ValueTask(importer.WriteAsync(v, NpgsqlDbType.Timestamp, ct)) : new ValueTask(importer.WriteNullAsync(ct));

    public ValueTask Numeric(decimal? value) => value is { } v ? new ValueTask(importer.WriteAsync(v, NpgsqlDbType.Numeric, ct)) : new ValueTask(importer.WriteNullAsync(ct));

    public ValueTask Bool(bool? value) => value is { } v ? new ValueTask(importer.WriteAsync(v, NpgsqlDbType.Boolean, ct)) : new ValueTask(importer.WriteNullAsync(ct));

    public ValueTask Double(double? value) => value is { } v ? new ValueTask(importer.WriteAsync(v, NpgsqlDbType.Double, ct)) : new ValueTask(importer.WriteNullAsync(ct));
}
