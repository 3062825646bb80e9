using System.Buffers.Text;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace ConflictDb.Snowflake;

/// <summary>
/// Turns the SQL API's jsonv2 cell strings into .NET values by the column's rowType
/// (docs.snowflake.com, developer-guide/sql-api/handling-responses):
/// <list type="bullet">
/// <item>FIXED: decimal text, not scaled; scale 0 gives <see cref="long"/> (or <see cref="BigInteger"/> beyond it), otherwise <see cref="decimal"/>.</item>
/// <item>REAL: <see cref="double"/> (also NaN, inf, -inf).</item>
/// <item>BOOLEAN: <see cref="bool"/>. TEXT, VARIANT, OBJECT, ARRAY and unknown types: the text.</item>
/// <item>DATE: days since 1970-01-01, <see cref="DateOnly"/>. TIME: seconds since midnight, <see cref="TimeOnly"/>.</item>
/// <item>TIMESTAMP_NTZ: epoch seconds read as a wall clock; TIMESTAMP_LTZ: an instant, reduced to the wall clock of
/// the session zone; TIMESTAMP_TZ: "&lt;epoch seconds&gt; &lt;offset minutes + 1440&gt;", reduced to the wall clock of
/// its own offset (what Snowflake's CAST(x AS TIMESTAMP) keeps). All three give a <see cref="DateTime"/> of kind
/// Unspecified, rounded to microseconds as PostgreSQL's own timestamp input rounds.</item>
/// <item>BINARY: hex, <see cref="T:byte[]"/>.</item>
/// </list>
/// </summary>
public sealed class SnowflakeValueDecoder
{
    private enum Kind { Text, Fixed0, FixedScaled, Real, Boolean, Date, Time, TimestampNtz, TimestampLtz, TimestampTz, Binary }

    private readonly Kind[] _kinds;
    private readonly TimeZoneInfo _sessionZone;

    public SnowflakeValueDecoder(IReadOnlyList<SnowflakeColumn> columns, TimeZoneInfo sessionZone)
    {
        _sessionZone = sessionZone;
        _kinds = columns.Select(c => KindOf(c)).ToArray();
    }

    public int Count => _kinds.Length;

    /// <summary>Whether the column's cells are text (decoded from the JSON string as is).</summary>
    public bool IsText(int column) => _kinds[column] == Kind.Text;

    private static Kind KindOf(SnowflakeColumn c) => c.Type.ToLowerInvariant() switch
    {
        "fixed" => (c.Scale ?? 0) == 0 ? Kind.Fixed0 : Kind.FixedScaled,
        "real" or "float" or "double" => Kind.Real,
        "boolean" => Kind.Boolean,
        "date" => Kind.Date,
        "time" => Kind.Time,
        "timestamp_ntz" => Kind.TimestampNtz,
        "timestamp_ltz" => Kind.TimestampLtz,
        "timestamp_tz" => Kind.TimestampTz,
        "binary" => Kind.Binary,
        _ => Kind.Text,
    };

    /// <summary>Decodes a non-text cell from its UTF-8 bytes (the API sends them as plain ASCII).</summary>
    public object Decode(int column, ReadOnlySpan<byte> utf8) => _kinds[column] switch
    {
        Kind.Text => Encoding.UTF8.GetString(utf8),
        Kind.Fixed0 => Utf8Parser.TryParse(utf8, out long l, out var n) && n == utf8.Length ? l : ParseBig(utf8),
        Kind.FixedScaled => Utf8Parser.TryParse(utf8, out decimal d, out var n) && n == utf8.Length ? d : throw Bad(utf8, "a decimal number"),
        Kind.Real => ParseReal(utf8),
        Kind.Boolean => ParseBoolean(utf8),
        Kind.Date => DateOnly.FromDateTime(DateTime.UnixEpoch.AddDays(ParseLong(utf8))),
        Kind.Time => ParseTime(utf8),
        Kind.TimestampNtz => FromMicros(ParseEpochMicros(utf8)),
        Kind.TimestampLtz => ToSessionWallClock(FromMicros(ParseEpochMicros(utf8))),
        Kind.TimestampTz => ParseTimestampTz(utf8),
        Kind.Binary => Convert.FromHexString(Encoding.ASCII.GetString(utf8)),
        _ => throw new InvalidOperationException(),
    };

    /// <summary>Decodes a cell given as a .NET string (for text columns, and escaped JSON strings).</summary>
    public object Decode(int column, string text) =>
        _kinds[column] == Kind.Text ? text : Decode(column, Encoding.UTF8.GetBytes(text));

