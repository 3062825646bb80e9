using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConflictDb.Parity;
using ConflictDb.Snowflake;
using Microsoft.Extensions.Logging;

namespace ConflictDb.Sync;

/// <summary>
/// Writes a parity case (../shared/spec/parity-cases.md) from a live Snowflake account, for a few caregivers:
/// <list type="bullet">
/// <item><see cref="RecordInputAsync"/>, before the night: input/analytics with every visit of the caregivers (by
/// trimmed SSN, the chain's pairing key) in the chain's window (as-of minus 2 years to plus 45 days) and every
/// dimension row those visits reference, in the columns the sync loads; input/conflict with the caregivers'
/// CONFLICTREPORT rows and the reference tables; case.json.</item>
/// <item><see cref="RecordExpectedAsync"/>, after the Snowflake chain ran that night: expected/final with the same
/// caregivers' CONFLICTREPORT rows.</item>
/// </list>
/// Values are written as the case format wants them: timestamps as the wall clock of their own offset, \N for NULL.
/// </summary>
public sealed class CaseRecorder(ISnowflakeClient client, string sourceSchema, string conflictSchema, string account, ILogger logger)
{
    public const string DefaultConflictSchema = "CONFLICTREPORT.PUBLIC";

    /// <summary>The original nightly chain in order (Scripts13/snowflake/Tasks.sql), as the case's "procedures".</summary>
    public static readonly IReadOnlyList<string> Chain =
    [
        "COPY_DATA_FROM_CONFLICTVISITMAPS_TO_TEMP", "UPDATE_DATA_CONFLICTVISITMAPS", "UPDATE_DATA_CONFLICTVISITMAPS_1",
        "UPDATE_DATA_CONFLICTVISITMAPS_2", "UPDATE_DATA_CONFLICTVISITMAPS_3", "INSERT_DATA_FROM_MAIN_TO_CONFLICTVISITMAPS",
        "INSERT_DATA_FROM_MAIN_TO_CONFLICTVISITMAPS_1", "INSERT_DATA_FROM_MAIN_TO_CONFLICTVISITMAPS_2", "UPDATE_CONFLICT_VISIT_MAPS",
        "INSERT_CONFLICTS", "ASSIGN_GROUP_IDS", "UPDATE_PHONE_CONTACT", "CREATE_NEW_LOG_HISTORY", "UPDATE_CREATE_LOG_HISTORY",
        "SP_GET_FINAL_BILLABLE_UNITS_OPTIMIZED", "LOAD_PROVIDER_DASHBOARD_DATA", "LOAD_PAYER_DASHBOARD_DATA",
        "LOAD_PAYER_DASHBOARD_CHART_DATA", "LOAD_PAYER_CONFLICT_SUMMARY",
    ];

    /// <summary>Reference tables copied whole: the chain reads all of them.</summary>
    public static readonly IReadOnlyList<string> ReferenceTables = ["SETTINGS", "MPH", "EXCLUDED_SSN", "EXCLUDED_AGENCY", "CONTACT_MAINTENANCE", "LOG_FIELDS"];

    private const string InList = "select value::string from table(flatten(input => parse_json(?)))";

