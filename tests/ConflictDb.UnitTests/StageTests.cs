using ConflictDb.Migrations;
using ConflictDb.Pipeline;

namespace ConflictDb.UnitTests;

public sealed class StageTests
{
    [Fact]
    public void The_ports_header_names_the_procedures_and_parenthesized_text_is_ignored()
    {
        var stage = Stage.From(new SqlScript("stages.0300_insert_new_conflict_pairs.sql", """
            -- 0300_insert_new_conflict_pairs.sql
            -- ports: INSERT_DATA_FROM_MAIN_TO_CONFLICTVISITMAPS (TASK_03_0), INSERT_CONFLICTS (PART OF TASK_05)
            -- reads: analytics.factvisitcallperformance_cr
            select 1;
            """));

        stage.Name.ShouldBe("0300_insert_new_conflict_pairs.sql");
        stage.Ports.ShouldBe(["INSERT_DATA_FROM_MAIN_TO_CONFLICTVISITMAPS", "INSERT_CONFLICTS"]);
    }

    [Fact]
    public void Every_embedded_stage_declares_what_it_ports_and_reads_no_wall_clock()
    {
        foreach (var stage in Stage.Embedded())
        {
            stage.Ports.ShouldNotBeEmpty($"{stage.Name} needs a '-- ports:' header");
            var code = System.Text.RegularExpressions.Regex.Replace(stage.Sql, @"--[^\n]*", "").ToLowerInvariant();
            code.ShouldNotMatch(@"\b(now\(\)|current_timestamp|current_date|localtimestamp|clock_timestamp|statement_timestamp|transaction_timestamp)",
                $"{stage.Name} must take the run's as-of time from current_setting('conflictdb.as_of')");
        }
    }
}
