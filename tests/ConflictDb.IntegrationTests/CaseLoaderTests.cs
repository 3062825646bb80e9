using ConflictDb.Parity;
using ConflictDb.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ConflictDb.IntegrationTests;

[Collection(PostgresCollection.Name)]
public sealed class CaseLoaderTests(PostgresServerFixture server) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("conflictdb-csv-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private CaseLoader.TableFile Csv(string schema, string table, string content)
    {
        var file = Path.Combine(_dir, $"{table.ToUpperInvariant()}.csv");
        File.WriteAllText(file, content);
        return new CaseLoader.TableFile(schema, table, file);
    }

    private async Task<(string Cs, Exception? Error)> LoadAsync(params CaseLoader.TableFile[] files)
    {
        var cs = await server.CreateDatabaseAsync("csv");
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        try
        {
            await new CaseLoader(NullLogger.Instance).LoadAsync(conn, files, CancellationToken.None);
            return (cs, null);
        }
        catch (CaseCsvException ex)
        {
            return (cs, ex);
        }
    }

    [Fact]
    public async Task Loads_nulls_empty_strings_quotes_and_continues_identities_after_loaded_ids()
    {
        var (cs, error) = await LoadAsync(
            Csv("conflict", "excluded_ssn", "ID,SSN\n5,\"12,3\"\n7,\\N\n9,\"\"\n"),
            Csv("conflict", "mph", "ID,From,To,AverageMilesPerHour\n1,0,10,\n"));

        error.ShouldBeNull();
        var rows = await Db.RowsAsync(cs, "select \"ID\", \"SSN\" from conflict.excluded_ssn order by 1");
        rows.Select(r => r[1]).ShouldBe(new object?[] { "12,3", null, "" });
        (await Db.ScalarAsync<object>(cs, "select \"AverageMilesPerHour\" from conflict.mph")).ShouldBeNull("an empty field of a number column is NULL, as in the oracle");
        await Db.ExecuteAsync(cs, "insert into conflict.excluded_ssn (\"SSN\") values ('x')");
        (await Db.ScalarAsync<long>(cs, "select max(\"ID\") from conflict.excluded_ssn")).ShouldBe(10);
    }

    [Fact]
    public async Task An_unknown_column_is_named_with_file_and_line_before_anything_is_written()
    {
        var (cs, error) = await LoadAsync(
            Csv("conflict", "excluded_ssn", "ID,SSN\n1,a\n"),
            Csv("conflict", "mph", "ID,From,Speed\n1,0,30\n"));

        error.ShouldNotBeNull();
        error.Message.ShouldContain("MPH.csv: line 1, column \"Speed\"");
        (await Db.ScalarAsync<long>(cs, "select count(*) from conflict.excluded_ssn")).ShouldBe(0);
    }

    [Fact]
    public async Task A_bad_value_is_named_with_file_line_and_column_and_nothing_is_kept()
    {
        var (cs, error) = await LoadAsync(
            Csv("conflict", "excluded_ssn", "ID,SSN\n1,a\n"),
            Csv("conflict", "mph", "ID,From,To,AverageMilesPerHour\n1,0,10,30\n\"2\",\"10\",\"x\nyz\",40\n3,ten,30,50\n"));

        error.ShouldNotBeNull();
        error.Message.ShouldContain("MPH.csv: line 3, column \"To\"");
        (await Db.ScalarAsync<long>(cs, "select count(*) from conflict.excluded_ssn")).ShouldBe(0);
        (await Db.ScalarAsync<long>(cs, "select count(*) from conflict.mph")).ShouldBe(0);
    }

    [Fact]
    public async Task A_wrong_number_of_fields_is_named_with_file_and_line()
    {
        var (_, error) = await LoadAsync(Csv("conflict", "excluded_ssn", "ID,SSN\n1,a\n2,b,c\n"));

        error.ShouldNotBeNull();
        error.Message.ShouldContain("EXCLUDED_SSN.csv: line 3: 3 field(s), but the header names 2");
    }

    [Fact]
    public async Task A_file_for_a_table_that_does_not_exist_is_named()
    {
        var (_, error) = await LoadAsync(Csv("conflict", "no_such_table", "A\n1\n"));

        error.ShouldNotBeNull();
        error.Message.ShouldContain("no table conflict.no_such_table");
    }
}
