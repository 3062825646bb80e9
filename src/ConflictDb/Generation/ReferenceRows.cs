using Npgsql;

namespace ConflictDb.Generation;

/// <summary>
/// The conflict reference rows the stages read (one settings row, MPH bands, excluded SSNs and agencies)
/// and the analytics refresh row the nightly gate looks for. Shaped on production (upstream-lessons.md
/// §1.1: ~7K excluded SSNs, 3 excluded agencies, 4 MPH ranges).
/// </summary>
public static class ReferenceRows
{
    public const string RefreshModule = "Conflict Report";

    public static async Task WriteAsync(NpgsqlConnection conn, World world, DateTime asOf, CancellationToken ct)
    {
        var today = asOf.Date;
        await using var batch = new NpgsqlBatch(conn);
        // exactly one settings row (the chain cross-joins SETTINGS): the migration's defaults, a last load yesterday
        batch.BatchCommands.Add(Command(
            """
            insert into conflict.settings ("ID", "ExtraDistance", "ExtraDistancePer", "NORESPONSELIMITTIME", "LastLoadDate", "InProgressFlag")
            values (1, 25, 1.25, 0, @last_load, 2)
            on conflict ("ID") do update set
                "ExtraDistance" = excluded."ExtraDistance",
                "ExtraDistancePer" = excluded."ExtraDistancePer",
                "NORESPONSELIMITTIME" = excluded."NORESPONSELIMITTIME",
                "LastLoadDate" = excluded."LastLoadDate",
                "InProgressFlag" = excluded."InProgressFlag"
            """, ("last_load", today.AddDays(-1).AddHours(2))));
        batch.BatchCommands.Add(Command("delete from conflict.settings where \"ID\" <> 1"));
        batch.BatchCommands.Add(Command(
            """
            insert into conflict.mph ("RECORDEDDATETIME", "TYPE", "From", "To", "AverageMilesPerHour")
            values (@recorded, 'Miles', 0, 10, 15),
                   (@recorded, 'Miles', 11, 25, 25),
                   (@recorded, 'Miles', 26, 50, 35),
                   (@recorded, 'Miles', 51, 1000, 45)
            """, ("recorded", today.AddDays(-400))));
        batch.BatchCommands.Add(Command(
            "insert into conflict.excluded_ssn (\"SSN\") select unnest(@ssns)",
            ("ssns", world.ExcludedPersons.Select(p => p.Ssn).ToArray())));
        var agencies = world.ExcludedProviders.ToList();
        batch.BatchCommands.Add(Command(
            "insert into conflict.excluded_agency (\"AgencyName\", \"ProviderID\", \"AppProviderID\") select * from unnest(@names, @ids, @apps)",
            ("names", agencies.Select(p => p.Name).ToArray()), ("ids", agencies.Select(p => p.Id).ToArray()), ("apps", agencies.Select(p => p.AppId).ToArray())));
        batch.BatchCommands.Add(RefreshRow(today));
        await batch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>A successful 'Conflict Report' refresh finished at 00:30 of <paramref name="today"/>: the gate opens that day.</summary>
    public static NpgsqlBatchCommand RefreshRow(DateTime today) => Command(
        "insert into analytics.factdatarefreshstatus (\"MODULE\", \"STATUS\", \"REFRESH_FINISHED_AT\") values (@module, 'success', @finished)",
        ("module", RefreshModule), ("finished", today.AddMinutes(30)));

    private static NpgsqlBatchCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var cmd = new NpgsqlBatchCommand(sql);
        foreach (var (name, value) in parameters)
        {
            if (value is DateTime dt) cmd.Parameters.AddWithValue(name, NpgsqlTypes.NpgsqlDbType.Timestamp, dt);
            else cmd.Parameters.AddWithValue(name, value);
        }
        return cmd;
    }
}
