using System.Security.Cryptography;
using ConflictDb.Snowflake;
using ConflictDb.SnowflakeTests.FakeSqlApi;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConflictDb.SnowflakeTests.Snowflake;

/// <summary>Builds clients that talk to a fake server, signed with a fresh test key.</summary>
public static class TestClients
{
    private static readonly Lazy<byte[]>[] Keys = [.. Enumerable.Range(0, 2).Select(_ => new Lazy<byte[]>(() =>
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportPkcs8PrivateKey();
    }))];

    /// <summary>A copy of test key <paramref name="which"/> (0 or 1); generated once per test run, since that is slow.</summary>
    public static RSA NewKey(int which = 0)
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Keys[which].Value, out _);
        return rsa;
    }

    public static SnowflakeClientOptions Options(FakeSqlApiServer server, int maxRetries = 3) => new()
    {
        BaseAddress = server.BaseAddress,
        Account = "testaccount.us-east-1",
        User = "conflictdb",
        Warehouse = "CONFLICT_WH",
        Role = "CONFLICTDB_READER",
        SessionTimeZone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York"),
        MaxRetries = maxRetries,
        RetryBaseDelay = TimeSpan.FromMilliseconds(5),
        MaxRetryDelay = TimeSpan.FromMilliseconds(50),
        PollInterval = TimeSpan.FromMilliseconds(5),
        MaxPollInterval = TimeSpan.FromMilliseconds(20),
        RequestTimeout = TimeSpan.FromSeconds(20),
    };

    /// <summary>A client whose JWT the server verifies with the same key.</summary>
    public static SnowflakeSqlApiClient Create(FakeSqlApiServer server, int maxRetries = 3, RSA? key = null)
    {
        key ??= NewKey();
        server.ExpectedKey ??= key;
        var signing = RSA.Create();
        signing.ImportParameters(key.ExportParameters(true));
        return new SnowflakeSqlApiClient(Options(server, maxRetries), new KeyPairTokenProvider(signing, "testaccount.us-east-1", "conflictdb"), NullLogger.Instance);
    }

    public static async Task<List<object?[]>> ReadAllAsync(this ISnowflakeClient client, string sql, IReadOnlyList<SnowflakeBinding>? bindings = null, CancellationToken ct = default)
    {
        await using var result = await client.ExecuteAsync(sql, bindings, ct);
        var rows = new List<object?[]>();
        await foreach (var row in result.ReadRowsAsync(ct)) rows.Add(row);
        return rows;
    }
}
