using System.Globalization;

namespace ConflictDb.SnowflakeTests.FakeSqlApi;

/// <summary>Values encoded as the SQL API sends them (jsonv2 strings).</summary>
public static class Wire
{
    /// <summary>TIMESTAMP_TZ: epoch seconds of the instant, a space, offset minutes + 1440.</summary>
    public static string Tz(DateTime wallClock, int offsetMinutes)
    {
        var instant = wallClock.AddMinutes(-offsetMinutes);
        var micros = (instant.Ticks - DateTime.UnixEpoch.Ticks) / 10;
        return $"{Seconds(micros)} {offsetMinutes + 1440}";
    }

    /// <summary>A US-Eastern wall clock with the offset New York had then (-04:00 in summer time, -05:00 otherwise).</summary>
    public static string Eastern(DateTime wallClock) =>
        Tz(wallClock, (int)TimeZoneInfo.FindSystemTimeZoneById("America/New_York").GetUtcOffset(wallClock).TotalMinutes);

    public static string Ntz(DateTime wallClock) => Seconds((wallClock.Ticks - DateTime.UnixEpoch.Ticks) / 10);

    public static string Date(DateOnly day) => (day.DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber).ToString(CultureInfo.InvariantCulture);

    public static string Fixed(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Fixed(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";

    private static string Seconds(long micros)
    {
        var sign = micros < 0 ? "-" : "";
        var abs = Math.Abs(micros);
        return $"{sign}{abs / 1_000_000}.{abs % 1_000_000:000000}000";
    }
}
