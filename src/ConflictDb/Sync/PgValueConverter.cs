using System.Globalization;
using System.Numerics;

namespace ConflictDb.Sync;

/// <summary>
/// Converts a source value to the CLR value Npgsql writes for a target column. Sources give either decoded Snowflake
/// values (long, decimal, double, bool, DateTime, DateOnly ...) or case-file text; both land here, so a value reaches
/// PostgreSQL the same way whichever source it came from. Text follows PostgreSQL's input rules: timestamps keep the
/// wall clock written (an offset is dropped, as the timestamp type does), fractions round to microseconds.
/// </summary>
public static class PgValueConverter
{
    private static readonly string[] TimestampFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm",
    ];

    /// <summary>The value to write, or throws <see cref="FormatException"/> saying what did not fit.</summary>
    public static object Convert(object value, PgColumn column)
    {
        try
        {
            return column.Kind switch
            {
                PgKind.Text or PgKind.Varchar or PgKind.Char or PgKind.Json or PgKind.Jsonb => value as string ?? throw Bad(value, column),
                PgKind.Bigint => ToLong(value, column),
                PgKind.Integer => checked((int)ToLong(value, column)),
                PgKind.Smallint => checked((short)ToLong(value, column)),
                PgKind.Numeric => ToDecimal(value, column),
                PgKind.Double => ToDouble(value, column),
                PgKind.Real => (float)ToDouble(value, column),
                PgKind.Boolean => ToBoolean(value, column),
                PgKind.Timestamp => ToTimestamp(value, column),
                PgKind.TimestampTz => DateTime.SpecifyKind(ToTimestamp(value, column), DateTimeKind.Utc),
                PgKind.Date => value switch
                {
                    DateOnly d => d,
                    DateTime t => DateOnly.FromDateTime(t),
                    string s => DateOnly.FromDateTime(ParseTimestamp(s, column)),
                    _ => throw Bad(value, column),
                },
                PgKind.Time => value switch
                {
                    TimeOnly t => t,
                    TimeSpan span => TimeOnly.FromTimeSpan(span),
                    string s => TimeOnly.Parse(s, CultureInfo.InvariantCulture),
                    _ => throw Bad(value, column),
                },
                PgKind.Bytea => value switch
                {
                    byte[] b => b,
                    string s when s.StartsWith("\\x", StringComparison.Ordinal) => System.Convert.FromHexString(s.AsSpan(2)),
                    _ => throw Bad(value, column),
                },
                _ => throw Bad(value, column),
            };
        }
        catch (OverflowException)
        {
            throw new FormatException($"'{Show(value)}' is out of range for {column.TypeName}");
        }
    }

    private static long ToLong(object value, PgColumn column) => value switch
    {
        long l => l,
        int i => i,
        decimal d when d == decimal.Truncate(d) => (long)d,
        BigInteger b => (long)b,
        string s when long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => l,
        string s when decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d) => (long)d,
        _ => throw Bad(value, column),
    };

    private static object ToDecimal(object value, PgColumn column) => value switch
    {
        decimal d => d,
        long l => (decimal)l,
        int i => (decimal)i,
        BigInteger b => b,
        double f => (decimal)f,
        string s when decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => throw Bad(value, column),
    };

    private static double ToDouble(object value, PgColumn column) => value switch
    {
        double d => d,
        float f => f,
        decimal m => (double)m,
        long l => l,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        string s when s.Equals("Infinity", StringComparison.OrdinalIgnoreCase) => double.PositiveInfinity,
        string s when s.Equals("-Infinity", StringComparison.OrdinalIgnoreCase) => double.NegativeInfinity,
        _ => throw Bad(value, column),
    };

    private static bool ToBoolean(object value, PgColumn column) => value switch
    {
        bool b => b,
        string s => s.Trim().ToLowerInvariant() switch
        {
            "true" or "t" or "yes" or "y" or "on" or "1" => true,
            "false" or "f" or "no" or "n" or "off" or "0" => false,
            _ => throw Bad(value, column),
        },
        long l when l is 0 or 1 => l == 1,
        _ => throw Bad(value, column),
    };

    private static DateTime ToTimestamp(object value, PgColumn column) => value switch
    {
        DateTime t => DateTime.SpecifyKind(RoundToMicroseconds(t), DateTimeKind.Unspecified),
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        string s => ParseTimestamp(s, column),
        _ => throw Bad(value, column),
    };

    /// <summary>A timestamp as PostgreSQL's timestamp input reads it: the wall clock as written, any offset dropped.</summary>
    public static DateTime ParseTimestamp(string text, PgColumn column)
    {
        if (TryParseIso(text, out var fast)) return fast;
        var s = text.Trim();
        if (DateTime.TryParseExact(s, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
        {
            return RoundToMicroseconds(exact);
        }
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var withOffset))
        {
            return RoundToMicroseconds(DateTime.SpecifyKind(withOffset.DateTime, DateTimeKind.Unspecified));
        }
        throw Bad(text, column);
    }

    /// <summary>
    /// The case files' own shape, "yyyy-MM-dd[ HH:mm[:ss[.f...]]]" (or 'T'), parsed by hand: it is most of the cost of
    /// loading a case file otherwise. Anything else goes the general way.
    /// </summary>
    private static bool TryParseIso(string s, out DateTime value)
    {
        value = default;
        if (s.Length < 10 || s[4] != '-' || s[7] != '-') return false;
        if (!Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)) return false;
        int hour = 0, minute = 0, second = 0;
        long ticks = 0;
        if (s.Length > 10)
        {
            if (s.Length < 16 || (s[10] != ' ' && s[10] != 'T') || s[13] != ':') return false;
            if (!Digits(s, 11, 2, out hour) || !Digits(s, 14, 2, out minute)) return false;
            var at = 16;
            if (s.Length > 16)
            {
                if (s.Length < 19 || s[16] != ':' || !Digits(s, 17, 2, out second)) return false;
                at = 19;
                if (s.Length > 19)
                {
                    if (s[19] != '.' || s.Length == 20) return false;
                    long fraction = 0;
                    var digits = 0;
                    var roundUp = false;
                    for (at = 20; at < s.Length; at++)
                    {
                        var c = s[at];
                        if (c < '0' || c > '9') return false;
                        if (digits < 6)
                        {
                            fraction = fraction * 10 + (c - '0');
                            digits++;
                        }
                        else if (digits == 6)
                        {
                            roundUp = c >= '5';
                            digits++;
                        }
                    }
                    for (var d = Math.Min(digits, 6); d < 6; d++) fraction *= 10;
                    ticks = (fraction + (roundUp ? 1 : 0)) * 10;
                }
            }
            if (at != s.Length && s.Length != 16) return false;
        }
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(year, 1), month) || hour > 23 || minute > 59 || second > 59) return false;
        value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(ticks);
        return true;
    }

    private static bool Digits(string s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var c = s[i];
            if (c < '0' || c > '9') return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    private static DateTime RoundToMicroseconds(DateTime t)
    {
        var rest = t.Ticks % 10;
        return rest == 0 ? t : new DateTime(t.Ticks - rest + (rest >= 5 ? 10 : 0), t.Kind);
    }

    private static string Show(object value) => value switch
    {
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static FormatException Bad(object value, PgColumn column) =>
        new($"'{Show(value)}' ({(value is string ? "text" : value.GetType().Name)}) does not fit {column.TypeName}");
}
