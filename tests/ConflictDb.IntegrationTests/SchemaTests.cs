using ConflictDb.Local;
using ConflictDb.Migrations;
using ConflictDb.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ConflictDb.IntegrationTests;

/// <summary>The analytics and conflict schemas as the migrations leave them (issue 3).</summary>
[Collection(PostgresCollection.Name)]
public sealed class SchemaTests(PostgresServerFixture server)
{
    /// <summary>Every table of the inventory with its key columns and their types (schema-inventory.md, Tables.sql).</summary>
    public static TheoryData<string, string, string> KeyColumns() => new()
    {
        { "conflict.conflictvisitmaps", "ID", "bigint" },
        { "conflict.conflictvisitmaps", "CONFLICTID", "bigint" },
        { "conflict.conflictvisitmaps", "VisitID", "character varying(50)" },
        { "conflict.conflictvisitmaps", "ConVisitID", "character varying(50)" },
        { "conflict.conflictvisitmaps", "VisitDate", "date" },
        { "conflict.conflictvisitmaps", "BilledRateMinute", "numeric(38,15)" },
        { "conflict.conflictvisitmaps", "StatusFlag", "character varying(5)" },
        { "conflict.conflictvisitmaps_temp", "VisitID", "character varying(50)" },
        { "conflict.conflicts", "CONFLICTID", "bigint" },
        { "conflict.conflicts", "StatusFlag", "character varying(5)" },
        { "conflict.settings", "InProgressFlag", "bigint" },
        { "conflict.mph", "AverageMilesPerHour", "numeric(38,0)" },
        { "conflict.excluded_agency", "ProviderID", "character varying(50)" },
        { "conflict.excluded_ssn", "SSN", "character varying(50)" },
        { "conflict.noresponsereasons", "ID", "bigint" },
        { "conflict.contact_maintenance", "ProviderID", "character varying(50)" },
        { "conflict.payer_provider_reminders", "PayerID", "character varying(50)" },
        { "conflict.notifications", "CONFLICTID", "bigint" },
        { "conflict.conflict_commu_inters", "id", "bigint" },
        { "conflict.log_history", "CONID", "bigint" },
        { "conflict.log_history_values", "LHID", "bigint" },
        { "conflict.log_history_values_temp", "CONID", "bigint" },
        { "conflict.log_fields", "ID", "bigint" },
        { "conflict.failed_api_logs", "CONFLICTID", "bigint" },
        { "conflict.govbodiespayers", "ID", "bigint" },
        { "conflict.provider_dashboard_top", "PROVIDERID", "character varying(50)" },
        { "conflict.payer_dashboard_con_typ_count", "PAYERID", "character varying(50)" },
        { "conflict.state_dashboard_payer_impact", "PAYERID", "character varying(50)" },
        { "conflict.payer_conflict_summary_count", "PAYERID", "character varying(50)" },
        { "conflict.pipeline_runs", "run_id", "bigint" },
        { "conflict.pipeline_stage_runs", "stage_run_id", "bigint" },
        { "analytics.factvisitcallperformance_cr", "Visit Id", "character varying(100)" },
        { "analytics.factvisitcallperformance_cr", "Visit Date", "timestamp without time zone" },
        { "analytics.factvisitcallperformance_cr", "Billed Rate", "numeric(19,3)" },
        { "analytics.factvisitcallperformance_deleted_cr", "Visit Id", "character varying(100)" },
        { "analytics.factcaregiverinservice", "Caregiver Id", "text" },
        { "analytics.factcaregiverabsence", "Caregiver Vacation Id", "numeric(38,5)" },
        { "analytics.dimcaregiver", "SSN", "text" },
        { "analytics.dimpatient", "Patient Id", "text" },
        { "analytics.dimpatientaddress", "Patient Address Id", "character varying(50)" },
        { "analytics.dimpayer", "Payer Id", "text" },
        { "analytics.dimprovider", "Provider Id", "text" },
        { "analytics.dimoffice", "Office Id", "text" },
        { "analytics.dimcontract", "Contract Id", "text" },
        { "analytics.dimservicecode", "Service Code Id", "text" },
        { "analytics.dimpayerprovider", "Payer Id", "character varying(50)" },
        { "analytics.dimuser", "User Id", "text" },
        { "analytics.dimuseroffices", "User Id", "text" },
        { "analytics.factdatarefreshstatus", "STATUS", "text" },
    };