    /// <summary>One value of a column type, for tests and messages.</summary>
    public static object? DecodeValue(SnowflakeColumn column, string? text, TimeZoneInfo sessionZone) =>
        text is null ? null : new SnowflakeValueDecoder([column], sessionZone).Decode(0, text);

    private static object ParseBig(ReadOnlySpan<byte> utf8)
    {
        var s = Encoding.ASCII.GetString(utf8);
        if (BigInteger.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big)) return big;
        throw Bad(utf8, "an integer");
    }

    private static double ParseReal(ReadOnlySpan<byte> utf8)
    {
        if (Utf8Parser.TryParse(utf8, out double d, out var n) && n == utf8.Length) return d;
        var s = Encoding.ASCII.GetString(utf8).ToLowerInvariant();
        return s switch
        {
            "nan" => double.NaN,
            "inf" or "infinity" => double.PositiveInfinity,
            "-inf" or "-infinity" => double.NegativeInfinity,
            _ => throw Bad(utf8, "a floating-point number"),
        };
    }

    private static bool ParseBoolean(ReadOnlySpan<byte> utf8)
    {
        if (utf8.SequenceEqual("true"u8) || utf8.SequenceEqual("1"u8) || utf8.SequenceEqual("TRUE"u8)) return true;
        if (utf8.SequenceEqual("false"u8) || utf8.SequenceEqual("0"u8) || utf8.SequenceEqual("FALSE"u8)) return false;
        throw Bad(utf8, "true or false");
    }

    private static long ParseLong(ReadOnlySpan<byte> utf8) =>
        Utf8Parser.TryParse(utf8, out long l, out var n) && n == utf8.Length ? l : throw Bad(utf8, "a whole number");

    private static TimeOnly ParseTime(ReadOnlySpan<byte> utf8)
    {
        var micros = ParseEpochMicros(utf8);
        var ticks = Math.Clamp(micros * 10, 0, TimeOnly.MaxValue.Ticks - 9);
        return new TimeOnly(ticks);
    }

    private static DateTime ParseTimestampTz(ReadOnlySpan<byte> utf8)
    {
        var space = utf8.IndexOf((byte)' ');
        if (space <= 0) throw Bad(utf8, "\"<epoch seconds> <offset minutes + 1440>\"");
        var instant = ParseEpochMicros(utf8[..space]);
        var offsetMinutes = ParseLong(utf8[(space + 1)..]) - 1440;
        return FromMicros(instant + offsetMinutes * 60_000_000L);
    }

    private DateTime ToSessionWallClock(DateTime utc) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _sessionZone), DateTimeKind.Unspecified);

    private static DateTime FromMicros(long micros) => new(DateTime.UnixEpoch.Ticks + micros * 10, DateTimeKind.Unspecified);

    /// <summary>"1741600000.123456789" (or negative) as microseconds since the epoch, rounded half away from zero.</summary>
    public static long ParseEpochMicros(ReadOnlySpan<byte> s)
    {
        if (s.IsEmpty) throw Bad(s, "epoch seconds");
        var negative = s[0] == '-';
        var i = negative ? 1 : 0;
        long seconds = 0;
        var any = false;
        for (; i < s.Length && s[i] != '.'; i++)
        {
            if (s[i] < '0' || s[i] > '9') throw Bad(s, "epoch seconds");
            seconds = checked(seconds * 10 + (s[i] - '0'));
            any = true;
        }
        long fraction = 0;
        var digits = 0;
        var roundUp = false;
        if (i < s.Length)
        {
            for (i++; i < s.Length; i++)
            {
                if (s[i] < '0' || s[i] > '9') throw Bad(s, "epoch seconds");
                if (digits < 6)
                {
                    fraction = fraction * 10 + (s[i] - '0');
                    digits++;
                }
                else if (digits == 6)
                {
                    roundUp = s[i] >= '5';
                    digits++;
                }
                any = true;
            }
        }
        if (!any) throw Bad(s, "epoch seconds");
        for (var d = Math.Min(digits, 6); d < 6; d++) fraction *= 10;
        var micros = checked(seconds * 1_000_000 + fraction + (roundUp ? 1 : 0));
        return negative ? -micros : micros;
    }

    private static FormatException Bad(ReadOnlySpan<byte> utf8, string expected) =>
        new($"'{Encoding.UTF8.GetString(utf8)}' is not {expected}");
}
