namespace ConflictDb.Sync;

/// <summary>
/// The declarative map of the sync: each ANALYTICS.BI view, the analytics table it fills, key, watermark and
/// columns (db/analytics/README.md; ../shared/spec/schema-inventory.md §2.1 and §2.4). Order is load order:
/// dimensions, caregiver facts, visits, deleted visits (whose load removes the visits they list), refresh status.
/// </summary>
public static class AnalyticsViews
{
    /// <summary>The copies keep the HHA rows of the dimensions (schema-inventory.md §2.1, 0004_create_dimensions.sql).</summary>
    private const string HhaOnly = "\"Source System\" = 'hha'";

    private static IReadOnlyList<ColumnMap> Same(params string[] names) => names.Select(n => new ColumnMap(n)).ToList();

    private static readonly string[] VisitColumns =
    [
        "Visit Id", "Application Visit Id", "Patient Id", "Application Patient Id", "Caregiver Id", "Application Caregiver Id",
        "Provider Id", "Application Provider Id", "Office Id", "Application Office Id", "Payer Id", "Application Payer Id",
        "Contract Id", "Application Contract Id", "Service Code Id", "Application Service Code Id", "Payer Patient Id",
        "Application Payer Patient Id", "Provider Patient Id", "Application Provider Patient Id", "Visit Date",
        "Scheduled Start Time", "Scheduled End Time", "Visit Start Time", "Visit End Time", "Call In Time",
        "Call In GPS Coordinates", "Call Out Time", "Call Out GPS Coordinates", "Call Out Device Type", "Bill Type", "Billed",
        "Billed Hours", "Billed Rate", "Total Billed Amount", "Bill Rate Non-Billed", "Invoice Date", "Is Missed",
        "Missed Visit Reason", "Visit Updated User Id", "Application Visit Updated User Id", "Visit Updated Timestamp",
    ];

    // "Updated Datatimestamp" is not a column of the visit views: the time of the load (0002_create_visit_facts.sql).
    private static IReadOnlyList<ColumnMap> Visits() =>
        [.. VisitColumns.Select(n => new ColumnMap(n)), ColumnMap.LoadedAt("Updated Datatimestamp"), new ColumnMap("Conflict Report Hash")];

    public static readonly ViewMap DimCaregiver = new()
    {
        View = "DIMCAREGIVER",
        Table = "dimcaregiver",
        Columns = Same("Caregiver Id", "Application Caregiver Id", "Caregiver Code", "Caregiver Firstname", "Caregiver Lastname",
            "Caregiver Fullname", "SSN", "Status", "Updated Datatimestamp"),
        Key = ["Caregiver Id"],
        Watermark = "Updated Datatimestamp",
        SourceFilter = HhaOnly,
    };

    public static readonly ViewMap DimContract = new()
    {
        View = "DIMCONTRACT",
        Table = "dimcontract",
        Columns = Same("Contract Id", "Application Contract Id", "Contract Name", "Is Active", "Updated Datatimestamp"),
        Key = ["Contract Id"],
        Watermark = "Updated Datatimestamp",
        SourceFilter = HhaOnly,
    };

    public static readonly ViewMap DimOffice = new()
    {
        View = "DIMOFFICE",
        Table = "dimoffice",
        Columns = Same("Office Id", "Application Office Id", "Office Name", "Is Active", "Updated Datatimestamp", "Federal Tax Number", "NPI"),
        Key = ["Office Id"],
        Watermark = "Updated Datatimestamp",
        SourceFilter = HhaOnly,
    };

    public static readonly ViewMap DimPatient = new()
    {
        View = "DIMPATIENT",
        Table = "dimpatient",
        Columns = Same("Patient Id", "Payer Id", "Application Patient Id", "Patient Firstname", "Patient Lastname", "Patient Name",
            "Admission Id", "Medicaid Number", "Status", "Has Visit", "Updated Datatimestamp", "Conflict Report Hash"),
        Key = ["Patient Id"],
        Watermark = "Updated Datatimestamp",
        SourceFilter = HhaOnly,
    };

    public static readonly ViewMap DimPatientAddress = new()
    {
        View = "DIMPATIENTADDRESS",
        Table = "dimpatientaddress",
        Columns =
        [
            .. Same("Patient Address Id", "Application Patient Address Id", "Patient Id", "Application Patient Id", "Address Type",
                "Address Line 1", "Address Line 2", "City", "County", "Address State", "Zip Code", "Primary Address", "Latitude",
                "Longitude", "Application Created UTC Timestamp"),
            ColumnMap.From("Updated Datatimestamp", "Updated Timestamp"),
        ],
        Key = ["Patient Address Id"],
        Watermark = "Updated Datatimestamp",
        SourceFilter = HhaOnly,
    };

    public static readonly ViewMap DimPayer = new()
    {
        View = "DIMPAYER",
        Table = "dimpayer",
        Columns = Same("Payer Id", "Application Payer Id", "Payer Name", "Payer State", "Is Active", "Is Demo", "Updated Datatimestamp"),
        Key = ["Payer Id"],
        Watermark = "Updated Datatimestamp",
        SourceFilter = HhaOnly,
    };

    // one view row per contract as well: the table keeps the distinct pairs (db/analytics/README.md)
    public static readonly ViewMap DimPayerProvider = new()
    {
        View = "DIMPAYERPROVIDER",
        Table = "dimpayerprovider",
        Columns = Same("Payer Id", "Application Payer Id", "Provider Id", "Application Provider Id", "Conflict Report Hash"),
        Key = ["Provider Id", "Payer Id"],
        Distinct = true,
    };

