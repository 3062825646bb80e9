using System.Globalization;
using ConflictDb.Configuration;
using Microsoft.Extensions.Configuration;

namespace ConflictDb.Snowflake;

/// <summary>
/// Everything the SQL API client needs: where Snowflake is and the session context (from the Snowflake.Data
/// connection-string keys of <see cref="SnowflakeSettings"/>), and how hard to try (section <c>SnowflakeApi</c>).
/// </summary>
public sealed record SnowflakeClientOptions
{
    public required Uri BaseAddress { get; init; }
    public required string Account { get; init; }
    public required string User { get; init; }
    public string? Database { get; init; }
    public string? Schema { get; init; }
    public string? Warehouse { get; init; }
    public string? Role { get; init; }

    /// <summary>Session TIMEZONE sent with every statement; TIMESTAMP_LTZ values are reduced to its wall clock.</summary>
    public TimeZoneInfo SessionTimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>QUERY_TAG of every statement, so Snowflake's query history can be tied to a run.</summary>
    public string QueryTag { get; init; } = "conflictdb";

    /// <summary>Retries after the first attempt on 429, 5xx, timeouts and dropped connections.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>First backoff delay; doubles each retry (with jitter), capped at <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of one HTTP attempt (Snowflake.Data's connection_timeout).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>Snowflake-side statement timeout (the request's "timeout"); zero leaves the account default.</summary>
    public TimeSpan StatementTimeout { get; init; } = TimeSpan.FromHours(2);

    /// <summary>First interval between polls of a running statement (202); doubles up to <see cref="MaxPollInterval"/>.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxPollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Partitions downloaded and decoded ahead of the reader.</summary>
    public int PartitionPrefetch { get; init; } = 2;

    /// <summary>
    /// Builds the options, refusing what the SQL API cannot do: a password (it has no password login) and an
    /// authenticator other than key pair or OAuth.
    /// </summary>
    public static SnowflakeClientOptions From(SnowflakeSettings? settings, IConfiguration? api, TimeZoneInfo sessionZone)
    {
        if (settings is null)
        {
            throw new ConfigurationException("Snowflake:ConnectionString",
                "missing: set Snowflake:ConnectionString (Snowflake.Data keys, e.g. account=xy12345;user=CONFLICTDB;authenticator=snowflake_jwt;private_key_file=/run/secrets/rsa_key.p8)");
        }
        RefuseUnsupportedAuthentication(settings);
        var baseAddress = new UriBuilder(settings.Scheme, settings.Host, settings.Port).Uri;
        return new SnowflakeClientOptions
        {
            BaseAddress = baseAddress,
            Account = settings.Account,
            User = settings.User,
            Database = settings["db"],
            Schema = settings["schema"],
            Warehouse = settings["warehouse"],
            Role = settings["role"],
            SessionTimeZone = sessionZone,
            QueryTag = api?["QueryTag"] is { Length: > 0 } tag ? tag : "conflictdb",
            MaxRetries = Int(api, "MaxRetries", 5, 0),
            RetryBaseDelay = TimeSpan.FromMilliseconds(Int(api, "RetryBaseDelayMs", 1000, 0)),
            MaxRetryDelay = TimeSpan.FromMilliseconds(Int(api, "MaxRetryDelayMs", 30000, 0)),
            RequestTimeout = TimeSpan.FromSeconds(Int(api, "RequestTimeoutSeconds", 300, 1)),
            StatementTimeout = TimeSpan.FromSeconds(Int(api, "StatementTimeoutSeconds", 7200, 0)),
            PollInterval = TimeSpan.FromMilliseconds(Int(api, "PollIntervalMs", 500, 1)),
            MaxPollInterval = TimeSpan.FromMilliseconds(Int(api, "MaxPollIntervalMs", 5000, 1)),
            PartitionPrefetch = Int(api, "PartitionPrefetch", 2, 0),
        };
    }

    /// <summary>A password anywhere, or the password authenticator, is refused with what to configure instead.</summary>
    public static void RefuseUnsupportedAuthentication(SnowflakeSettings settings)
    {
        const string instead = "configure key-pair authentication (authenticator=snowflake_jwt;private_key_file=<PKCS#8 PEM>[;private_key_pwd=...]) or OAuth (authenticator=oauth;token=...)";
        if (!string.IsNullOrEmpty(settings["password"]))
        {
            throw new ConfigurationException("Snowflake:password",
                $"a password is not accepted: the Snowflake SQL API has no password login; remove it and {instead}");
        }
        var authenticator = settings.Authenticator.ToLowerInvariant();
        if (authenticator == "snowflake")
        {
            throw new ConfigurationException("Snowflake:authenticator",
                $"authenticator=snowflake is password login, which the Snowflake SQL API does not offer; {instead}");
        }
        if (authenticator == "snowflake_jwt" && string.IsNullOrEmpty(settings["private_key_file"]) && string.IsNullOrEmpty(settings["private_key"]))
        {
            throw new ConfigurationException("Snowflake:private_key_file", "missing: authenticator=snowflake_jwt needs private_key_file (or private_key)");
        }
        if (authenticator == "oauth" && string.IsNullOrEmpty(settings["token"]))
        {
            throw new ConfigurationException("Snowflake:token", "missing: authenticator=oauth needs token");
        }
    }

    private static int Int(IConfiguration? config, string key, int fallback, int min)
    {
        var raw = config?[key];
        if (string.IsNullOrWhiteSpace(raw)) return fallback;
        if (!int.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min)
        {
            throw new ConfigurationException($"SnowflakeApi:{key}", $"expected a whole number >= {min}, got '{raw}'");
        }
        return value;
    }
}
