namespace ConflictDb.Generation;

public sealed class Provider
{
    public required int Index { get; init; }
    public required string Id { get; init; }
    public required string AppId { get; init; }
    public required string Name { get; init; }
    public required string State { get; init; }
    public required bool IsActive { get; init; }
    public required bool IsDemo { get; init; }
    public required string TaxNumber { get; init; }
    public required string Phone { get; init; }
    /// <summary>Listed in conflict.excluded_agency: its visits never pair.</summary>
    public bool Excluded { get; set; }
    public List<Office> Offices { get; } = [];
    public List<Payer> Payers { get; } = [];
    public List<Patient> Patients { get; } = [];
    public List<Contract> Contracts { get; } = [];
}

public sealed record Office(string Id, string AppId, string Name, bool IsActive, Provider Provider, string Npi);

public sealed record Payer(string Id, long AppId, string Name, string State, bool IsActive, bool IsDemo);

public sealed record Contract(string Id, string AppId, string Name, bool IsActive);

public sealed record ServiceCode(string Id, long AppId, string Code);

public sealed record AppUser(string Id, string AppId, string FullName, string Email, string? VendorId, string? AppVendorId);

/// <summary>A human caregiver: one SSN, one or more caregiver records at different providers.</summary>
public sealed class Person
{
    public required int Index { get; init; }
    public required string Ssn { get; init; }
    public required string First { get; init; }
    public required string Last { get; init; }
    /// <summary>Listed in conflict.excluded_ssn.</summary>
    public bool Excluded { get; set; }
    public List<Caregiver> Records { get; } = [];
}

/// <summary>A DIMCAREGIVER row: a person's record at one provider.</summary>
public sealed class Caregiver
{
    public required string Id { get; init; }
    public required long AppId { get; init; }
    public required string Code { get; init; }
    public required string? StoredSsn { get; init; }
    public required string Status { get; init; }
    public required Provider Provider { get; init; }
    public required Office Office { get; init; }
    public required Person Person { get; init; }
}

/// <summary>A patient: a provider-side and a payer-side DIMPATIENT row, a home with (mostly) coordinates.</summary>
public sealed class Patient
{
    public required int Index { get; init; }
    public required string ProviderSideId { get; init; }
    public required long ProviderSideAppId { get; init; }
    public required string PayerSideId { get; init; }
    public required long PayerSideAppId { get; init; }
    public required string First { get; init; }
    public required string Last { get; init; }
    public required Provider Provider { get; init; }
    public required Payer Payer { get; init; }
    public required string State { get; init; }
    public required string City { get; init; }
    public required string County { get; init; }
    public required string Zip { get; init; }
    public required string Street { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
}

/// <summary>
/// The dimensions of a generated world: a function of (seed, scale) only, so that the night generator
/// rebuilds the same world to add visits. Small enough to hold in memory (SF 1: ~64k caregivers).
/// </summary>
public sealed class World
{
    public const string Environment = "PROD:APP";

    internal static readonly string[] FirstNames =
    [
        "Ana", "Bola", "Carmen", "Dmitri", "Esther", "Fatima", "Gloria", "Hector", "Ines", "Jamal", "Keisha", "Luz",
        "Mei", "Nadia", "Olga", "Pedro", "Rosa", "Samira", "Tatiana", "Usha", "Veronica", "Wanda", "Xiomara", "Yolanda",
        "Zainab", "Adaeze", "Blanca", "Claudette", "Dolores", "Ewa", "Francisca", "Grace", "Halima", "Irina", "Josefina",
        "Kadiatou", "Lakshmi", "Marisol", "Ngozi", "Patricia",
    ];

    internal static readonly string[] LastNames =
    [
        "Rodriguez", "Okafor", "Chen", "Ivanova", "Garcia", "Diallo", "Martinez", "Nguyen", "Perez", "Johnson", "Kowalski",
        "Baptiste", "Santos", "Williams", "Rahman", "Hernandez", "Mensah", "Lopez", "Smith", "Cohen", "Brown", "Ortiz",
        "Jean", "Kim", "Ali", "Rivera", "Petrova", "Adeyemi", "Torres", "Wang",
    ];

