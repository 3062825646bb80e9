using ConflictDb.Migrations;
using ConflictDb.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConflictDb.IntegrationTests;

[Collection(PostgresCollection.Name)]
public sealed class MigratorTests(PostgresServerFixture server)
{
    private static Migrator MigratorFor(string cs, int lockSeconds = 30) => new(cs, NullLogger.Instance, TimeSpan.FromSeconds(lockSeconds));

    private static SchemaScripts Scripts(string schema, params (string File, string Sql)[] scripts) =>
        new(schema, scripts.Select(s => new SqlScript($"{schema}.migrations.{s.File}", s.Sql)).ToList());

    [Fact]
    public async Task Fresh_database_migrates_every_embedded_script_and_journals_it_under_its_dbup_name()
    {
        var cs = await server.CreateDatabaseAsync("fresh", migrated: false);
        var result = await MigratorFor(cs).MigrateAsync(Migrator.Embedded(), dryRun: false, CancellationToken.None);

        var expected = Migrator.Embedded().SelectMany(s => s.Scripts).Select(s => s.Name).ToList();
        expected.ShouldNotBeEmpty();
        result.Applied.Select(a => a.Name).ShouldBe(expected);
        var journaled = await Db.RowsAsync(cs,
            "select scriptname from analytics.schemaversions union all select scriptname from conflict.schemaversions order by 1");
        journaled.Select(r => (string)r[0]!).ShouldBe(expected.Order(StringComparer.Ordinal));
        expected.ShouldAllBe(n => n.StartsWith("analytics.migrations.") || n.StartsWith("conflict.migrations."));
    }

    [Fact]
    public async Task Migrate_twice_applies_nothing_the_second_time()
    {
        var cs = await server.CreateDatabaseAsync("twice", migrated: false);
        var first = await MigratorFor(cs).MigrateAsync(Migrator.Embedded(), false, CancellationToken.None);
        var second = await MigratorFor(cs).MigrateAsync(Migrator.Embedded(), false, CancellationToken.None);

        first.Applied.ShouldNotBeEmpty();
        second.Applied.ShouldBeEmpty();
        var statuses = await MigratorFor(cs).StatusAsync(Migrator.Embedded(), CancellationToken.None);
        statuses.ShouldAllBe(s => s.Applied);
    }

    [Fact]
    public async Task Dry_run_lists_pending_scripts_and_changes_nothing()
    {
        var cs = await server.CreateDatabaseAsync("dry", migrated: false);
        var result = await MigratorFor(cs).MigrateAsync(Migrator.Embedded(), dryRun: true, CancellationToken.None);

        result.Pending.Count.ShouldBe(Migrator.Embedded().Sum(s => s.Scripts.Count));
        (await Db.ScalarAsync<long>(cs, "select count(*) from information_schema.tables where table_name = 'schemaversions'")).ShouldBe(0);
    }

    [Fact]
    public async Task A_failing_script_rolls_back_whole_and_leaves_the_journal_unchanged()
    {
        var cs = await server.CreateDatabaseAsync("failing", migrated: false);
        var scripts = Scripts("mtest",
            ("0001_create_a.sql", "create table mtest.a (id int);"),
            ("0002_broken.sql", "create table mtest.b (id int);\n\n-- the next statement fails on line 4\nselect * from mtest.missing_table;\n"),
            ("0003_never_runs.sql", "create table mtest.c (id int);"));

        var ex = await Should.ThrowAsync<MigrationException>(() => MigratorFor(cs).MigrateAsync([scripts], false, CancellationToken.None));

        ex.Message.ShouldContain("mtest.migrations.0002_broken.sql");
        ex.Message.ShouldContain("statement 2, line 4");
        ex.Message.ShouldContain("missing_table");
        var journal = await Db.RowsAsync(cs, "select scriptname from mtest.schemaversions order by 1");
        journal.Select(r => (string)r[0]!).ShouldBe(["mtest.migrations.0001_create_a.sql"]);
        (await Db.ScalarAsync<string>(cs, "select to_regclass('mtest.b')::text")).ShouldBeNull();
        (await Db.ScalarAsync<string>(cs, "select to_regclass('mtest.c')::text")).ShouldBeNull();
        (await Db.ScalarAsync<string>(cs, "select to_regclass('mtest.a')::text")).ShouldBe("mtest.a");
    }

