using System.Globalization;
using System.Text.RegularExpressions;

namespace ConflictDb.Parity;

/// <summary>A value that differs: table, row key, column, expected, actual (NULL shown as NULL).</summary>
public sealed record Difference(string Table, string Key, string Column, string? Expected, string? Actual)
{
    public override string ToString() => $"{Table} {Key} {Column}: expected {Show(Expected)}, actual {Show(Actual)}";

    private static string Show(string? v) => v is null ? "NULL" : $"'{v}'";
}

/// <summary>Outcome of one table: rows matched, missing (expected only), extra (actual only), differing, and the differences.</summary>
public sealed record TableComparison(string Table, int Matched, int Missing, int Extra, int Differing, IReadOnlyList<Difference> Differences)
{
    public bool Same => Missing == 0 && Extra == 0 && Differing == 0;
}

/// <summary>Rows of a table as text (NULL as null) under their column names.</summary>
public sealed record TableRows(IReadOnlyList<string> Columns, IReadOnlyList<string?[]> Rows);

/// <summary>
/// Compares a table's expected rows with the actual ones per ../shared/spec/parity-cases.md: rows matched on the
/// table's natural key (or as a multiset of whole rows when it has none, or it is not unique in the expected rows),
/// ignored columns skipped, integers and text exact, non-integer numbers within the tolerance, timestamps and
/// booleans by value, NULL never equal to the empty string. Surrogate ids named in <see cref="IdRenaming"/> are
/// compared up to one consistent renaming across the whole case.
/// </summary>
public sealed partial class TableComparer(decimal tolerance, IdRenaming? renaming = null, int maxDifferences = 50)
{
    /// <summary>The oracle's natural keys (oracle lib/engine.mjs NATURAL_KEYS).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> NaturalKeys = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["CONFLICTVISITMAPS"] = ["VisitID", "ConVisitID"],
        ["CONFLICTVISITMAPS_TEMP"] = ["VisitID", "ConVisitID"],
        ["CONFLICTS"] = ["CONFLICTID"],
        ["NOTIFICATIONS"] = ["CONFLICTID", "ProviderID", "NotificationType"],
        ["CONFLICT_COMMU_INTERS"] = ["ReverseUUID", "CONFLICTID"],
        ["PAYER_PROVIDER_REMINDERS"] = ["PayerID", "ProviderID"],
        ["LOG_HISTORY_VALUES"] = ["VisitID", "LogID"],
        ["SETTINGS"] = ["ID"],
        ["MPH"] = ["From", "To"],
        ["LOG_FIELDS"] = ["ID"],
    };

    [GeneratedRegex(@"^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$")]
    private static partial Regex Decimal();

    [GeneratedRegex(@"^[-+]?\d+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d+)?$")]
    private static partial Regex Timestamp();

    public TableComparison Compare(string table, TableRows expected, TableRows actual, IReadOnlyCollection<string> ignore)
    {
        var differences = new List<Difference>();
        var columns = expected.Columns.Where(c => !ignore.Contains(c)).ToList();
        var missingColumns = columns.Where(c => !actual.Columns.Contains(c)).ToList();
        if (missingColumns.Count > 0)
        {
            return new TableComparison(table, 0, expected.Rows.Count, 0, 0,
                missingColumns.Select(c => new Difference(table, "-", c, "column present", "column missing")).ToList());
        }
        var e = Project(expected, columns);
        var a = Project(actual, columns);

        var key = (NaturalKeys.TryGetValue(table, out var k) ? k : []).Where(columns.Contains).ToArray();
        var keyIndexes = key.Select(c => columns.IndexOf(c)).ToArray();
        string KeyOf(string?[] row, bool translate) =>
            "(" + string.Join(", ", keyIndexes.Select(i => Show(translate ? Translate(columns[i], row[i]) : row[i]))) + ")";
        if (key.Length > 0 && e.Select(r => KeyOf(r, false)).Distinct().Count() != e.Count) key = [];

        return key.Length > 0
            ? CompareByKey(table, columns, e, a, r => KeyOf(r, true), r => KeyOf(r, false), differences)
            : CompareAsMultiset(table, columns, e, a, differences);
    }

    private TableComparison CompareByKey(string table, List<string> columns, List<string?[]> e, List<string?[]> a,
        Func<string?[], string> expectedKey, Func<string?[], string> actualKey, List<Difference> differences)
    {
        var byKey = new Dictionary<string, string?[]>();
        var extra = 0;
        foreach (var row in a)
        {
            if (!byKey.TryAdd(actualKey(row), row))
            {
                extra++;
                Add(differences, new Difference(table, actualKey(row), "*", "one row", "duplicate key"));
            }
        }
        int matched = 0, missing = 0, differing = 0;
        foreach (var row in e)
        {
            var k = expectedKey(row);
            if (!byKey.Remove(k, out var other))
            {
                missing++;
                Add(differences, new Difference(table, k, "*", "row", "missing"));
                continue;
            }
            var same = true;
            for (var i = 0; i < columns.Count; i++)
            {
                if (Same(columns[i], row[i], other[i])) continue;
                same = false;
                Add(differences, new Difference(table, k, columns[i], row[i], other[i]));
            }
            if (same) matched++;
            else differing++;
        }
        foreach (var k in byKey.Keys.Order(StringComparer.Ordinal))
        {
            extra++;
            Add(differences, new Difference(table, k, "*", "absent", "extra row"));
        }
        return new TableComparison(table, matched, missing, extra, differing, differences);
    }

    private TableComparison CompareAsMultiset(string table, List<string> columns, List<string?[]> e, List<string?[]> a, List<Difference> differences)
    {
        var pool = a.ToList();
        int matched = 0, missing = 0;
        foreach (var row in e)
        {
            var i = pool.FindIndex(x => Enumerable.Range(0, columns.Count).All(c => Same(columns[c], row[c], x[c])));
            if (i >= 0)
            {
                pool.RemoveAt(i);
                matched++;
                continue;
            }
            missing++;
            Add(differences, new Difference(table, RowText(row), "*", "row", "missing"));
        }
        foreach (var row in pool) Add(differences, new Difference(table, RowText(row), "*", "absent", "extra row"));
        return new TableComparison(table, matched, missing, pool.Count, 0, differences);
    }

    private void Add(List<Difference> differences, Difference d)
    {
        if (differences.Count < maxDifferences) differences.Add(d);
    }

    private static List<string?[]> Project(TableRows rows, List<string> columns)
    {
        var idx = columns.Select(c => rows.Columns.ToList().IndexOf(c)).ToArray();
        return rows.Rows.Select(r => idx.Select(i => r[i]).ToArray()).ToList();
    }

    private string? Translate(string column, string? expected) =>
        renaming is not null && renaming.Covers(column) && expected is not null && renaming.TryMap(column, expected, out var mapped) ? mapped : expected;

    private bool Same(string column, string? expected, string? actual)
    {
        if (renaming is not null && renaming.Covers(column)) return renaming.Match(column, expected, actual);
        return SameValue(expected, actual, tolerance);
    }

    /// <summary>The value rules of the spec (and the oracle's compare).</summary>
    public static bool SameValue(string? expected, string? actual, decimal tolerance)
    {
        if (expected == actual) return true;
        if (expected is null || actual is null) return false;
        if (Decimal().IsMatch(expected) && Decimal().IsMatch(actual))
        {
            if (Integer().IsMatch(expected) && Integer().IsMatch(actual))
            {
                return System.Numerics.BigInteger.Parse(expected, CultureInfo.InvariantCulture) == System.Numerics.BigInteger.Parse(actual, CultureInfo.InvariantCulture);
            }
            var x = double.Parse(expected, CultureInfo.InvariantCulture);
            var y = double.Parse(actual, CultureInfo.InvariantCulture);
            return Math.Abs(x - y) <= (double)tolerance;
        }
        if (Timestamp().IsMatch(expected) && Timestamp().IsMatch(actual))
        {
            return DateTime.Parse(expected.Replace(' ', 'T'), CultureInfo.InvariantCulture) == DateTime.Parse(actual.Replace(' ', 'T'), CultureInfo.InvariantCulture);
        }
        if (expected is "true" or "false" && actual.ToLowerInvariant() is "true" or "false" or "t" or "f")
        {
            return expected[0] == char.ToLowerInvariant(actual[0]);
        }
        return false;
    }

    private static string Show(string? v) => v ?? "NULL";

    private static string RowText(string?[] row)
    {
        var text = string.Join(",", row.Select(Show));
        return text.Length > 200 ? text[..200] + "…" : text;
    }
}

