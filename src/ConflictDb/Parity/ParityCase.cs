using System.Globalization;
using System.Text.Json;

namespace ConflictDb.Parity;

/// <summary>A parity case folder (../shared/spec/parity-cases.md): case.json, input/, expected/.</summary>
public sealed record ParityCase(
    string Directory,
    string Name,
    DateTime AsOf,
    IReadOnlyList<string> Procedures,
    IReadOnlyDictionary<string, string[]> IgnoreColumns,
    decimal MoneyTolerance,
    IReadOnlyList<string> RenameIds)
{
    public static ParityCase Load(string directory)
    {
        var file = Path.Combine(directory, "case.json");
        if (!File.Exists(file)) throw new ConflictDbException($"{directory}: no case.json (is this a parity case folder?)");
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllText(file));
        }
        catch (JsonException ex)
        {
            throw new ConflictDbException($"{file}: not valid JSON ({ex.Message})");
        }
        using (doc)
        {
            var root = doc.RootElement;
            var asOfText = root.TryGetProperty("asOf", out var a) ? a.GetString() : null;
            if (asOfText is null || !DateTime.TryParse(asOfText, CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf))
            {
                throw new ConflictDbException($"{file}: \"asOf\" is missing or not a timestamp such as 2026-03-10T02:00:00");
            }
            var procedures = root.TryGetProperty("procedures", out var p) ? p.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
            if (procedures.Count == 0) throw new ConflictDbException($"{file}: \"procedures\" is missing or empty (run the oracle on the case first)");
            var ignore = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
            if (root.TryGetProperty("ignoreColumns", out var ic))
            {
                foreach (var t in ic.EnumerateObject()) ignore[t.Name] = t.Value.EnumerateArray().Select(x => x.GetString()!).ToArray();
            }
            var tolerance = root.TryGetProperty("moneyTolerance", out var mt) ? mt.GetDecimal() : 0.000001m;
            var rename = root.TryGetProperty("renameIds", out var r) ? r.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
            var name = root.TryGetProperty("name", out var n) ? n.GetString() ?? Path.GetFileName(directory) : Path.GetFileName(directory);
            return new ParityCase(Path.GetFullPath(directory), name, asOf, procedures, ignore, tolerance, rename);
        }
    }

    /// <summary>The folder expected/NN_PROCEDURE of a procedure, or null when the procedure changed nothing.</summary>
    public string? ExpectedFolderOf(string procedure)
    {
        var index = Procedures.ToList().IndexOf(procedure);
        var folder = Path.Combine(Directory, "expected", $"{index + 1:00}_{procedure}");
        return System.IO.Directory.Exists(folder) && System.IO.Directory.GetFiles(folder, "*.csv").Length > 0 ? folder : null;
    }

    public string FinalFolder => Path.Combine(Directory, "expected", "final");
}
