namespace ConflictDb.Generation;

/// <summary>One row of analytics.factvisitcallperformance_cr (or _deleted_cr): the 44 columns of the table.</summary>
public sealed class VisitRow
{
    public required string VisitId;
    public required string AppVisitId;
    public required string PatientId;
    public required long AppPatientId;
    public required string CaregiverId;
    public required long AppCaregiverId;
    public required string ProviderId;
    public required string AppProviderId;
    public required string OfficeId;
    public required string AppOfficeId;
    public string? PayerId;
    public long AppPayerId;
    public string? ContractId;
    public required string AppContractId;
    public required string ServiceCodeId;
    public long AppServiceCodeId;
    public string? PayerPatientId;
    public long? AppPayerPatientId;
    public required string ProviderPatientId;
    public long AppProviderPatientId;
    public DateTime VisitDate;
    public DateTime? ScheduledStart;
    public DateTime? ScheduledEnd;
    public DateTime? VisitStart;
    public DateTime? VisitEnd;
    public DateTime? CallIn;
    public string? CallInGps;
    public DateTime? CallOut;
    public string? CallOutGps;
    public string? CallOutDeviceType;
    public required string BillType;
    public required string Billed;
    public decimal? BilledHours;
    public decimal? BilledRate;
    public decimal? TotalBilledAmount;
    public decimal? BillRateNonBilled;
    public DateTime? InvoiceDate;
    public bool IsMissed;
    public string? MissedVisitReason;
    public string? UpdatedUserId;
    public string? AppUpdatedUserId;
    public DateTime? VisitUpdated;
    public DateTime? UpdatedDatatimestamp;
    public long? ConflictReportHash;
}

/// <summary>One row of analytics.factcaregiverinservice.</summary>
public sealed record InserviceRow(long AppInserviceId, string CaregiverId, string ProviderId, string OfficeId, DateTime Start, DateTime End, DateTime? Updated);

/// <summary>One row of analytics.factcaregiverabsence.</summary>
public sealed record AbsenceRow(decimal VacationId, string CaregiverId, string OfficeId, string ProviderId, DateTime Start, DateTime End, DateTime? Updated);

/// <summary>What one generated day holds.</summary>
public sealed class DayOutput
{
    public List<VisitRow> Visits { get; } = [];
    public List<VisitRow> Deleted { get; } = [];
    public List<InserviceRow> Inservice { get; } = [];
    public List<AbsenceRow> Absences { get; } = [];
    public Dictionary<string, int> Scenarios { get; } = [];
}
