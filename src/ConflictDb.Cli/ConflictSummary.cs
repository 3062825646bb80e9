using Npgsql;

namespace ConflictDb.Cli;

/// <summary>Conflict pairs by type after a night: how many conflictvisitmaps rows carry each rule's flag.</summary>
public static class ConflictSummary
{
    public static readonly IReadOnlyList<(string Flag, string Label)> Types =
    [
        ("SameSchTimeFlag", "same schedule time"),
        ("SameVisitTimeFlag", "same visit time"),
        ("SchAndVisitTimeSameFlag", "schedule and visit time the same"),
        ("SchOverAnotherSchTimeFlag", "schedule over another schedule"),
        ("VisitTimeOverAnotherVisitTimeFlag", "visit over another visit"),
        ("SchTimeOverVisitTimeFlag", "schedule over visit"),
        ("DistanceFlag", "too far to travel in the gap"),
        ("InServiceFlag", "during in-service"),
        ("PTOFlag", "during time off"),
    ];

    public static async Task<Dictionary<string, long>> ReadAsync(string connectionString, CancellationToken ct)
    {
        var select = string.Join(", ", Types.Select(t => $"count(*) filter (where \"{t.Flag}\" = 'Y')"));
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(
            $"select count(*), count(distinct \"CONFLICTID\"), {select} from conflict.conflictvisitmaps", conn);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var result = new Dictionary<string, long> { ["pairs"] = reader.GetInt64(0), ["conflicts"] = reader.GetInt64(1) };
        for (var i = 0; i < Types.Count; i++) result[Types[i].Flag] = reader.GetInt64(i + 2);
        return result;
    }

    public static void Write(TextWriter output, IReadOnlyDictionary<string, long> summary)
    {
        output.WriteLine($"conflicts: {summary["conflicts"]} conflict id(s) over {summary["pairs"]} visit pair(s)");
        foreach (var (flag, label) in Types) output.WriteLine($"  {label,-34} {summary[flag],8}");
    }
}
