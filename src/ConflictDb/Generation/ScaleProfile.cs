namespace ConflictDb.Generation;

/// <summary>
/// Row counts at a scale factor. SF 1 is 1 % of the production volumes in schema-inventory.md §3
/// (FACTVISITCALLPERFORMANCE_CR 271.8M, DIMCAREGIVER 6.3M, ...), with floors so that a tiny scale still
/// holds every kind of row. Payers scale with the square root (160 in production is not a volume).
/// </summary>
public sealed record ScaleProfile
{
    /// <summary>Months of visit history before "today" (the source view keeps 18).</summary>
    public const int HistoryMonths = 18;

    /// <summary>Days of scheduled visits after "today" (the chain's window ends at today + 45 days).</summary>
    public const int FutureDays = 45;

    public ScaleProfile(double factor)
    {
        if (!(factor > 0) || factor > 20)
        {
            throw new ConflictDbException($"--scale {factor} is out of range: use a scale factor above 0 and at most 20 (SF 1 = 1 % of production, ~2.7M visits)");
        }
        Factor = factor;
        Visits = Scaled(2_718_402, 1_000);
        DeletedVisits = Scaled(254_203, 50);
        Caregivers = Scaled(63_179, 60);
        Providers = Scaled(41, 8);
        Offices = Math.Max(Providers, Scaled(126, 8));
        Payers = Math.Clamp((int)Math.Round(16 * Math.Sqrt(factor)), 6, 160);
        Contracts = Scaled(680, 6);
        ServiceCodes = Scaled(17_719, 10);
        Users = Scaled(3_527, 10);
        UserOffices = Scaled(4_090, 10);
        // DIMPATIENT rows; every patient has a provider-side and a payer-side row
        PatientRows = Scaled(9_891, 24);
        PatientAddresses = Scaled(92_757, 60);
        InserviceEvents = Scaled(126_455, 30);
        Absences = Scaled(82_484, 20);
        ExcludedSsns = Scaled(70, 2);
    }

    public double Factor { get; }
    public int Visits { get; }
    public int DeletedVisits { get; }
    public int Caregivers { get; }
    public int Providers { get; }
    public int Offices { get; }
    public int Payers { get; }
    public int Contracts { get; }
    public int ServiceCodes { get; }
    public int Users { get; }
    public int UserOffices { get; }
    public int PatientRows { get; }
    public int PatientAddresses { get; }
    public int InserviceEvents { get; }
    public int Absences { get; }
    public int ExcludedSsns { get; }

    /// <summary>The visit days around <paramref name="today"/>: 18 months back to 45 days ahead, both inclusive.</summary>
    public static (DateTime First, DateTime Last) Days(DateTime today) => (today.AddMonths(-HistoryMonths), today.AddDays(FutureDays));

    public static int DayCount(DateTime today)
    {
        var (first, last) = Days(today);
        return (int)(last - first).TotalDays + 1;
    }

    /// <summary>"1", "0p1", "0p001": the scale as it appears in database names.</summary>
    public string Tag => Factor.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture).Replace('.', 'p');

    public override string ToString() => Factor.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);

    private int Scaled(double atOne, int floor) => Math.Max(floor, (int)Math.Round(atOne * Factor));
}
