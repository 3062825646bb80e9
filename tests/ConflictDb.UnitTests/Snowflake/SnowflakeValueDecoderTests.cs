using ConflictDb.Snowflake;

namespace ConflictDb.UnitTests.Snowflake;

public sealed class SnowflakeValueDecoderTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static object? Decode(string type, string? text, int? scale = null) =>
        SnowflakeValueDecoder.DecodeValue(new SnowflakeColumn("c", type, 38, scale, null, true), text, NewYork);

    [Fact]
    public void NUMBER_is_read_as_sent_not_scaled()
    {
        Decode("fixed", "12", 0).ShouldBe(12L);
        Decode("fixed", "-25354", 0).ShouldBe(-25354L);
        Decode("fixed", "12.50", 2).ShouldBe(12.50m);
        Decode("fixed", "6610315.00000", 5).ShouldBe(6610315.00000m);
        Decode("fixed", "123456789012345678901234567890", 0).ShouldBe(System.Numerics.BigInteger.Parse("123456789012345678901234567890"));
    }

    [Fact]
    public void TIMESTAMP_TZ_keeps_the_wall_clock_of_its_own_offset_across_DST()
    {
        // 2026-03-08 00:00 -05:00 (EST, the night DST starts) and 2026-03-09 00:00 -04:00 (EDT)
        Decode("timestamp_tz", "1772946000.000000000 1140").ShouldBe(new DateTime(2026, 3, 8));
        Decode("timestamp_tz", "1773028800.000000000 1200").ShouldBe(new DateTime(2026, 3, 9));
        // same instant seen from +05:30
        Decode("timestamp_tz", "1772946000.000000000 1770").ShouldBe(new DateTime(2026, 3, 8, 10, 30, 0));
    }

    [Fact]
    public void Dates_times_and_epoch_timestamps_round_to_microseconds()
    {
        Decode("date", "0").ShouldBe(new DateOnly(1970, 1, 1));
        Decode("time", "86399.999999999").ShouldBe(TimeOnly.MaxValue.Add(TimeSpan.FromTicks(-9)));
        Decode("timestamp_ntz", "1741600800.123456449").ShouldBe(new DateTime(2025, 3, 10, 10, 0, 0).AddTicks(1_234_560));
        Decode("timestamp_ntz", "1741600800.1234565").ShouldBe(new DateTime(2025, 3, 10, 10, 0, 0).AddTicks(1_234_570));
        Decode("timestamp_ltz", "1741600800").ShouldBe(new DateTime(2025, 3, 10, 6, 0, 0));
    }

    [Fact]
    public void Booleans_reals_binary_and_variants()
    {
        Decode("boolean", "true").ShouldBe(true);
        Decode("boolean", "false").ShouldBe(false);
        Decode("real", "-74.171415").ShouldBe(-74.171415);
        Decode("real", "NaN").ShouldBe(double.NaN);
        Decode("real", "-inf").ShouldBe(double.NegativeInfinity);
        Decode("binary", "0aff").ShouldBe(new byte[] { 0x0a, 0xff });
        Decode("variant", "{\"a\": 1}").ShouldBe("{\"a\": 1}");
        Decode("text", null).ShouldBeNull();
    }

    [Fact]
    public void A_malformed_cell_says_what_was_expected()
    {
        Should.Throw<FormatException>(() => Decode("timestamp_tz", "1772946000.000000000")).Message.ShouldContain("offset minutes + 1440");
        Should.Throw<FormatException>(() => Decode("boolean", "maybe")).Message.ShouldContain("'maybe' is not true or false");
        Should.Throw<FormatException>(() => Decode("timestamp_ntz", "12:00")).Message.ShouldContain("epoch seconds");
    }
}

public sealed class PgValueConverterTests
{
    private static readonly ConflictDb.Sync.PgColumn Timestamp = new("t", "timestamp without time zone", ConflictDb.Sync.PgKind.Timestamp, null);

    [Theory]
    [InlineData("2026-03-08", "2026-03-08T00:00:00.0000000")]
    [InlineData("2026-03-08 10:30", "2026-03-08T10:30:00.0000000")]
    [InlineData("2026-03-08 10:30:15", "2026-03-08T10:30:15.0000000")]
    [InlineData("2026-03-08T10:30:15.5", "2026-03-08T10:30:15.5000000")]
    [InlineData("2026-03-08 10:30:15.1234565", "2026-03-08T10:30:15.1234570")]
    [InlineData("2026-03-08 00:00:00.000 -0500", "2026-03-08T00:00:00.0000000")]
    [InlineData("2026-03-08 09:30:00+05:30", "2026-03-08T09:30:00.0000000")]
    public void Case_timestamps_keep_the_wall_clock_written_and_round_to_microseconds(string text, string expected) =>
        ConflictDb.Sync.PgValueConverter.ParseTimestamp(text, Timestamp).ToString("O", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected);

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("2026-03-08 25:00:00")]
    [InlineData("yesterday")]
    public void A_malformed_timestamp_is_refused(string text) =>
        Should.Throw<FormatException>(() => ConflictDb.Sync.PgValueConverter.ParseTimestamp(text, Timestamp)).Message.ShouldContain("does not fit timestamp");
}
