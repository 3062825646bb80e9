using System.Globalization;
using Npgsql;

namespace ConflictDb.Generation;

/// <summary>
/// Creates the missing monthly partitions of both visit facts for a range of days, the way the sync must
/// before it loads (db/analytics/README.md, "New months"): as conflictdb_owner, create if not exists.
/// </summary>
public static class MonthlyPartitions
{
    public static readonly IReadOnlyList<string> VisitFacts = ["factvisitcallperformance_cr", "factvisitcallperformance_deleted_cr"];

    /// <summary>Returns the partitions it created ("table_pYYYYMM").</summary>
    public static async Task<IReadOnlyList<string>> EnsureAsync(NpgsqlConnection conn, DateTime firstDay, DateTime lastDay, CancellationToken ct)
    {
        var created = new List<string>();
        await Exec(conn, "set role conflictdb_owner", ct);
        try
        {
            for (var month = new DateTime(firstDay.Year, firstDay.Month, 1); month <= lastDay; month = month.AddMonths(1))
            {
                foreach (var parent in VisitFacts)
                {
                    var name = $"{parent}_p{month:yyyyMM}";
                    if (await ExistsAsync(conn, name, ct)) continue;
                    var from = month.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    var to = month.AddMonths(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    try
                    {
                        await Exec(conn, $"create table if not exists analytics.{name} partition of analytics.{parent} for values from ('{from}') to ('{to}')", ct);
                    }
                    catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.CheckViolation)
                    {
                        throw new ConflictDbException(
                            $"cannot create partition analytics.{name}: analytics.{parent}_default already holds rows of {month:yyyy-MM} ({ex.MessageText}). " +
                            "Move them into the new month as described in db/analytics/README.md (\"When the default partition already holds rows\"), then generate again.");
                    }
                    created.Add(name);
                }
            }
        }
        finally
        {
            await Exec(conn, "reset role", CancellationToken.None);
        }
        return created;
    }

    private static async Task<bool> ExistsAsync(NpgsqlConnection conn, string name, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select to_regclass(@name) is not null", conn);
        cmd.Parameters.AddWithValue("name", $"analytics.{name}");
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }

    private static async Task Exec(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
