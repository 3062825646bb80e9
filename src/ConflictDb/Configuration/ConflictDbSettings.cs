using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace ConflictDb.Configuration;

/// <summary>
/// Every setting ConflictDb reads, validated at start-up. Sources, lowest precedence first:
/// appsettings.json (beside the program, then --config FILE), environment (ConnectionStrings__Conflict and
/// CONFLICTDB__Section__Key), command line (--connection and --Section:Key=value).
/// </summary>
public sealed class ConflictDbSettings
{
    /// <summary>PostgreSQL connection string; null means "use the embedded local server".</summary>
    public string? ConnectionString { get; init; }

    /// <summary>Folder of the embedded local server (relative to the current directory).</summary>
    public string LocalDbDirectory { get; init; } = ".conflictdb";

    /// <summary>How long a second migrator waits for the migration lock.</summary>
    public TimeSpan MigrationLockTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>statement_timeout of each stage transaction; zero means none.</summary>
    public TimeSpan StageStatementTimeout { get; init; } = TimeSpan.Zero;

    /// <summary>Zone whose wall clock is "now" when a run gets no --as-of (Snowflake's default session zone).</summary>
    public TimeZoneInfo RunTimeZone { get; init; } = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    /// <summary>Run:Pairing: "auto" (delta-scoped pairing when possible) or "full" (the whole window every night).</summary>
    public string Pairing { get; init; } = "auto";

    /// <summary>Run:FullPairingEveryDays: in "auto", pair the whole window when the last full pairing is this old (0: never).</summary>
    public int FullPairingEveryDays { get; init; } = 7;

    /// <summary>Session settings of every stage transaction (Run:WorkMem as work_mem, Run:Jit as jit).</summary>
    public IReadOnlyDictionary<string, string> StageSettings { get; init; } = DefaultStageSettings;

    public static readonly IReadOnlyDictionary<string, string> DefaultStageSettings = new Dictionary<string, string>
    {
        ["work_mem"] = "256MB",
        ["jit"] = "off",
    };

    /// <summary>Snowflake.Data-style settings, if configured.</summary>
    public SnowflakeSettings? Snowflake { get; init; }

    /// <summary>Every secret value, so the log can redact it wherever it appears.</summary>
    public IReadOnlyList<string> Secrets { get; init; } = [];

    public static IConfigurationRoot Build(string? configFile, IReadOnlyDictionary<string, string?> commandLine, IDictionary<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value);
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        if (configFile is not null)
        {
            if (!File.Exists(configFile)) throw new ConfigurationException("--config", $"file {configFile} does not exist");
            builder.AddJsonFile(Path.GetFullPath(configFile), optional: false);
        }
        var env = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (environment.TryGetValue("ConnectionStrings__Conflict", out var cs)) env["ConnectionStrings:Conflict"] = cs;
        foreach (var (key, value) in environment)
        {
            if (key.StartsWith("CONFLICTDB__", StringComparison.OrdinalIgnoreCase))
            {
                env[key["CONFLICTDB__".Length..].Replace("__", ":")] = value;
            }
        }
        builder.AddInMemoryCollection(env);
        builder.AddInMemoryCollection(commandLine);
        return builder.Build();
    }

    public static ConflictDbSettings From(IConfiguration config)
    {
        var connection = Blank(config["ConnectionStrings:Conflict"]);
        var secrets = new List<string>();
        if (connection is not null)
        {
            NpgsqlConnectionStringBuilder parsed;
            try
            {
                parsed = new NpgsqlConnectionStringBuilder(connection);
            }
            catch (ArgumentException ex)
            {
                throw new ConfigurationException("ConnectionStrings:Conflict", $"not a valid PostgreSQL connection string ({ex.Message})");
            }
            if (string.IsNullOrEmpty(parsed.Host)) throw new ConfigurationException("ConnectionStrings:Conflict", "Host is missing");
            if (!string.IsNullOrEmpty(parsed.Password)) secrets.Add(parsed.Password);
        }

        var snowflake = SnowflakeSettings.From(config.GetSection("Snowflake"));
        if (snowflake is not null) secrets.AddRange(snowflake.Secrets);

        return new ConflictDbSettings
        {
            ConnectionString = connection,
            LocalDbDirectory = Blank(config["LocalDb:Directory"]) ?? ".conflictdb",
            MigrationLockTimeout = Seconds(config, "Migrate:LockTimeoutSeconds", 60, min: 0),
            StageStatementTimeout = Seconds(config, "Run:StatementTimeoutSeconds", 0, min: 0),
            RunTimeZone = Zone(config, "Run:TimeZone", "America/Los_Angeles"),
            Pairing = OneOf(config, "Run:Pairing", "auto", "auto", "full"),
            FullPairingEveryDays = Whole(config, "Run:FullPairingEveryDays", 7, min: 0),
            StageSettings = new Dictionary<string, string>
            {
                ["work_mem"] = Memory(config, "Run:WorkMem", DefaultStageSettings["work_mem"]),
                ["jit"] = OneOf(config, "Run:Jit", DefaultStageSettings["jit"], "on", "off"),
            },
            Snowflake = snowflake,
            Secrets = secrets,
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static TimeSpan Seconds(IConfiguration config, string key, int fallback, int min)
    {
        var raw = Blank(config[key]);
        if (raw is null) return TimeSpan.FromSeconds(fallback);
        if (!int.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) || value < min)
        {
            throw new ConfigurationException(key, $"expected a whole number of seconds >= {min}, got '{raw}'");
        }
        return TimeSpan.FromSeconds(value);
    }

    private static int Whole(IConfiguration config, string key, int fallback, int min)
    {
        var raw = Blank(config[key]);
        if (raw is null) return fallback;
        if (!int.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) || value < min)
        {
            throw new ConfigurationException(key, $"expected a whole number >= {min}, got '{raw}'");
        }
        return value;
    }

    private static string OneOf(IConfiguration config, string key, string fallback, params string[] allowed)
    {
        var raw = Blank(config[key]);
        if (raw is null) return fallback;
        var match = allowed.FirstOrDefault(a => string.Equals(a, raw, StringComparison.OrdinalIgnoreCase));
        return match ?? throw new ConfigurationException(key, $"expected one of {string.Join(", ", allowed)}, got '{raw}'");
    }

    private static string Memory(IConfiguration config, string key, string fallback)
    {
        var raw = Blank(config[key]);
        if (raw is null) return fallback;
        if (!System.Text.RegularExpressions.Regex.IsMatch(raw, "^[1-9][0-9]{0,6}(kB|MB|GB)$"))
        {
            throw new ConfigurationException(key, $"expected a PostgreSQL memory size such as 64MB or 1GB, got '{raw}'");
        }
        return raw;
    }

    private static TimeZoneInfo Zone(IConfiguration config, string key, string fallback)
    {
        var raw = Blank(config[key]) ?? fallback;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(raw);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new ConfigurationException(key, $"unknown time zone '{raw}' (use an IANA name such as America/Los_Angeles)");
        }
    }
}

