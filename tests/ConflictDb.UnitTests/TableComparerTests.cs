using ConflictDb.Parity;

namespace ConflictDb.UnitTests;

public sealed class TableComparerTests
{
    private static TableRows Rows(string[] columns, params string?[][] rows) => new(columns, rows);

    private static readonly string[] Pair = ["VisitID", "ConVisitID", "ID", "BilledRateMinute", "StatusFlag"];

    [Fact]
    public void Rows_match_on_the_natural_key_whatever_their_order_and_ignored_columns_are_skipped()
    {
        var expected = Rows(Pair, ["a", "b", "1", "0.4666666667", "N"], ["b", "a", "2", "0.5", "N"]);
        var actual = Rows(Pair, ["b", "a", "90", "0.500000", "N"], ["a", "b", "91", "0.46666666670", "N"]);

        var result = new TableComparer(0.000001m).Compare("CONFLICTVISITMAPS", expected, actual, ["ID"]);

        result.Same.ShouldBeTrue();
        result.Matched.ShouldBe(2);
    }

    [Theory]
    [InlineData("0.466666666667", "0.466667", true)]
    [InlineData("0.466666666667", "0.4667", false)]
    [InlineData("12", "12.000", true)]
    [InlineData("12", "13", false)]
    [InlineData("9007199254740993", "9007199254740992", false)]
    [InlineData("2026-03-10 02:00:00", "2026-03-10T02:00:00.000000", true)]
    [InlineData("2026-03-10", "2026-03-10 00:00:00", false)]
    [InlineData("true", "t", true)]
    [InlineData("Y", "y", false)]
    [InlineData("", "NULL", false)]
    [InlineData("NULL", "NULL", true)]
    public void Values_follow_the_spec_rules(string? expected, string? actual, bool same)
    {
        static string? Value(string? v) => v == "NULL" ? null : v;
        TableComparer.SameValue(Value(expected), Value(actual), 0.000001m).ShouldBe(same);
    }

    [Fact]
    public void Missing_extra_and_differing_rows_are_counted_and_reported_with_key_column_and_values()
    {
        var expected = Rows(Pair, ["a", "b", "1", "1", "N"], ["c", "d", "2", "1", "N"]);
        var actual = Rows(Pair, ["a", "b", "1", "1", "R"], ["e", "f", "3", "1", "N"]);

        var result = new TableComparer(0.000001m).Compare("CONFLICTVISITMAPS", expected, actual, ["ID"]);

        (result.Matched, result.Missing, result.Extra, result.Differing).ShouldBe((0, 1, 1, 1));
        result.Differences.Select(d => d.ToString()).ShouldBe(
        [
            "CONFLICTVISITMAPS (a, b) StatusFlag: expected 'N', actual 'R'",
            "CONFLICTVISITMAPS (c, d) *: expected 'row', actual 'missing'",
            "CONFLICTVISITMAPS (e, f) *: expected 'absent', actual 'extra row'",
        ]);
    }

    [Fact]
    public void Null_and_the_empty_string_differ()
    {
        var result = new TableComparer(0m).Compare("EXCLUDED_SSN", Rows(["SSN"], [""]), Rows(["SSN"], new string?[] { null }), []);

        result.Same.ShouldBeFalse();
    }

    [Fact]
    public void A_table_without_a_natural_key_is_compared_as_a_multiset()
    {
        var expected = Rows(["A", "B"], ["1", "x"], ["1", "x"], ["2", "y"]);

        new TableComparer(0m).Compare("PROVIDER_DASHBOARD_TOP", expected, Rows(["A", "B"], ["2", "y"], ["1", "x"], ["1", "x"]), []).Same.ShouldBeTrue();
        new TableComparer(0m).Compare("PROVIDER_DASHBOARD_TOP", expected, Rows(["A", "B"], ["2", "y"], ["1", "x"]), []).Missing.ShouldBe(1);
    }

    [Fact]
    public void A_missing_column_is_reported_by_name()
    {
        var result = new TableComparer(0m).Compare("MPH", Rows(["From", "To", "Speed"], ["1", "2", "3"]), Rows(["From", "To"], ["1", "2"]), []);

        result.Differences.Single().Column.ShouldBe("Speed");
    }

    [Fact]
    public void Surrogate_ids_match_up_to_one_consistent_renaming_across_tables()
    {
        var renaming = new IdRenaming(["CONFLICTID"]);
        var comparer = new TableComparer(0m, renaming);
        string[] cvm = ["VisitID", "ConVisitID", "CONFLICTID"];

        comparer.Compare("CONFLICTVISITMAPS", Rows(cvm, ["a", "b", "7"], ["b", "a", "7"], ["c", "d", "8"]), Rows(cvm, ["a", "b", "70"], ["b", "a", "70"], ["c", "d", "80"]), []).Same.ShouldBeTrue();
        comparer.Compare("CONFLICTS", Rows(["CONFLICTID", "StatusFlag"], ["7", "N"], ["8", "R"]), Rows(["CONFLICTID", "StatusFlag"], ["80", "R"], ["70", "N"]), []).Same.ShouldBeTrue();

        var inconsistent = comparer.Compare("CONFLICTVISITMAPS", Rows(cvm, ["e", "f", "7"]), Rows(cvm, ["e", "f", "80"]), []);
        inconsistent.Same.ShouldBeFalse();
    }
}