    // state -> (city, county, zip prefix, latitude, longitude) around which homes are spread
    private static readonly Dictionary<string, (string City, string County, string Zip, double Lat, double Lon)[]> Places = new()
    {
        ["NY"] =
        [
            ("New York", "New York", "100", 40.7831, -73.9712), ("Bronx", "Bronx", "104", 40.8448, -73.8648),
            ("Brooklyn", "Kings", "112", 40.6782, -73.9442), ("Jamaica", "Queens", "114", 40.7027, -73.7890),
            ("Yonkers", "Westchester", "107", 40.9312, -73.8988), ("Staten Island", "Richmond", "103", 40.5795, -74.1502),
        ],
        ["PA"] =
        [
            ("Philadelphia", "Philadelphia", "191", 39.9526, -75.1652), ("Norristown", "Montgomery", "194", 40.1215, -75.3399),
            ("Chester", "Delaware", "190", 39.8496, -75.3557),
        ],
        ["NJ"] =
        [
            ("Newark", "Essex", "071", 40.7357, -74.1724), ("Jersey City", "Hudson", "073", 40.7178, -74.0431),
            ("Paterson", "Passaic", "075", 40.9168, -74.1718),
        ],
    };

    private static readonly string[] Streets = ["Main St", "Grand Concourse", "Broadway", "Ocean Ave", "Market St", "Elm St", "Park Ave", "Linden Blvd", "Walnut St", "Bergen Ave"];

    private World(long seed, ScaleProfile scale)
    {
        Seed = seed;
        Scale = scale;
    }

    public long Seed { get; }
    public ScaleProfile Scale { get; }
    public List<Provider> Providers { get; } = [];
    public List<Office> Offices { get; } = [];
    public List<Payer> Payers { get; } = [];
    public List<Contract> Contracts { get; } = [];
    public List<ServiceCode> ServiceCodes { get; } = [];
    public List<AppUser> Users { get; } = [];
    public List<Person> Persons { get; } = [];
    public List<Caregiver> Caregivers { get; } = [];
    public List<Patient> Patients { get; } = [];

    /// <summary>Persons with records at two or more providers: the only ones whose days can conflict.</summary>
    public List<Person> MultiProviderPersons { get; } = [];

    public IEnumerable<Provider> ExcludedProviders => Providers.Where(p => p.Excluded);

    public IEnumerable<Person> ExcludedPersons => Persons.Where(p => p.Excluded);

    public string EntityId(int kind, long n) => Mix.Uuid(Seed, kind, n);

    public static World Build(long seed, ScaleProfile scale)
    {
        var w = new World(seed, scale);
        var rng = new Random(Mix.Seed(seed, 1));
        w.BuildPayers(rng);
        w.BuildProviders(rng);
        w.BuildReferenceDimensions(rng);
        w.BuildPatients(rng);
        w.BuildCaregivers(rng);
        return w;
    }

    private void BuildPayers(Random rng)
    {
        string[] kinds = ["Medicaid", "MLTC Plan", "Health First", "Care Partners", "Senior Choice", "Community Health", "Wellness Plan", "Home Services"];
        for (var i = 0; i < Scale.Payers; i++)
        {
            var state = Pick(rng, ["NY", "NY", "NY", "PA", "NJ"]);
            var name = $"{kinds[i % kinds.Length]} {state} {i / kinds.Length + 1}";
            // a few inactive and demo payers: their visits still pair, only payer name and state go empty
            Payers.Add(new Payer(EntityId(30, i), 10_000 + i, name, state, IsActive: i % 17 != 5, IsDemo: i % 23 == 7));
        }
    }