/// <summary>
/// Snowflake connection settings with the keys of Snowflake.Data's connection string (case-insensitive):
/// either <c>Snowflake:ConnectionString</c> or one setting per key (<c>Snowflake:account</c>, ...).
/// </summary>
public sealed class SnowflakeSettings
{
    public static readonly IReadOnlyList<string> KnownKeys =
    [
        "account", "host", "port", "scheme", "user", "password", "authenticator", "private_key_file",
        "private_key_pwd", "private_key", "token", "db", "schema", "warehouse", "role",
    ];

    private static readonly string[] SecretKeys = ["password", "private_key_pwd", "private_key", "token"];

    private static readonly string[] Authenticators = ["snowflake", "snowflake_jwt", "oauth"];

    private readonly Dictionary<string, string> _values;

    private SnowflakeSettings(Dictionary<string, string> values) => _values = values;

    public string? this[string key] => _values.TryGetValue(key, out var v) ? v : null;

    public string Account => this["account"]!;
    public string User => this["user"]!;
    public string Authenticator => this["authenticator"] ?? "snowflake";
    public string Host => this["host"] ?? $"{Account}.snowflakecomputing.com";
    public int Port => int.Parse(this["port"] ?? "443", System.Globalization.CultureInfo.InvariantCulture);
    public string Scheme => this["scheme"] ?? "https";

    public IEnumerable<string> Secrets => SecretKeys.Select(k => this[k]).Where(v => !string.IsNullOrEmpty(v))!;

    public static SnowflakeSettings? From(IConfigurationSection section)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var cs = section["ConnectionString"];
        if (!string.IsNullOrWhiteSpace(cs))
        {
            var builder = new DbConnectionStringBuilder();
            try
            {
                builder.ConnectionString = cs;
            }
            catch (ArgumentException ex)
            {
                throw new ConfigurationException("Snowflake:ConnectionString", $"malformed connection string ({ex.Message})");
            }
            foreach (string key in builder.Keys) values[key] = Convert.ToString(builder[key], System.Globalization.CultureInfo.InvariantCulture) ?? "";
        }
        foreach (var child in section.GetChildren())
        {
            if (child.Key.Equals("ConnectionString", StringComparison.OrdinalIgnoreCase) || child.Value is null) continue;
            values[child.Key] = child.Value;
        }
        if (values.Count == 0) return null;

        foreach (var key in values.Keys)
        {
            if (!KnownKeys.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                throw new ConfigurationException($"Snowflake:{key}", $"unknown key; known keys: {string.Join(", ", KnownKeys)}");
            }
        }
        var settings = new SnowflakeSettings(values);
        if (string.IsNullOrWhiteSpace(settings["account"])) throw new ConfigurationException("Snowflake:account", "missing");
        if (string.IsNullOrWhiteSpace(settings["user"])) throw new ConfigurationException("Snowflake:user", "missing");
        if (!Authenticators.Contains(settings.Authenticator, StringComparer.OrdinalIgnoreCase))
        {
            throw new ConfigurationException("Snowflake:authenticator", $"'{settings.Authenticator}' is not supported; use snowflake_jwt (key pair) or oauth");
        }
        if (settings["port"] is { } port && !int.TryParse(port, out _))
        {
            throw new ConfigurationException("Snowflake:port", $"expected a number, got '{port}'");
        }
        return settings;
    }
}
