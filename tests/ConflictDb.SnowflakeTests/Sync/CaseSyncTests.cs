using ConflictDb.Parity;
using ConflictDb.Sync;
using ConflictDb.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ConflictDb.SnowflakeTests.Sync;

/// <summary><c>sync --from-case</c>: a parity case's input/analytics loads through the sync's own path.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CaseSyncTests(PostgresServerFixture server) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("conflictdb-case-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Task<string?> ChecksumAsync(string cs, string table) =>
        Db.ScalarAsync<string>(cs, $"select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from analytics.{table} t");

    [Theory]
    [InlineData("example-core-seed7")]
    [InlineData("core-seed2-night2")]
    [InlineData("example-seed1-night2")]
    public async Task A_case_synced_from_files_equals_the_case_loaded_by_the_parity_loader(string name)
    {
        var caseDir = Path.Combine(RepositoryPaths.ParityCases, name);
        var loaded = await server.CreateDatabaseAsync("caseload");
        await using (var conn = new NpgsqlConnection(loaded))
        {
            await conn.OpenAsync();
            await new CaseLoader(NullLogger.Instance).LoadAsync(conn,
                CaseLoader.InputFiles(caseDir).Where(f => f.Schema == "analytics").ToList(), default);
        }
        var synced = await server.CreateDatabaseAsync("casesync");

        var result = await new AnalyticsSync(synced, new CaseAnalyticsSource(caseDir), NullLogger.Instance).RunAsync(new SyncOptions(), default);

        result.Source.ShouldBe($"case {name}");
        result.Tables.Sum(t => t.Inserted).ShouldBeGreaterThan(0);
        foreach (var map in AnalyticsViews.All)
        {
            (await ChecksumAsync(synced, map.Table)).ShouldBe(await ChecksumAsync(loaded, map.Table), $"analytics.{map.Table}");
        }
    }

    [Fact]
    public async Task A_bad_value_in_a_case_file_names_file_line_and_column()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "input", "analytics"));
        await File.WriteAllTextAsync(Path.Combine(_dir, "input", "analytics", "DIMCAREGIVER.csv"),
            "Caregiver Id,Application Caregiver Id,SSN\nc1,1001,111\n\"c2\",\"12x\",222\n");
        var cs = await server.CreateDatabaseAsync("casebad");

        var ex = await Should.ThrowAsync<SyncException>(() =>
            new AnalyticsSync(cs, new CaseAnalyticsSource(_dir), NullLogger.Instance).RunAsync(new SyncOptions { Tables = ["dimcaregiver"] }, default));

        ex.Message.ShouldContain("DIMCAREGIVER.csv: line 3, column \"Application Caregiver Id\"");
        ex.Message.ShouldContain("'12x'");
        (await Db.ScalarAsync<long>(cs, "select count(*) from analytics.dimcaregiver")).ShouldBe(0);
    }

    [Fact]
    public async Task A_case_file_with_a_column_the_table_lacks_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "input", "analytics"));
        await File.WriteAllTextAsync(Path.Combine(_dir, "input", "analytics", "DIMPAYER.csv"), "Payer Id,Payer Nickname\np1,x\n");
        var cs = await server.CreateDatabaseAsync("casecol");

        var ex = await Should.ThrowAsync<SyncException>(() =>
            new AnalyticsSync(cs, new CaseAnalyticsSource(_dir), NullLogger.Instance).RunAsync(new SyncOptions { Tables = ["DIMPAYER"] }, default));

        ex.Message.ShouldContain("DIMPAYER.csv: line 1, column \"Payer Nickname\": analytics.dimpayer has no such column");
    }

    [Fact]
    public async Task A_value_PostgreSQL_refuses_names_file_line_and_column_on_a_first_load()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "input", "analytics"));
        await File.WriteAllTextAsync(Path.Combine(_dir, "input", "analytics", "DIMPAYERPROVIDER.csv"),
            $"Payer Id,Provider Id,Application Provider Id\np1,v1,11\np2,\"v2\nwith a line break\",12\np3,v3,{new string('9', 51)}\n");
        var cs = await server.CreateDatabaseAsync("casetoolong");

        var ex = await Should.ThrowAsync<SyncException>(() =>
            new AnalyticsSync(cs, new CaseAnalyticsSource(_dir), NullLogger.Instance).RunAsync(new SyncOptions { Tables = ["dimpayerprovider"] }, default));

        ex.Message.ShouldContain("DIMPAYERPROVIDER.csv: line 5, column \"Application Provider Id\": value too long for type character varying(50)");
        (await Db.ScalarAsync<long>(cs, "select count(*) from analytics.dimpayerprovider")).ShouldBe(0);
    }

    [Fact]
    public async Task A_malformed_case_file_names_file_and_line()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "input", "analytics"));
        await File.WriteAllTextAsync(Path.Combine(_dir, "input", "analytics", "DIMPAYER.csv"), "Payer Id,Payer Name\np1,One\np2,Two,extra\n");
        var cs = await server.CreateDatabaseAsync("casefields");

        var ex = await Should.ThrowAsync<SyncException>(() =>
            new AnalyticsSync(cs, new CaseAnalyticsSource(_dir), NullLogger.Instance).RunAsync(new SyncOptions { Tables = ["dimpayer"] }, default));

        ex.Message.ShouldContain("DIMPAYER.csv: line 3: 3 field(s), but the header names 2");
        (await Db.ScalarAsync<long>(cs, "select count(*) from analytics.dimpayer")).ShouldBe(0);
    }

    [Fact]
    public async Task A_case_file_named_after_no_view_is_refused_rather_than_left_out()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "input", "analytics"));
        await File.WriteAllTextAsync(Path.Combine(_dir, "input", "analytics", "DIMPAYER.csv"), "Payer Id\np1\n");
        await File.WriteAllTextAsync(Path.Combine(_dir, "input", "analytics", "DIMPAYERS.csv"), "Payer Id\np2\n");
        var cs = await server.CreateDatabaseAsync("casename");

        var ex = await Should.ThrowAsync<SyncException>(() =>
            new AnalyticsSync(cs, new CaseAnalyticsSource(_dir), NullLogger.Instance).RunAsync(new SyncOptions(), default));

        ex.Message.ShouldContain("DIMPAYERS.csv: no view of the sync map is named DIMPAYERS");
    }
}
