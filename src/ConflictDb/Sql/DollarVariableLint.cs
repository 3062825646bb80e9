using System.Text.RegularExpressions;

namespace ConflictDb.Sql;

/// <summary>
/// DbUp substitutes $name$ variables everywhere outside comments (even inside strings) and fails on undefined
/// ones, so ConflictDb scripts may only dollar-quote with bare $$. This finds every $word$ outside comments.
/// </summary>
public static partial class DollarVariableLint
{
    [GeneratedRegex(@"\$[A-Za-z_][A-Za-z0-9_-]*\$")]
    private static partial Regex Variable();

    [GeneratedRegex(@"--[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    public static IReadOnlyList<string> Find(string script)
    {
        var withoutComments = Comment().Replace(script, "");
        return Variable().Matches(withoutComments).Select(m => m.Value).Distinct().ToList();
    }
}