/// <summary>
/// A consistent one-to-one renaming of surrogate ids (e.g. CONFLICTID, GroupID) across every table of a case:
/// the first pairing of an expected id with an actual id fixes it; any later contradiction is a difference.
/// </summary>
public sealed class IdRenaming(IEnumerable<string> columns)
{
    private readonly HashSet<string> _columns = new(columns, StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string>> _forward = new();
    private readonly Dictionary<string, Dictionary<string, string>> _backward = new();

    public bool Covers(string column) => _columns.Contains(column);

    public bool TryMap(string column, string expected, out string actual)
    {
        actual = "";
        return _forward.TryGetValue(column, out var map) && map.TryGetValue(expected, out actual!);
    }

    public bool Match(string column, string? expected, string? actual)
    {
        if (expected is null || actual is null) return expected == actual;
        var forward = Map(_forward, column);
        var backward = Map(_backward, column);
        if (forward.TryGetValue(expected, out var known)) return known == actual;
        if (backward.ContainsKey(actual)) return false;
        forward[expected] = actual;
        backward[actual] = expected;
        return true;
    }

    private static Dictionary<string, string> Map(Dictionary<string, Dictionary<string, string>> maps, string column)
    {
        if (!maps.TryGetValue(column, out var map)) maps[column] = map = new Dictionary<string, string>(StringComparer.Ordinal);
        return map;
    }
}