    private void BuildProviders(Random rng)
    {
        var n = Scale.Providers;
        for (var i = 0; i < n; i++)
        {
            // the last two providers: one demo, one inactive (their visits never pair)
            var demo = i == n - 2;
            var inactive = i == n - 1;
            var state = Pick(rng, ["NY", "NY", "NY", "NY", "PA", "PA", "NJ"]);
            var p = new Provider
            {
                Index = i,
                Id = EntityId(10, i),
                AppId = (7_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Name = demo ? $"Demo Home Care {i}" : $"{Pick(rng, LastNames)} Home Care {i}",
                State = state,
                IsActive = !inactive,
                IsDemo = demo,
                TaxNumber = (100_000_000 + (long)Mix.Hash(Seed, 11, i) % 899_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Phone = $"({rng.Next(200, 999)}) {rng.Next(200, 999)}-{rng.Next(0, 9999):0000}",
            };
            Providers.Add(p);
        }
        // excluded agencies (production has 3): active ones, so only the exclusion keeps them out
        var excluded = n >= 20 ? 3 : 1;
        for (var k = 0; k < excluded; k++) Providers[n - 3 - k].Excluded = true;

        // offices: at least one per provider, the rest spread by provider size; some closed
        for (var i = 0; i < Scale.Offices; i++)
        {
            var provider = i < n ? Providers[i] : Providers[PickProviderIndex(rng)];
            var office = new Office(EntityId(20, i), (14_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{provider.Name} - Office {provider.Offices.Count + 1}", IsActive: provider.Offices.Count == 0 || rng.NextDouble() > 0.1,
                provider, (1_000_000_000 + (long)(Mix.Hash(Seed, 21, i) % 899_999_999)).ToString(System.Globalization.CultureInfo.InvariantCulture));
            provider.Offices.Add(office);
            Offices.Add(office);
        }

        // payer-provider contracts (DIMPAYERPROVIDER): each provider works with about 60 % of the payers
        foreach (var p in Providers)
        {
            foreach (var payer in Payers)
            {
                if (rng.NextDouble() < 0.6) p.Payers.Add(payer);
            }
            if (p.Payers.Count == 0) p.Payers.Add(Payers[p.Index % Payers.Count]);
        }
    }

    private void BuildReferenceDimensions(Random rng)
    {
        for (var i = 0; i < Scale.Contracts; i++)
        {
            var c = new Contract(EntityId(40, i), (60_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{Pick(rng, ["County", "Private Pay", "Waiver", "CDPAP", "Hospice"])} Contract {i}", IsActive: rng.NextDouble() > 0.08);
            Contracts.Add(c);
            Providers[i % Providers.Count].Contracts.Add(c);
        }
        for (var i = 0; i < Scale.ServiceCodes; i++)
        {
            ServiceCodes.Add(new ServiceCode(EntityId(80, i), 1_000_000 + i, Pick(rng, ["T1019", "S5125", "G0156", "T1021", "S5130", "99509"]) + (i < 6 ? "" : $"-{i % 97}")));
        }
        for (var i = 0; i < Scale.Users; i++)
        {
            var first = Pick(rng, FirstNames);
            var last = Pick(rng, LastNames);
            var vendor = i % 4 == 0 ? EntityId(91, i % 40) : null;
            Users.Add(new AppUser(EntityId(90, i), (180_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), $"{first} {last}",
                $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}{i}@example.org", vendor, vendor is null ? null : (5_000 + i % 40).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    private void BuildPatients(Random rng)
    {
        var count = Math.Max(12, Scale.PatientRows / 2);
        for (var i = 0; i < count; i++)
        {
            // every provider gets patients first, then they follow provider size
            var provider = i < Providers.Count ? Providers[i] : Providers[PickProviderIndex(rng)];
            var state = rng.NextDouble() < 0.9 ? provider.State : Pick(rng, ["NY", "PA", "NJ"]);
            var place = Pick(rng, Places[state]);
            var noCoordinates = rng.NextDouble() < 0.06;
            var patient = new Patient
            {
                Index = i,
                ProviderSideId = EntityId(60, i),
                ProviderSideAppId = 22_000_000 + i,
                PayerSideId = EntityId(61, i),
                PayerSideAppId = 15_000_000 + i,
                First = Pick(rng, FirstNames),
                Last = Pick(rng, LastNames),
                Provider = provider,
                Payer = provider.Payers[rng.Next(provider.Payers.Count)],
                State = state,
                City = place.City,
                County = place.County,
                Zip = place.Zip + rng.Next(0, 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture),
                Street = $"{rng.Next(1, 2500)} {Pick(rng, Streets)}",
                Latitude = noCoordinates ? null : Math.Round(place.Lat + (rng.NextDouble() - 0.5) * 0.30, 6),
                Longitude = noCoordinates ? null : Math.Round(place.Lon + (rng.NextDouble() - 0.5) * 0.36, 6),
            };
            provider.Patients.Add(patient);
            Patients.Add(patient);
        }
    }

    private void BuildCaregivers(Random rng)
    {
        var active = Providers.Where(p => p.IsActive && !p.IsDemo).ToList();
        var personIndex = 0;
        while (Caregivers.Count < Scale.Caregivers)
        {
            var ssnNumber = 100_000_000 + (int)((long)(personIndex + 1) * 7_368_787 % 899_999_999);
            var ssn = $"{ssnNumber / 1_000_000:000}-{ssnNumber / 10_000 % 100:00}-{ssnNumber % 10_000:0000}";
            var person = new Person { Index = personIndex, Ssn = ssn, First = Pick(rng, FirstNames), Last = Pick(rng, LastNames) };
            var u = rng.NextDouble();
            var records = u < 0.80 ? 1 : u < 0.96 ? 2 : 3;
            records = Math.Min(records, Scale.Caregivers - Caregivers.Count);
            var used = new HashSet<int>();
            while (person.Records.Count < records && used.Count < Providers.Count)
            {
                // 2 % of records at a demo or inactive agency, the rest by provider size among active ones
                var provider = rng.NextDouble() < 0.02 ? Providers[Providers.Count - 1 - rng.Next(2)] : active[PickIndex(rng, active.Count)];
                if (!used.Add(provider.Index)) continue;
                var n = Caregivers.Count;
                // stored as delivered: a few SSNs with blanks around them (the chain trims), a few empty ones
                var stored = (n % 211) switch
                {
                    17 => $" {ssn} ",
                    101 => $"{ssn} ",
                    3 => n % 2 == 0 ? "" : null,
                    _ => ssn,
                };
                var cg = new Caregiver
                {
                    Id = EntityId(50, n),
                    AppId = 4_000_000 + n,
                    Code = $"{provider.AppId}-{n:000000}",
                    StoredSsn = stored,
                    Status = rng.NextDouble() < 0.88 ? "Active" : rng.NextDouble() < 0.7 ? "Terminated" : "Inactive",
                    Provider = provider,
                    Office = provider.Offices[rng.Next(provider.Offices.Count)],
                    Person = person,
                };
                person.Records.Add(cg);
                Caregivers.Add(cg);
            }
            Persons.Add(person);
            if (person.Records.Count >= 2) MultiProviderPersons.Add(person);
            personIndex++;
        }
        // excluded SSNs: spread over the persons, multi-provider ones first so the exclusion is visible
        var step = Math.Max(1, MultiProviderPersons.Count / Scale.ExcludedSsns);
        for (var k = 0; k < Scale.ExcludedSsns && k * step < MultiProviderPersons.Count; k++) MultiProviderPersons[k * step].Excluded = true;
    }

    /// <summary>Provider sizes are skewed: a few large agencies, many small ones.</summary>
    private int PickProviderIndex(Random rng) => PickIndex(rng, Providers.Count);

    private static int PickIndex(Random rng, int count)
    {
        // ~ Zipf-like: index = count * u^2 favours the first providers
        var u = rng.NextDouble();
        return Math.Min(count - 1, (int)(count * u * u));
    }

    internal static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];
}