    [Theory]
    [MemberData(nameof(KeyColumns))]
    public async Task Inventory_table_exists_with_its_key_column_and_type(string table, string column, string type)
    {
        var cs = await server.CreateDatabaseAsync("inventory");
        var actual = await Db.ScalarAsync<string>(cs, $"""
            select format_type(a.atttypid, a.atttypmod)
            from pg_attribute a
            where a.attrelid = '{table}'::regclass and a.attname = '{column.Replace("'", "''")}' and not a.attisdropped
            """);
        actual.ShouldBe(type, $"{table}.\"{column}\"");
    }

    [Fact]
    public async Task Conflict_tables_have_every_column_of_the_snowflake_tables_the_cases_use()
    {
        // The recorded cases name every Snowflake column; the loader test of all cases checks the rest.
        var cs = await server.CreateDatabaseAsync("columns");
        (await Db.ScalarAsync<long>(cs, "select count(*) from information_schema.columns where table_schema = 'conflict' and table_name = 'conflictvisitmaps'"))
            .ShouldBeGreaterThanOrEqualTo(246);
    }

    [Fact]
    public async Task Visits_route_to_their_monthly_partition_and_out_of_range_ones_to_the_default()
    {
        var cs = await server.CreateDatabaseAsync("partitions");
        await Db.ExecuteAsync(cs, """
            insert into analytics.factvisitcallperformance_cr ("Visit Id", "Visit Date") values
                ('v1', '2026-03-10 00:00:00'), ('v2', '2026-03-31 23:59:59'), ('v3', '2026-04-01 00:00:00'), ('v4', '2031-01-01 00:00:00');
            insert into analytics.factvisitcallperformance_deleted_cr ("Visit Id", "Visit Date") values ('d1', '2026-03-10 00:00:00');
            """);

        var routed = await Db.RowsAsync(cs, "select \"Visit Id\", tableoid::regclass::text from analytics.factvisitcallperformance_cr order by 1");
        routed.Select(r => $"{r[0]}:{r[1]}").ShouldBe(
        [
            "v1:analytics.factvisitcallperformance_cr_p202603",
            "v2:analytics.factvisitcallperformance_cr_p202603",
            "v3:analytics.factvisitcallperformance_cr_p202604",
            "v4:analytics.factvisitcallperformance_cr_default",
        ]);
        (await Db.ScalarAsync<string>(cs, "select tableoid::regclass::text from analytics.factvisitcallperformance_deleted_cr"))
            .ShouldBe("analytics.factvisitcallperformance_deleted_cr_p202603");
        var pk = await Db.ScalarAsync<string>(cs,
            "select pg_get_constraintdef(oid) from pg_constraint where conrelid = 'analytics.factvisitcallperformance_cr'::regclass and contype = 'p'");
        pk.ShouldBe("PRIMARY KEY (\"Visit Id\", \"Visit Date\")");
    }

    [Fact]
    public async Task Rebuilt_every_night_work_tables_are_unlogged()
    {
        var cs = await server.CreateDatabaseAsync("unlogged");
        (await Db.ScalarAsync<string>(cs, "select relpersistence::text from pg_class where oid = 'conflict.conflictvisitmaps_temp'::regclass")).ShouldBe("u");
        (await Db.ScalarAsync<string>(cs, "select relpersistence::text from pg_class where oid = 'conflict.conflictvisitmaps'::regclass")).ShouldBe("p");
    }