    [Fact]
    public async Task An_edited_applied_script_is_refused_by_name()
    {
        var cs = await server.CreateDatabaseAsync("edited", migrated: false);
        await MigratorFor(cs).MigrateAsync([Scripts("mtest", ("0001_create_a.sql", "create table mtest.a (id int);"))], false, CancellationToken.None);

        var edited = Scripts("mtest",
            ("0001_create_a.sql", "create table mtest.a (id bigint);"),
            ("0002_create_b.sql", "create table mtest.b (id int);"));
        var ex = await Should.ThrowAsync<MigrationException>(() => MigratorFor(cs).MigrateAsync([edited], false, CancellationToken.None));

        ex.Message.ShouldContain("edited");
        ex.Message.ShouldContain("mtest.migrations.0001_create_a.sql");
        (await Db.ScalarAsync<string>(cs, "select to_regclass('mtest.b')::text")).ShouldBeNull();
    }

    [Fact]
    public async Task Line_endings_alone_do_not_count_as_an_edit()
    {
        var cs = await server.CreateDatabaseAsync("eol", migrated: false);
        await MigratorFor(cs).MigrateAsync([Scripts("mtest", ("0001_a.sql", "create table mtest.a (id int);\n"))], false, CancellationToken.None);

        var crlf = await MigratorFor(cs).MigrateAsync([Scripts("mtest", ("0001_a.sql", "create table mtest.a (id int);\r\n"))], false, CancellationToken.None);

        crlf.Applied.ShouldBeEmpty();
    }

    [Fact]
    public async Task Two_concurrent_migrators_apply_each_script_once()
    {
        var cs = await server.CreateDatabaseAsync("concurrent", migrated: false);
        var scripts = Scripts("mtest",
            ("0001_slow.sql", "select pg_sleep(0.5); create table mtest.a (id int);"),
            ("0002_b.sql", "create table mtest.b (id int);"));

        var results = await Task.WhenAll(
            MigratorFor(cs).MigrateAsync([scripts], false, CancellationToken.None),
            MigratorFor(cs).MigrateAsync([scripts], false, CancellationToken.None));

        results.Sum(r => r.Applied.Count).ShouldBe(2);
        (await Db.ScalarAsync<long>(cs, "select count(*) from mtest.schemaversions")).ShouldBe(2);
    }

    [Fact]
    public async Task A_second_migrator_gives_up_after_the_lock_timeout_with_a_clear_message()
    {
        var cs = await server.CreateDatabaseAsync("locked", migrated: false);
        await using var holder = new Npgsql.NpgsqlConnection(cs);
        await holder.OpenAsync();
        await using (var take = new Npgsql.NpgsqlCommand($"select pg_advisory_lock({Migrator.LockKey})", holder))
        {
            await take.ExecuteNonQueryAsync();
        }

        var ex = await Should.ThrowAsync<MigrationException>(() =>
            MigratorFor(cs, lockSeconds: 1).MigrateAsync([Scripts("mtest", ("0001_a.sql", "create table mtest.a (id int);"))], false, CancellationToken.None));

        ex.Message.ShouldContain("another migration holds the migration lock");
        (await Db.ScalarAsync<string>(cs, "select to_regclass('mtest.a')::text")).ShouldBeNull();
    }

    [Fact]
    public async Task Journal_has_exactly_the_shape_of_dbups_postgresql_journal()
    {
        var cs = await server.CreateDatabaseAsync("shape", migrated: false);
        await MigratorFor(cs).MigrateAsync([Scripts("mtest", ("0001_a.sql", "select 1;"))], false, CancellationToken.None);

        var columns = await Db.RowsAsync(cs,
            """
            select column_name, data_type, coalesce(character_maximum_length, 0), is_nullable, coalesce(column_default, '')
            from information_schema.columns
            where table_schema = 'mtest' and table_name = 'schemaversions'
            order by ordinal_position
            """);
        columns.Select(c => $"{c[0]}|{c[1]}|{c[2]}|{c[3]}|{((string)c[4]!).StartsWith("nextval(")}").ShouldBe(
        [
            "schemaversionsid|integer|0|NO|True",
            "scriptname|character varying|255|NO|False",
            "applied|timestamp without time zone|0|NO|False",
        ]);
        var pk = await Db.RowsAsync(cs,
            """
            select c.conname, pg_get_constraintdef(c.oid)
            from pg_constraint c
            where c.conrelid = 'mtest.schemaversions'::regclass and c.contype = 'p'
            """);
        pk.Count.ShouldBe(1);
        pk[0][0].ShouldBe("PK_schemaversions_Id");
        pk[0][1].ShouldBe("PRIMARY KEY (schemaversionsid)");
    }
}
