using System.Text;

namespace ConflictDb.Sql;

/// <summary>One statement of a script, with the 1-based line of the script it starts on.</summary>
public sealed record SqlStatement(int Index, int StartLine, string Text);

/// <summary>
/// Splits a script on top-level semicolons, the way DbUp's PostgresqlQueryParser does: it understands
/// '...', E'...', "...", $$...$$ and $tag$...$tag$, -- comments and nested /* */ comments.
/// Statements that hold only comments or white space are dropped.
/// </summary>
public static class SqlStatementSplitter
{
    public static IReadOnlyList<SqlStatement> Split(string script)
    {
        var result = new List<SqlStatement>();
        var current = new StringBuilder();
        var line = 1;
        var startLine = 1;
        var hasCode = false;
        var i = 0;

        void Flush()
        {
            if (hasCode)
            {
                result.Add(new SqlStatement(result.Count, startLine, current.ToString().Trim()));
            }
            current.Clear();
            hasCode = false;
        }

        void Append(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (script[k] == '\n') line++;
            }
            current.Append(script, from, to - from);
        }

        void MarkCode()
        {
            if (!hasCode)
            {
                // Leading comments and blank lines are not part of the statement, so error positions map to lines.
                current.Clear();
                hasCode = true;
                startLine = line;
            }
        }

        while (i < script.Length)
        {
            var c = script[i];
            var next = i + 1 < script.Length ? script[i + 1] : '\0';

            if (c == '-' && next == '-')
            {
                var end = script.IndexOf('\n', i);
                end = end < 0 ? script.Length : end;
                Append(i, end);
                i = end;
            }
            else if (c == '/' && next == '*')
            {
                var depth = 0;
                var j = i;
                while (j < script.Length)
                {
                    if (script[j] == '/' && j + 1 < script.Length && script[j + 1] == '*') { depth++; j += 2; }
                    else if (script[j] == '*' && j + 1 < script.Length && script[j + 1] == '/') { depth--; j += 2; if (depth == 0) break; }
                    else j++;
                }
                Append(i, j);
                i = j;
            }
            else if (c == '\'' || c == '"')
            {
                MarkCode();
                var escapes = c == '\'' && i > 0 && (script[i - 1] == 'E' || script[i - 1] == 'e');
                var j = i + 1;
                while (j < script.Length)
                {
                    if (escapes && script[j] == '\\') { j += 2; continue; }
                    if (script[j] == c)
                    {
                        if (j + 1 < script.Length && script[j + 1] == c) { j += 2; continue; }
                        j++;
                        break;
                    }
                    j++;
                }
                j = Math.Min(j, script.Length);
                Append(i, j);
                i = j;
            }
            else if (c == '$' && TryReadDollarTag(script, i, out var tag))
            {
                MarkCode();
                var close = script.IndexOf(tag, i + tag.Length, StringComparison.Ordinal);
                var end = close < 0 ? script.Length : close + tag.Length;
                Append(i, end);
                i = end;
            }
            else if (c == ';')
            {
                Flush();
                i++;
            }
            else
            {
                if (!char.IsWhiteSpace(c)) MarkCode();
                Append(i, i + 1);
                i++;
            }
        }
        Flush();
        return result;
    }

    /// <summary>Reads $$ or $tag$ at <paramref name="i"/>; a $ preceded by an identifier character (e.g. $1 params) is not a tag.</summary>
    private static bool TryReadDollarTag(string s, int i, out string tag)
    {
        tag = "";
        if (i > 0 && (char.IsLetterOrDigit(s[i - 1]) || s[i - 1] == '_')) return false;
        var j = i + 1;
        while (j < s.Length && (char.IsLetterOrDigit(s[j]) || s[j] == '_'))
        {
            if (j == i + 1 && char.IsDigit(s[j])) return false;
            j++;
        }
        if (j >= s.Length || s[j] != '$') return false;
        tag = s.Substring(i, j - i + 1);
        return true;
    }

    /// <summary>The 1-based script line of a 1-based character position reported by PostgreSQL for a statement.</summary>
    public static int LineOf(SqlStatement statement, int position)
    {
        if (position <= 0) return statement.StartLine;
        var upTo = Math.Min(position - 1, statement.Text.Length);
        var lines = 0;
        for (var k = 0; k < upTo; k++)
        {
            if (statement.Text[k] == '\n') lines++;
        }
        return statement.StartLine + lines;
    }
}