    [Fact]
    public async Task Schema_sql_is_current()
    {
        var cs = await server.CreateDatabaseAsync("schema_sql");
        var dump = await SchemaDump.DumpAsync(cs, CancellationToken.None);
        var committed = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, SchemaDump.RelativePath));

        (committed.Replace("\r\n", "\n") == dump).ShouldBeTrue(
            "db/schema.sql is stale: regenerate it with `dotnet run --project src/ConflictDb.Cli -- schema-dump` and commit it with the migration");
    }

    [Fact]
    public async Task Applying_the_migrations_again_changes_nothing()
    {
        var cs = await server.CreateDatabaseAsync("rerun");
        var result = await new Migrator(cs, NullLogger.Instance, TimeSpan.FromSeconds(30)).MigrateAsync(Migrator.Embedded(), false, CancellationToken.None);
        result.Applied.ShouldBeEmpty();
    }

    private static async Task<string?> AsRoleAsync(string cs, string role, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await using (var set = new NpgsqlCommand($"set local role {role}", conn, tx)) await set.ExecuteNonQueryAsync();
        try
        {
            await using var cmd = new NpgsqlCommand(sql, conn, tx);
            await cmd.ExecuteNonQueryAsync();
            return null;
        }
        catch (PostgresException ex)
        {
            return ex.SqlState;
        }
        finally
        {
            await tx.RollbackAsync();
        }
    }

    [Theory]
    [InlineData("create table conflict.app_made (id int)")]
    [InlineData("drop table conflict.conflicts")]
    [InlineData("alter table conflict.conflicts add column x int")]
    [InlineData("create table analytics.app_made (id int)")]
    [InlineData("insert into analytics.dimpayer (\"Payer Id\") values ('p')")]
    [InlineData("delete from analytics.dimcaregiver")]
    [InlineData("truncate conflict.conflictvisitmaps")]
    public async Task The_web_app_role_cannot_change_the_schema_nor_write_analytics(string sql)
    {
        var cs = await server.CreateDatabaseAsync("app_role");
        (await AsRoleAsync(cs, "conflict_app", sql)).ShouldBe("42501", $"conflict_app must be refused: {sql}");
    }

    [Theory]
    [InlineData("select count(*) from analytics.factvisitcallperformance_cr")]
    [InlineData("update conflict.conflicts set \"StatusFlag\" = 'W' where \"CONFLICTID\" = 0")]
    [InlineData("select * from conflict.conflictvisitmaps where \"CONFLICTID\" = 1")]
    public async Task The_web_app_role_reads_analytics_and_works_on_its_conflict_tables(string sql)
    {
        var cs = await server.CreateDatabaseAsync("app_ok");
        (await AsRoleAsync(cs, "conflict_app", sql)).ShouldBeNull(sql);
    }

    [Theory]
    [InlineData("select count(*) from analytics.factvisitcallperformance_cr")]
    [InlineData("truncate conflict.conflictvisitmaps_temp")]
    [InlineData("insert into conflict.conflicts (\"CONFLICTID\") values (1)")]
    [InlineData("update conflict.conflictvisitmaps set \"StatusFlag\" = 'R'")]
    [InlineData("delete from conflict.notifications")]
    [InlineData("update conflict.settings set \"InProgressFlag\" = 1")]
    [InlineData("insert into conflict.pipeline_runs (as_of, status, started_at, stages, full_chain) values (localtimestamp, 'running', localtimestamp, '{}', true)")]
    [InlineData("create temp table scratch on commit drop as select 1 as x")]
    public async Task The_pipeline_role_can_do_what_the_stages_need(string sql)
    {
        var cs = await server.CreateDatabaseAsync("pipeline_ok");
        (await AsRoleAsync(cs, "conflict_pipeline", sql)).ShouldBeNull(sql);
    }

    [Theory]
    [InlineData("insert into analytics.dimpayer (\"Payer Id\") values ('p')")]
    [InlineData("create table conflict.pipeline_made (id int)")]
    public async Task The_pipeline_role_cannot_write_analytics_nor_change_the_schema(string sql)
    {
        var cs = await server.CreateDatabaseAsync("pipeline_no");
        (await AsRoleAsync(cs, "conflict_pipeline", sql)).ShouldBe("42501", sql);
    }
}
