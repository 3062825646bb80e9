using ConflictDb.Sql;

namespace ConflictDb.UnitTests;

public sealed class SqlStatementSplitterTests
{
    [Fact]
    public void Splits_on_top_level_semicolons_and_keeps_each_statements_start_line()
    {
        var statements = SqlStatementSplitter.Split("select 1;\n\nselect\n  2;\n-- trailing comment\n");

        statements.Select(s => (s.StartLine, s.Text)).ShouldBe([(1, "select 1"), (3, "select\n  2")]);
    }

    [Fact]
    public void Semicolons_in_strings_identifiers_comments_and_dollar_quotes_do_not_split()
    {
        const string sql = """
            select 'a;b', "c;d", E'it\'s;' -- not; here
            /* nested /* ; */ still ; */;
            do $$ begin perform 1; end $$;
            select $tag$ ; $tag$;
            """;

        var statements = SqlStatementSplitter.Split(sql);

        statements.Count.ShouldBe(3);
        statements[1].Text.ShouldBe("do $$ begin perform 1; end $$");
        statements[2].StartLine.ShouldBe(4);
    }

    [Fact]
    public void Positional_parameters_are_not_mistaken_for_dollar_quotes()
    {
        SqlStatementSplitter.Split("select $1; select $2").Count.ShouldBe(2);
    }

    [Fact]
    public void Maps_a_postgres_error_position_to_the_script_line()
    {
        var statement = SqlStatementSplitter.Split("\n\nselect\n  nope\nfrom t;")[0];

        SqlStatementSplitter.LineOf(statement, statement.Text.IndexOf("nope", StringComparison.Ordinal) + 1).ShouldBe(4);
    }

    [Theory]
    [InlineData("select $body$ x $body$", "$body$")]
    [InlineData("select '$schema$.t'", "$schema$")]
    public void Dollar_variables_that_dbup_would_substitute_are_found(string sql, string expected)
    {
        DollarVariableLint.Find(sql).ShouldBe([expected]);
    }

    [Fact]
    public void Bare_dollar_quotes_and_commented_variables_pass_the_lint()
    {
        DollarVariableLint.Find("do $$ begin null; end $$; -- $body$ in a comment").ShouldBeEmpty();
    }
}
