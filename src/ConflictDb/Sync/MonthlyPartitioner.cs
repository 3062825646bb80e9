using System.Globalization;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ConflictDb.Sync;

/// <summary>
/// Creates the monthly partitions (&lt;table&gt;_pYYYYMM) a load needs before it inserts, inside the load's transaction
/// and as the owner role (db/analytics/README.md, "Partitions of the visit facts"): a plain
/// <c>create table ... partition of</c>, or, when the default partition already holds rows of that month, the
/// README's recipe (create standalone, move the rows out of the default partition, attach).
/// </summary>
public sealed class MonthlyPartitioner(NpgsqlConnection conn, ILogger logger)
{
    /// <summary>The months of the rows of <paramref name="stage"/> (a staging table about to be inserted).</summary>
    public async Task<IReadOnlyList<string>> EnsureAsync(TargetTable target, string column, string stage, string? ownerRole, CancellationToken ct)
    {
        var months = new List<DateTime>();
        await using (var cmd = new NpgsqlCommand(
            $"select distinct date_trunc('month', {Quote.Ident(column)}) from {stage} where {Quote.Ident(column)} is not null order by 1", conn))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) months.Add(reader.GetDateTime(0));
        }
        return await EnsureAsync(target, column, months, ownerRole, ct);
    }

    /// <summary>
    /// The given months (first days). Rows of a missing month already in the table (a first load copies straight into
    /// it, so they sit in the default partition) move into the month's new partition.
    /// </summary>
    public async Task<IReadOnlyList<string>> EnsureAsync(TargetTable target, string column, IReadOnlyList<DateTime> months, string? ownerRole, CancellationToken ct)
    {
        var created = new List<string>();
        var missing = new List<DateTime>();
        foreach (var month in months)
        {
            if (!await ExistsAsync($"{target.Name}_p{month:yyyyMM}", ct)) missing.Add(month);
        }
        if (missing.Count == 0) return created;

        if (ownerRole is not null) await Exec($"set local role {Quote.Ident(ownerRole)}", ct);
        var parent = target.Qualified;
        var defaultPartition = $"analytics.{Quote.Ident(target.Name + "_default")}";
        var hasDefault = await ExistsAsync(target.Name + "_default", ct);
        foreach (var month in missing)
        {
            var name = $"{target.Name}_p{month:yyyyMM}";
            var partition = $"analytics.{Quote.Ident(name)}";
            var from = month.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var to = month.AddMonths(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var bounds = $"for values from ('{from}') to ('{to}')";
            var inDefault = hasDefault && await ScalarAsync(
                $"select exists (select from {defaultPartition} where {Quote.Ident(column)} >= '{from}' and {Quote.Ident(column)} < '{to}')", ct);
            if (inDefault)
            {
                // the month's rows landed in the default partition before the month existed: move them into it
                await Exec($"create table {partition} (like {parent} including defaults including constraints)", ct);
                await Exec(
                    $"with moved as (delete from {defaultPartition} where {Quote.Ident(column)} >= '{from}' and {Quote.Ident(column)} < '{to}' returning *) " +
                    $"insert into {partition} select * from moved", ct);
                await Exec($"alter table {parent} attach partition {partition} {bounds}", ct);
                logger.LogInformation("created partition {Partition} and moved its rows out of {Default}", name, target.Name + "_default");
            }
            else
            {
                await Exec($"create table {partition} partition of {parent} {bounds}", ct);
                logger.LogInformation("created partition {Partition}", name);
            }
            created.Add(name);
        }
        return created;
    }

    private async Task<bool> ExistsAsync(string relation, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select to_regclass(@r) is not null", conn);
        cmd.Parameters.AddWithValue("r", $"analytics.{Quote.Ident(relation)}");
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }

    private async Task<bool> ScalarAsync(string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }

    private async Task Exec(string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
