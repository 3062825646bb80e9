using Npgsql;

namespace ConflictDb.Generation;

/// <summary>Binary COPY of generated rows into the analytics tables, one method per table shape.</summary>
public static class AnalyticsCopy
{
    public const string VisitColumns =
        "\"Visit Id\", \"Application Visit Id\", \"Patient Id\", \"Application Patient Id\", \"Caregiver Id\", \"Application Caregiver Id\", " +
        "\"Provider Id\", \"Application Provider Id\", \"Office Id\", \"Application Office Id\", \"Payer Id\", \"Application Payer Id\", " +
        "\"Contract Id\", \"Application Contract Id\", \"Service Code Id\", \"Application Service Code Id\", \"Payer Patient Id\", " +
        "\"Application Payer Patient Id\", \"Provider Patient Id\", \"Application Provider Patient Id\", \"Visit Date\", " +
        "\"Scheduled Start Time\", \"Scheduled End Time\", \"Visit Start Time\", \"Visit End Time\", \"Call In Time\", " +
        "\"Call In GPS Coordinates\", \"Call Out Time\", \"Call Out GPS Coordinates\", \"Call Out Device Type\", \"Bill Type\", \"Billed\", " +
        "\"Billed Hours\", \"Billed Rate\", \"Total Billed Amount\", \"Bill Rate Non-Billed\", \"Invoice Date\", \"Is Missed\", " +
        "\"Missed Visit Reason\", \"Visit Updated User Id\", \"Application Visit Updated User Id\", \"Visit Updated Timestamp\", " +
        "\"Updated Datatimestamp\", \"Conflict Report Hash\"";

    public const string InserviceColumns =
        "\"Application Caregiver Inservice Id\", \"Environment\", \"Caregiver Id\", \"Provider Id\", \"Office Id\", \"Inservice start date\", \"Inservice end date\", \"Updated Datatimestamp\"";

    public const string AbsenceColumns =
        "\"Caregiver Vacation Id\", \"Environment\", \"Global Caregiver Id\", \"Office Id\", \"Provider Id\", \"Start Date\", \"End Date\", \"Updated Datatimestamp\"";

    public static Task<NpgsqlBinaryImporter> BeginAsync(NpgsqlConnection conn, string table, string columns, CancellationToken ct) =>
        conn.BeginBinaryImportAsync($"copy analytics.{table} ({columns}) from stdin (format binary)", ct);

    public static async ValueTask WriteVisitAsync(NpgsqlBinaryImporter importer, VisitRow v, CancellationToken ct)
    {
        await importer.StartRowAsync(ct);
        var r = new CopyRow(importer, ct);
        await r.Text(v.VisitId);
        await r.Text(v.AppVisitId);
        await r.Text(v.PatientId);
        await r.Long(v.AppPatientId);
        await r.Text(v.CaregiverId);
        await r.Long(v.AppCaregiverId);
        await r.Text(v.ProviderId);
        await r.Text(v.AppProviderId);
        await r.Text(v.OfficeId);
        await r.Text(v.AppOfficeId);
        await r.Text(v.PayerId);
        await r.Long(v.AppPayerId);
        await r.Text(v.ContractId);
        await r.Text(v.AppContractId);
        await r.Text(v.ServiceCodeId);
        await r.Long(v.AppServiceCodeId);
        await r.Text(v.PayerPatientId);
        await r.Long(v.AppPayerPatientId);
        await r.Text(v.ProviderPatientId);
        await r.Long(v.AppProviderPatientId);
        await r.Timestamp(v.VisitDate);
        await r.Timestamp(v.ScheduledStart);
        await r.Timestamp(v.ScheduledEnd);
        await r.Timestamp(v.VisitStart);
        await r.Timestamp(v.VisitEnd);
        await r.Timestamp(v.CallIn);
        await r.Text(v.CallInGps);
        await r.Timestamp(v.CallOut);
        await r.Text(v.CallOutGps);
        await r.Text(v.CallOutDeviceType);
        await r.Text(v.BillType);
        await r.Text(v.Billed);
        await r.Numeric(v.BilledHours);
        await r.Numeric(v.BilledRate);
        await r.Numeric(v.TotalBilledAmount);
        await r.Numeric(v.BillRateNonBilled);
        await r.Timestamp(v.InvoiceDate);
        await r.Bool(v.IsMissed);
        await r.Text(v.MissedVisitReason);
        await r.Text(v.UpdatedUserId);
        await r.Text(v.AppUpdatedUserId);
        await r.Timestamp(v.VisitUpdated);
        await r.Timestamp(v.UpdatedDatatimestamp);
        await r.Long(v.ConflictReportHash);
    }

    public static async ValueTask WriteInserviceAsync(NpgsqlBinaryImporter importer, InserviceRow x, CancellationToken ct)
    {
        await importer.StartRowAsync(ct);
        var r = new CopyRow(importer, ct);
        await r.Long(x.AppInserviceId);
        await r.Text(World.Environment);
        await r.Text(x.CaregiverId);
        await r.Text(x.ProviderId);
        await r.Text(x.OfficeId);
        await r.Timestamp(x.Start);
        await r.Timestamp(x.End);
        await r.Timestamp(x.Updated);
    }

    public static async ValueTask WriteAbsenceAsync(NpgsqlBinaryImporter importer, AbsenceRow x, CancellationToken ct)
    {
        await importer.StartRowAsync(ct);
        var r = new CopyRow(importer, ct);
        await r.Numeric(x.VacationId);
        await r.Text(World.Environment);
        await r.Text(x.CaregiverId);
        await r.Text(x.OfficeId);
        await r.Text(x.ProviderId);
        await r.Timestamp(x.Start);
        await r.Timestamp(x.End);
        await r.Timestamp(x.Updated);
    }

    /// <summary>COPYs a small in-memory set (a dimension) and returns the row count.</summary>
    public static async Task<long> CopyAsync<T>(NpgsqlConnection conn, string table, string columns, IEnumerable<T> rows,
        Func<CopyRow, T, ValueTask> write, CancellationToken ct)
    {
        await using var importer = await BeginAsync(conn, table, columns, ct);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            await write(new CopyRow(importer, ct), row);
        }
        return (long)await importer.CompleteAsync(ct);
    }
}
