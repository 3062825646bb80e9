using System.Text.RegularExpressions;
using ConflictDb.Migrations;

namespace ConflictDb.Pipeline;

/// <summary>A nightly stage: one SQL file of db/stages, and the original procedures it ports (its "-- ports:" header).</summary>
public sealed partial record Stage(string Name, string Sql, IReadOnlyList<string> Ports)
{
    [GeneratedRegex(@"^\s*--\s*ports:(.*)$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex PortsLine();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesized();

    [GeneratedRegex(@"[A-Z][A-Z0-9_]{3,}")]
    private static partial Regex ProcedureName();

    public static Stage From(SqlScript script)
    {
        var match = PortsLine().Match(script.Contents);
        var ports = match.Success
            ? ProcedureName().Matches(Parenthesized().Replace(match.Groups[1].Value, "")).Select(m => m.Value).ToList()
            : [];
        return new Stage(script.FileName, script.Contents, ports);
    }

    public static IReadOnlyList<Stage> Embedded() => EmbeddedScripts.Stages().Select(From).ToList();
}
