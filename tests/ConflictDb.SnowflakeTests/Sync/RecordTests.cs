using System.Security.Cryptography;
using ConflictDb.Cli;
using ConflictDb.Parity;
using ConflictDb.SnowflakeTests.FakeSqlApi;
using ConflictDb.SnowflakeTests.Snowflake;
using ConflictDb.Sync;
using ConflictDb.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ConflictDb.SnowflakeTests.Sync;

/// <summary>
/// <c>record</c> against a fake Snowflake that holds a parity case's data (analytics as TIMESTAMP_TZ with US-Eastern
/// offsets, CONFLICTREPORT as TIMESTAMP_NTZ): the recorded case must load into the same rows as the original.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RecordTests(PostgresServerFixture server) : IAsyncLifetime
{
    private static readonly string Original = Path.Combine(RepositoryPaths.ParityCases, "example-core-seed7");
    private readonly string _dir = Directory.CreateTempSubdirectory("conflictdb-record-").FullName;
    private SyncWorld _world = null!;
    private string _keyFile = null!;
    private string _catalog = null!;

    public async Task InitializeAsync()
    {
        _catalog = await server.CreateDatabaseAsync("record_catalog");
        _world = await SyncWorld.CreateAsync(_catalog);
        _keyFile = Path.Combine(_dir, "rsa_key.p8");
        using var key = TestClients.NewKey();
        await File.WriteAllTextAsync(_keyFile, key.ExportPkcs8PrivateKeyPem());
    }

    public async Task DisposeAsync()
    {
        await _world.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>Fills the fake ANALYTICS.BI and CONFLICTREPORT.PUBLIC from a case's CSVs.</summary>
    private async Task SeedAsync(string analyticsFolder, string conflictFolder)
    {
        await using var conn = new NpgsqlConnection(_catalog);
        await conn.OpenAsync();
        foreach (var map in AnalyticsViews.All)
        {
            var file = Path.Combine(analyticsFolder, map.View + ".csv");
            var view = _world[map.View];
            view.Rows.Clear();
            if (!File.Exists(file)) continue;
            var target = await TargetTable.ReadAsync(conn, "analytics", map.Table, default);
            using var reader = new CaseCsvReader(file);
            foreach (var record in reader.Records())
            {
                var values = new Dictionary<string, string?>();
                for (var i = 0; i < reader.Header.Count; i++)
                {
                    var column = map.Column(reader.Header[i]);
                    if (column.LoadTime) continue;
                    values[column.Source!] = Encode(record.Fields[i], target.Column(column.Target), eastern: true);
                }
                view.Add(values);
            }
        }
        // every table record reads exists in the account, filled from the case where it has a file
        string[] recorded = ["CONFLICTVISITMAPS", "CONFLICTVISITMAPS_TEMP", "CONFLICTS", "NOTIFICATIONS", "PAYER_PROVIDER_REMINDERS", .. CaseRecorder.ReferenceTables];
        foreach (var name in recorded)
        {
            var target = await TargetTable.ReadAsync(conn, "conflict", name.ToLowerInvariant(), default);
            var view = new FakeView(name, target.Columns.Select(c => SyncWorld.ColumnOf(c.Name, c) with { Type = c.Kind == PgKind.Timestamp ? "timestamp_ntz" : SyncWorld.ColumnOf(c.Name, c).Type }).ToList());
            _world.Views.Views[name] = view;
            var file = Path.Combine(conflictFolder, name + ".csv");
            if (!File.Exists(file)) continue;
            using var reader = new CaseCsvReader(file);
            foreach (var record in reader.Records())
            {
                view.Add(reader.Header.Select((h, i) => (h, Encode(record.Fields[i], target.Column(h), eastern: false))).ToDictionary(x => x.h, x => x.Item2));
            }
        }
    }

    private static string? Encode(CsvField field, PgColumn column, bool eastern)
    {
        if (field.IsNull || (field.Value.Length == 0 && !column.IsText)) return null;
        return column.Kind switch
        {
            PgKind.Timestamp => eastern ? Wire.Eastern(PgValueConverter.ParseTimestamp(field.Value, column)) : Wire.Ntz(PgValueConverter.ParseTimestamp(field.Value, column)),
            PgKind.Date => Wire.Date(DateOnly.FromDateTime(PgValueConverter.ParseTimestamp(field.Value, column))),
            PgKind.Boolean => (bool)PgValueConverter.Convert(field.Value, column) ? "true" : "false",
            _ => field.Value,
        };
    }

    private async Task<(int Code, string Out, string Err)> RecordAsync(params string[] args)
    {
        var snowflake = $"Snowflake:ConnectionString=account=testaccount;user=conflictdb;authenticator=snowflake_jwt;private_key_file={_keyFile};" +
            $"host={_world.Server.BaseAddress.Host};port={_world.Server.BaseAddress.Port};scheme=http";
        var (stdout, stderr) = (Console.Out, Console.Error);
        var (o, e) = (new StringWriter(), new StringWriter());
        Console.SetOut(o);
        Console.SetError(e);
        try
        {
            var code = await Commands.Build().Parse(["record", "--set", snowflake, "--set", "Run:TimeZone=America/New_York", .. args]).InvokeAsync();
            return (code, o.ToString(), e.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    /// <summary>Loads table CSVs into a fresh database and returns a checksum per table over the given columns.</summary>
    private async Task<Dictionary<string, string?>> LoadAsync(IReadOnlyList<CaseLoader.TableFile> files, IReadOnlyDictionary<string, IReadOnlyList<string>> columns)
    {
        var cs = await server.CreateDatabaseAsync("record_cmp");
        await using (var conn = new NpgsqlConnection(cs))
        {
            await conn.OpenAsync();
            await new CaseLoader(NullLogger.Instance).LoadAsync(conn, files, default);
        }
        var sums = new Dictionary<string, string?>();
        foreach (var (table, cols) in columns)
        {
            var list = string.Join(", ", cols.Select(Quote.Ident));
            sums[table] = await Db.ScalarAsync<string>(cs, $"select md5(coalesce(string_agg(r::text, '|' order by r::text), '')) from (select {list} from {table}) r");
        }
        return sums;
    }

    private static IReadOnlyList<CaseLoader.TableFile> Files(string folder, string schema) =>
        Directory.GetFiles(folder, "*.csv").Select(f => new CaseLoader.TableFile(schema, Path.GetFileNameWithoutExtension(f).ToLowerInvariant(), f)).ToList();

    private static Dictionary<string, IReadOnlyList<string>> HeadersOf(string folder, string schema) =>
        Directory.GetFiles(folder, "*.csv").ToDictionary(
            f => $"{schema}.{Path.GetFileNameWithoutExtension(f).ToLowerInvariant()}",
            f =>
            {
                using var reader = new CaseCsvReader(f);
                return (IReadOnlyList<string>)reader.Header.ToList();
            });

    [Fact]
    public async Task A_recorded_case_loads_into_the_rows_the_account_held_and_the_parity_command_reads_it()
    {
        await SeedAsync(Path.Combine(Original, "input", "analytics"), Path.Combine(Original, "input", "conflict"));
        var ssns = new CaseCsvReader(Path.Combine(Original, "input", "analytics", "DIMCAREGIVER.csv")).Records()
            .Select(r => r.Fields[6].Value.Trim()).Where(s => s.Length > 0).Distinct().ToList();
        var output = Path.Combine(_dir, "recorded");

        var (code, stdout, err) = await RecordAsync(["--out", output, "--as-of", "2026-03-10T02:00:00", "--ssn", .. ssns]);

        code.ShouldBe(ExitCodes.Success, err);
        stdout.ShouldContain(Path.Combine("analytics", "FACTVISITCALLPERFORMANCE_CR.csv"));
        var recorded = ParityCase.Load(output);
        recorded.AsOf.ShouldBe(new DateTime(2026, 3, 10, 2, 0, 0));
        recorded.Procedures.ShouldContain("INSERT_CONFLICTS");
        var compared = HeadersOf(Path.Combine(output, "input", "analytics"), "analytics")
            .Concat(HeadersOf(Path.Combine(output, "input", "conflict"), "conflict"))
            .ToDictionary(x => x.Key, x => x.Value);
        compared.Keys.ShouldContain("analytics.factvisitcallperformance_cr");
        compared.Keys.ShouldContain("conflict.conflictvisitmaps");
        var fromRecording = await LoadAsync(CaseLoader.InputFiles(output), compared);
        var fromOriginal = await LoadAsync(CaseLoader.InputFiles(Original), compared);
        foreach (var table in compared.Keys) fromRecording[table].ShouldBe(fromOriginal[table], table);

        // after the chain ran in Snowflake: the account holds the night's final tables
        await SeedAsync(Path.Combine(Original, "input", "analytics"), Path.Combine(Original, "expected", "final"));
        var (expectedCode, _, expectedErr) = await RecordAsync("--out", output, "--as-of", "2026-03-10T02:00:00", "--expected");

        expectedCode.ShouldBe(ExitCodes.Success, expectedErr);
        var final = Path.Combine(output, "expected", "final");
        var finalTables = HeadersOf(final, "conflict");
        finalTables.Keys.ShouldContain("conflict.conflicts");
        var recordedFinal = await LoadAsync(Files(final, "conflict"), finalTables);
        var originalFinal = await LoadAsync(Files(Path.Combine(Original, "expected", "final"), "conflict").Where(f => finalTables.ContainsKey($"conflict.{f.Table}")).ToList(), finalTables);
        foreach (var table in finalTables.Keys) recordedFinal[table].ShouldBe(originalFinal[table], table);
    }

    [Fact]
    public async Task Record_refuses_to_overwrite_a_recorded_input()
    {
        var output = Path.Combine(_dir, "existing");
        Directory.CreateDirectory(Path.Combine(output, "input"));

        var (code, _, err) = await RecordAsync("--out", output, "--as-of", "2026-03-10T02:00:00", "--ssn", "101-11-1001");

        code.ShouldBe(ExitCodes.Failure);
        err.ShouldContain("already exists; record into a new folder");
    }
}