    public async Task<IReadOnlyDictionary<string, long>> RecordInputAsync(string directory, DateTime asOf, IReadOnlyList<string> ssns, int? sample, CancellationToken ct)
    {
        var input = Path.Combine(directory, "input");
        if (Directory.Exists(input)) throw new SyncException($"{input} already exists; record into a new folder (a recorded input is never overwritten)");
        var written = new Dictionary<string, long>();
        var day = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var window = $"to_date({{0}}\"Visit Date\") between dateadd(year, -2, to_date('{day}')) and dateadd(day, 45, to_date('{day}'))";

        var chosen = ssns.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        if (sample is { } n)
        {
            if (n < 1) throw new Configuration.ConfigurationException("--ssn-sample", "must be at least 1");
            var sql =
                $"select ssn from (select distinct trim(c.\"SSN\") as ssn from {sourceSchema}.FACTVISITCALLPERFORMANCE_CR v " +
                $"join {sourceSchema}.DIMCAREGIVER c on c.\"Caregiver Id\" = v.\"Caregiver Id\" " +
                $"where {string.Format(CultureInfo.InvariantCulture, window, "v.")} and trim(c.\"SSN\") <> '') order by random() limit {n}";
            chosen = (await QueryAsync(sql, [], ct)).Rows.Select(r => (string)r[0]!).Order(StringComparer.Ordinal).ToList();
        }
        if (chosen.Count == 0) throw new SyncException($"no caregiver to record: no SSN given, or none has a visit in the window of {day}");
        logger.LogInformation("recording {Count} caregiver SSN(s) for the night of {Day}", chosen.Count, day);
        var ssnJson = Json(chosen);

        // caregivers, then their visits, then what the visits reference
        var analytics = Path.Combine(input, "analytics");
        var caregivers = await ViewAsync(AnalyticsViews.DimCaregiver, $"trim(\"SSN\") in ({InList})", [ssnJson], ct);
        var caregiverIds = Json(Distinct(caregivers, "Caregiver Id"));
        var visits = await ViewAsync(AnalyticsViews.FactVisitCallPerformance,
            $"\"Caregiver Id\" in ({InList}) and {string.Format(CultureInfo.InvariantCulture, window, "")}", [caregiverIds], ct);
        var deleted = await ViewAsync(AnalyticsViews.FactVisitCallPerformanceDeleted,
            $"\"Caregiver Id\" in ({InList}) and {string.Format(CultureInfo.InvariantCulture, window, "")}", [caregiverIds], ct);
        string Ids(string column) => Json(Distinct(visits, column).Concat(Distinct(deleted, column)).Distinct().Order(StringComparer.Ordinal));
        var payers = Ids("Payer Id");
        var providers = Ids("Provider Id");
        var tables = new List<(ViewMap Map, Table Rows)>
        {
            (AnalyticsViews.DimCaregiver, caregivers),
            (AnalyticsViews.FactVisitCallPerformance, visits),
            (AnalyticsViews.FactVisitCallPerformanceDeleted, deleted),
            (AnalyticsViews.DimPatient, await ViewAsync(AnalyticsViews.DimPatient, $"\"Patient Id\" in ({InList})", [Ids("Patient Id")], ct)),
            (AnalyticsViews.DimPatientAddress, await ViewAsync(AnalyticsViews.DimPatientAddress, $"\"Patient Id\" in ({InList})", [Ids("Patient Id")], ct)),
            (AnalyticsViews.DimProvider, await ViewAsync(AnalyticsViews.DimProvider, $"\"Provider Id\" in ({InList})", [providers], ct)),
            (AnalyticsViews.DimOffice, await ViewAsync(AnalyticsViews.DimOffice, $"\"Office Id\" in ({InList})", [Ids("Office Id")], ct)),
            (AnalyticsViews.DimPayer, await ViewAsync(AnalyticsViews.DimPayer, $"\"Payer Id\" in ({InList})", [payers], ct)),
            (AnalyticsViews.DimContract, await ViewAsync(AnalyticsViews.DimContract, $"\"Contract Id\" in ({InList})", [Ids("Contract Id")], ct)),
            (AnalyticsViews.DimServiceCode, await ViewAsync(AnalyticsViews.DimServiceCode, $"\"Service Code Id\" in ({InList})", [Ids("Service Code Id")], ct)),
            (AnalyticsViews.DimUser, await ViewAsync(AnalyticsViews.DimUser, $"\"User Id\" in ({InList})", [Ids("Visit Updated User Id")], ct)),
            (AnalyticsViews.DimPayerProvider, await ViewAsync(AnalyticsViews.DimPayerProvider,
                $"\"Payer Id\" in ({InList}) and \"Provider Id\" in ({InList})", [payers, providers], ct)),
            (AnalyticsViews.FactCaregiverInservice, await ViewAsync(AnalyticsViews.FactCaregiverInservice, $"\"Caregiver Id\" in ({InList})", [caregiverIds], ct)),
            (AnalyticsViews.FactCaregiverAbsence, await ViewAsync(AnalyticsViews.FactCaregiverAbsence, $"\"Global Caregiver Id\" in ({InList})", [caregiverIds], ct)),
        };
        foreach (var (map, rows) in tables)
        {
            written[Write(analytics, map.View, rows, map.Key)] = rows.Rows.Count;
        }

        var conflict = Path.Combine(input, "conflict");
        foreach (var (name, rows) in await ConflictTablesAsync(ssnJson, payers, providers, ct))
        {
            written[Write(conflict, name, rows, [])] = rows.Rows.Count;
        }

        var caseJson = new JsonObject
        {
            ["name"] = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory))),
            ["description"] = $"Recorded from Snowflake: {chosen.Count} caregiver SSN(s), night of {day}",
            ["asOf"] = asOf.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
            ["recordedBy"] = $"snowflake {account} {DateTime.UtcNow:yyyy-MM-dd}",
            ["recordedWith"] = new JsonObject { ["sourceSchema"] = sourceSchema, ["conflictSchema"] = conflictSchema, ["ssns"] = new JsonArray([.. chosen.Select(s => (JsonNode)s)]) },
            ["procedures"] = new JsonArray([.. Chain.Select(p => (JsonNode)p)]),
            ["ignoreColumns"] = new JsonObject
            {
                ["CONFLICTVISITMAPS"] = new JsonArray("ID"),
                ["CONFLICTVISITMAPS_TEMP"] = new JsonArray("ID"),
                ["NOTIFICATIONS"] = new JsonArray("ID"),
                ["PAYER_PROVIDER_REMINDERS"] = new JsonArray("ID"),
            },
            // CONFLICTID (and GroupID) continue after MAX over the whole account; in a case they are compared up to renaming
            ["renameIds"] = new JsonArray("CONFLICTID", "GroupID"),
            ["moneyTolerance"] = 0.000001,
        };
        await File.WriteAllTextAsync(Path.Combine(directory, "case.json"), caseJson.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n", ct);
        written["case.json"] = 1;
        return written;
    }

    public async Task<IReadOnlyDictionary<string, long>> RecordExpectedAsync(string directory, CancellationToken ct)
    {
        var caseFile = Path.Combine(directory, "case.json");
        if (!File.Exists(caseFile)) throw new SyncException($"{caseFile} does not exist: record the input first (record --out {directory} --as-of ... --ssn ...)");
        var root = JsonNode.Parse(await File.ReadAllTextAsync(caseFile, ct))!;
        var ssns = root["recordedWith"]?["ssns"]?.AsArray().Select(s => s!.GetValue<string>()).ToList()
            ?? throw new SyncException($"{caseFile} has no recordedWith.ssns: it was not written by record");
        var final = Path.Combine(directory, "expected", "final");
        if (Directory.Exists(final)) throw new SyncException($"{final} already exists; expected output is never overwritten (parity/README.md)");
        var payerProvider = Path.Combine(directory, "input", "analytics", "DIMPAYERPROVIDER.csv");
        var (payers, providers) = PairsOf(payerProvider);
        var written = new Dictionary<string, long>();
        foreach (var (name, rows) in await ConflictTablesAsync(Json(ssns), payers, providers, ct))
        {
            written[Write(final, name, rows, [])] = rows.Rows.Count;
        }
        return written;
    }

    private async Task<List<(string Name, Table Rows)>> ConflictTablesAsync(string ssnJson, string payers, string providers, CancellationToken ct)
    {
        var conflictIds = $"select \"CONFLICTID\" from {conflictSchema}.CONFLICTVISITMAPS where trim(\"SSN\") in ({InList})";
        var result = new List<(string, Table)>
        {
            ("CONFLICTVISITMAPS", await QueryAsync($"select * from {conflictSchema}.CONFLICTVISITMAPS where trim(\"SSN\") in ({InList})", [ssnJson], ct)),
            ("CONFLICTVISITMAPS_TEMP", await QueryAsync($"select * from {conflictSchema}.CONFLICTVISITMAPS_TEMP where trim(\"SSN\") in ({InList})", [ssnJson], ct)),
            ("CONFLICTS", await QueryAsync($"select * from {conflictSchema}.CONFLICTS where \"CONFLICTID\" in ({conflictIds})", [ssnJson], ct)),
            ("NOTIFICATIONS", await QueryAsync($"select * from {conflictSchema}.NOTIFICATIONS where \"CONFLICTID\" in ({conflictIds})", [ssnJson], ct)),
            ("PAYER_PROVIDER_REMINDERS", await QueryAsync(
                $"select * from {conflictSchema}.PAYER_PROVIDER_REMINDERS where \"PayerID\" in ({InList}) and \"ProviderID\" in ({InList})", [payers, providers], ct)),
        };
        foreach (var table in ReferenceTables) result.Add((table, await QueryAsync($"select * from {conflictSchema}.{table}", [], ct)));
        return result;
    }

    private sealed record Table(IReadOnlyList<string> Columns, List<object?[]> Rows);

    private async Task<Table> ViewAsync(ViewMap map, string predicate, IReadOnlyList<string> bindings, CancellationToken ct)
    {
        var (sql, _) = SnowflakeAnalyticsSource.Query(map, $"{sourceSchema}.{map.View}", null, predicate);
        return await QueryAsync(sql, bindings, ct);
    }

    private async Task<Table> QueryAsync(string sql, IReadOnlyList<string> bindings, CancellationToken ct)
    {
        await using var result = await client.ExecuteAsync(sql, bindings.Select(SnowflakeBinding.Text).ToList(), ct);
        var rows = new List<object?[]>();
        await foreach (var row in result.ReadRowsAsync(ct)) rows.Add(row);
        return new Table(result.Columns.Select(c => c.Name).ToList(), rows);
    }

    private static IEnumerable<string> Distinct(Table table, string column)
    {
        var i = table.Columns.ToList().IndexOf(column);
        return i < 0 ? [] : table.Rows.Select(r => r[i]).OfType<string>().Distinct().Order(StringComparer.Ordinal);
    }

    private static (string Payers, string Providers) PairsOf(string file)
    {
        if (!File.Exists(file)) return ("[]", "[]");
        using var reader = new CaseCsvReader(file);
        var payer = reader.Header.ToList().IndexOf("Payer Id");
        var provider = reader.Header.ToList().IndexOf("Provider Id");
        var rows = reader.Records().ToList();
        return (Json(rows.Select(r => r.Fields[payer].Value).Distinct()), Json(rows.Select(r => r.Fields[provider].Value).Distinct()));
    }

    private static string Json(IEnumerable<string> values) => JsonSerializer.Serialize(values.ToArray());

    /// <summary>Writes &lt;dir&gt;/&lt;name&gt;.csv sorted by the key columns, then by every column; returns the relative file name.</summary>
    private static string Write(string directory, string name, Table table, IReadOnlyList<string> key)
    {
        Directory.CreateDirectory(directory);
        var rendered = table.Rows.Select(r => r.Select(Render).ToArray()).ToList();
        var keyIndexes = key.Select(k => table.Columns.ToList().IndexOf(k)).Where(i => i >= 0).ToArray();
        rendered.Sort((a, b) =>
        {
            foreach (var i in keyIndexes.Concat(Enumerable.Range(0, table.Columns.Count)))
            {
                var c = string.CompareOrdinal(a[i].Value, b[i].Value);
                if (c != 0) return c;
                if (a[i].IsNull != b[i].IsNull) return a[i].IsNull ? -1 : 1;
            }
            return 0;
        });
        var path = Path.Combine(directory, name + ".csv");
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', table.Columns.Select(c => Quote(c))));
        foreach (var row in rendered)
        {
            for (var i = 0; i < row.Length; i++)
            {
                if (i > 0) writer.Write(',');
                CaseCsvReader.WriteCopyField(writer, row[i]);
            }
            writer.Write('\n');
        }
        return Path.Combine(Path.GetFileName(directory), name + ".csv");
    }

    private static string Quote(string header) =>
        header.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + header.Replace("\"", "\"\"") + "\"" : header;

    /// <summary>A decoded Snowflake value in the case CSV format.</summary>
    public static CsvField Render(object? value) => value switch
    {
        null => new CsvField("", true),
        string s => new CsvField(s, false),
        bool b => new CsvField(b ? "true" : "false", false),
        long l => new CsvField(l.ToString(CultureInfo.InvariantCulture), false),
        BigInteger big => new CsvField(big.ToString(CultureInfo.InvariantCulture), false),
        decimal d => new CsvField(d.ToString(CultureInfo.InvariantCulture), false),
        double f => new CsvField(f.ToString("R", CultureInfo.InvariantCulture), false),
        DateTime t => new CsvField(t.ToString(t.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture), false),
        DateOnly d => new CsvField(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), false),
        TimeOnly t => new CsvField(t.ToString("HH:mm:ss.ffffff", CultureInfo.InvariantCulture), false),
        byte[] bytes => new CsvField("\\x" + Convert.ToHexString(bytes).ToLowerInvariant(), false),
        _ => new CsvField(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", false),
    };
}
