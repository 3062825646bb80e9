using System.Text.RegularExpressions;
using ConflictDb.Migrations;
using ConflictDb.Sql;

namespace ConflictDb.UnitTests;

public sealed class EmbeddedScriptsTests
{
    public static TheoryData<string> AllScripts()
    {
        var data = new TheoryData<string>();
        foreach (var s in EmbeddedScripts.Schemas.SelectMany(EmbeddedScripts.Migrations).Concat(EmbeddedScripts.Stages())) data.Add(s.Name);
        return data;
    }

    private static SqlScript Find(string name) =>
        EmbeddedScripts.Schemas.SelectMany(EmbeddedScripts.Migrations).Concat(EmbeddedScripts.Stages()).Single(s => s.Name == name);

    [Fact]
    public void Migrations_are_embedded_under_the_names_dbup_would_journal()
    {
        foreach (var schema in EmbeddedScripts.Schemas)
        {
            var scripts = EmbeddedScripts.Migrations(schema);
            scripts.ShouldNotBeEmpty();
            scripts.ShouldAllBe(s => Regex.IsMatch(s.Name, $@"^{schema}\.migrations\.\d{{4}}_[a-z0-9_]+\.sql$"));
            scripts.Select(s => s.Name).ShouldBe(scripts.Select(s => s.Name).Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(AllScripts))]
    public void Scripts_use_only_bare_dollar_quotes_and_no_transaction_control_or_functions(string name)
    {
        var script = Find(name);
        DollarVariableLint.Find(script.Contents).ShouldBeEmpty();
        foreach (var statement in SqlStatementSplitter.Split(script.Contents))
        {
            var text = Regex.Replace(statement.Text, @"--[^\n]*", "").Trim().ToLowerInvariant();
            text.ShouldNotMatch(@"^(begin|commit|rollback|start\s+transaction)\b", $"{name} line {statement.StartLine}: the runner owns the transaction");
            text.ShouldNotMatch(@"create\s+(or\s+replace\s+)?(function|procedure)\b", $"{name} line {statement.StartLine}: no database functions");
            text.ShouldNotContain("concurrently", Case.Insensitive, $"{name} line {statement.StartLine}: cannot run in a transaction");
        }
    }
}