    public static readonly ViewMap DimProvider = new()
    {
        View = "DIMPROVIDER",
        Table = "dimprovider",
        Columns = Same("Provider Id", "Application Provider Id", "Provider Name", "Address State", "Federal Tax Number", "Phone Number 1",
            "Is Active", "Is Demo", "Updated Datatimestamp", "Environemnt"),
        Key = ["Provider Id"],
        Watermark = "Updated Datatimestamp",
        SourceFilter = HhaOnly,
    };

    public static readonly ViewMap DimServiceCode = new()
    {
        View = "DIMSERVICECODE",
        Table = "dimservicecode",
        Columns = Same("Service Code Id", "Application Service Code Id", "Service Code", "Updated Datatimestamp"),
        Key = ["Service Code Id"],
        Watermark = "Updated Datatimestamp",
        SourceFilter = HhaOnly,
    };

    public static readonly ViewMap DimUser = new()
    {
        View = "DIMUSER",
        Table = "dimuser",
        Columns = Same("User Id", "Application User Id", "User Fullname", "User Email Address", "Vendor Id", "Application Vendor Id",
            "Aggregator Database Name", "Conflict Report Hash"),
        Key = ["User Id"],
        SourceFilter = HhaOnly,
    };

    public static readonly ViewMap DimUserOffices = new()
    {
        View = "DIMUSEROFFICES",
        Table = "dimuseroffices",
        Columns = Same("User Id", "Office Id", "Vendor Id", "Vendor Type", "Conflict Report Hash"),
        Key = ["User Id", "Office Id"],
        SourceFilter = HhaOnly + " and \"Office Id\" is not null",
    };

    public static readonly ViewMap FactCaregiverInservice = new()
    {
        View = "FACTCAREGIVERINSERVICE",
        Table = "factcaregiverinservice",
        Columns =
        [
            .. Same("Application Caregiver Inservice Id", "Environment", "Caregiver Id", "Provider Id", "Office Id",
                "Inservice start date", "Inservice end date"),
            ColumnMap.From("Updated Datatimestamp", "Updated Date"),
        ],
        Key = ["Application Caregiver Inservice Id", "Environment"],
        Watermark = "Updated Datatimestamp",
        SourceFilter = HhaOnly,
    };

    public static readonly ViewMap FactCaregiverAbsence = new()
    {
        View = "FACTCAREGIVERABSENCE",
        Table = "factcaregiverabsence",
        Columns =
        [
            .. Same("Caregiver Vacation Id", "Environment", "Global Caregiver Id", "Office Id", "Provider Id", "Start Date", "End Date"),
            ColumnMap.From("Updated Datatimestamp", "Updated Date"),
        ],
        Key = ["Caregiver Vacation Id", "Environment"],
        Watermark = "Updated Datatimestamp",
        SourceFilter = HhaOnly,
    };

    public static readonly ViewMap FactVisitCallPerformance = new()
    {
        View = "FACTVISITCALLPERFORMANCE_CR",
        Table = "factvisitcallperformance_cr",
        Columns = Visits(),
        Key = ["Visit Id", "Visit Date"],
        Identity = ["Visit Id"],
        Watermark = "Visit Updated Timestamp",
        MonthlyPartitionColumn = "Visit Date",
    };

    // deletes never arrive through the _CR watermark: a permanently deleted visit leaves _CR and shows up here
    // with a new "Visit Updated Timestamp" (schema-inventory.md §2.4)
    public static readonly ViewMap FactVisitCallPerformanceDeleted = new()
    {
        View = "FACTVISITCALLPERFORMANCE_DELETED_CR",
        Table = "factvisitcallperformance_deleted_cr",
        Columns = Visits(),
        Key = ["Visit Id", "Visit Date"],
        Identity = ["Visit Id"],
        Watermark = "Visit Updated Timestamp",
        MonthlyPartitionColumn = "Visit Date",
        Deletes = new VisitDeletion("factvisitcallperformance_cr", "Visit Id", "Visit Updated Timestamp"),
    };

    // tiny; two successful refreshes on one day must both stay (the gate counts them), so no key
    public static readonly ViewMap FactDataRefreshStatus = new()
    {
        View = "FACTDATAREFRESHSTATUS",
        Table = "factdatarefreshstatus",
        Columns = Same("MODULE", "STATUS", "REFRESH_FINISHED_AT"),
    };

    public static readonly IReadOnlyList<ViewMap> All =
    [
        DimCaregiver, DimContract, DimOffice, DimPatient, DimPatientAddress, DimPayer, DimPayerProvider, DimProvider,
        DimServiceCode, DimUser, DimUserOffices, FactCaregiverInservice, FactCaregiverAbsence, FactVisitCallPerformance,
        FactVisitCallPerformanceDeleted, FactDataRefreshStatus,
    ];

    /// <summary>The maps named by table or view (case-insensitive), in load order; all when none are named.</summary>
    public static IReadOnlyList<ViewMap> Select(IReadOnlyCollection<string>? names)
    {
        if (names is null || names.Count == 0) return All;
        var unknown = names.Where(n => !All.Any(m => Matches(m, n))).ToList();
        if (unknown.Count > 0)
        {
            throw new Configuration.ConfigurationException("--tables",
                $"unknown table(s) {string.Join(", ", unknown)}; known: {string.Join(", ", All.Select(m => m.Table))}");
        }
        return All.Where(m => names.Any(n => Matches(m, n))).ToList();
    }

    private static bool Matches(ViewMap map, string name)
    {
        var n = name.Trim();
        if (n.StartsWith("analytics.", StringComparison.OrdinalIgnoreCase)) n = n["analytics.".Length..];
        return n.Equals(map.Table, StringComparison.OrdinalIgnoreCase) || n.Equals(map.View, StringComparison.OrdinalIgnoreCase);
    }
}
