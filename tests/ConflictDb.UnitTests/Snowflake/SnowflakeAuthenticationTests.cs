using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ConflictDb.Configuration;
using ConflictDb.Snowflake;
using Microsoft.Extensions.Configuration;

namespace ConflictDb.UnitTests.Snowflake;

public sealed class SnowflakeAuthenticationTests : IDisposable
{
    private static readonly Lazy<byte[]> Pkcs8 = new(() =>
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportPkcs8PrivateKey();
    });

    private readonly string _dir = Directory.CreateTempSubdirectory("conflictdb-keys-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static RSA Key()
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Pkcs8.Value, out _);
        return rsa;
    }

    private string File_(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static SnowflakeSettings Settings(string connectionString) =>
        SnowflakeSettings.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Snowflake:ConnectionString"] = connectionString }).Build().GetSection("Snowflake"))!;

    private static JsonElement Claims(string jwt)
    {
        var part = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        return JsonDocument.Parse(Convert.FromBase64String(part.PadRight(part.Length + (4 - part.Length % 4) % 4, '='))).RootElement;
    }

    [Theory]
    [InlineData("xy12345", "XY12345")]
    [InlineData("xy12345.us-east-2.aws", "XY12345")]
    [InlineData("myorg-myaccount", "MYORG-MYACCOUNT")]
    [InlineData("myorg-myaccount.global", "MYORG")]
    public void The_JWT_names_the_account_upper_case_without_region(string account, string expected) =>
        SnowflakeJwt.AccountForJwt(account).ShouldBe(expected);

    [Fact]
    public void The_JWT_is_RS256_signed_with_iss_sub_and_a_59_minute_lifetime()
    {
        using var key = Key();
        var now = new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);

        var jwt = SnowflakeJwt.Create(key, "xy12345.us-east-2.aws", "conflictdb", now, KeyPairTokenProvider.Lifetime);

        var parts = jwt.Split('.');
        key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]),
            Convert.FromBase64String(parts[2].Replace('-', '+').Replace('_', '/').PadRight(parts[2].Length + (4 - parts[2].Length % 4) % 4, '=')),
            HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).ShouldBeTrue();
        var claims = Claims(jwt);
        var fingerprint = "SHA256:" + Convert.ToBase64String(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));
        claims.GetProperty("iss").GetString().ShouldBe($"XY12345.CONFLICTDB.{fingerprint}");
        claims.GetProperty("sub").GetString().ShouldBe("XY12345.CONFLICTDB");
        claims.GetProperty("iat").GetInt64().ShouldBe(now.ToUnixTimeSeconds());
        claims.GetProperty("exp").GetInt64().ShouldBe(now.AddMinutes(59).ToUnixTimeSeconds());
    }

    [Fact]
    public void The_token_is_reused_and_renewed_five_minutes_before_it_expires()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero));
        using var provider = new KeyPairTokenProvider(Key(), "xy12345", "conflictdb", clock);

        var first = provider.Current();
        clock.Now = clock.Now.AddMinutes(53);
        var reused = provider.Current();
        clock.Now = clock.Now.AddMinutes(1);
        var renewed = provider.Current();

        first.Type.ShouldBe("KEYPAIR_JWT");
        reused.ShouldBe(first);
        renewed.Value.ShouldNotBe(first.Value);
        Claims(renewed.Value).GetProperty("iat").GetInt64().ShouldBe(clock.Now.ToUnixTimeSeconds());
    }

    [Fact]
    public void Reads_an_unencrypted_and_an_encrypted_PKCS8_key_file()
    {
        using var key = Key();
        var plain = File_("plain.p8", key.ExportPkcs8PrivateKeyPem());
        var encrypted = File_("encrypted.p8", key.ExportEncryptedPkcs8PrivateKeyPem("s3cret",
            new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 10000)));

        using var fromPlain = PrivateKeyLoader.Load(plain, null, null);
        using var fromEncrypted = PrivateKeyLoader.Load(encrypted, null, "s3cret");

        SnowflakeJwt.Fingerprint(fromPlain).ShouldBe(SnowflakeJwt.Fingerprint(key));
        SnowflakeJwt.Fingerprint(fromEncrypted).ShouldBe(SnowflakeJwt.Fingerprint(key));
    }

    [Fact]
    public void An_encrypted_key_without_or_with_a_wrong_passphrase_says_so()
    {
        using var key = Key();
        var encrypted = File_("encrypted.p8", key.ExportEncryptedPkcs8PrivateKeyPem("s3cret",
            new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 10000)));

        Should.Throw<ConfigurationException>(() => PrivateKeyLoader.Load(encrypted, null, null)).Message.ShouldContain("set private_key_pwd");
        Should.Throw<ConfigurationException>(() => PrivateKeyLoader.Load(encrypted, null, "wrong")).Message.ShouldContain("is the passphrase right?");
        Should.Throw<ConfigurationException>(() => PrivateKeyLoader.Load(Path.Combine(_dir, "missing.p8"), null, null)).Message.ShouldContain("does not exist");
        Should.Throw<ConfigurationException>(() => PrivateKeyLoader.Load(File_("junk.p8", "not a key"), null, null)).Message.ShouldContain("no PEM private key");
    }

    [Fact]
    public void A_password_in_the_connection_string_is_refused_with_what_to_do_instead()
    {
        var ex = Should.Throw<ConfigurationException>(() => SnowflakeClientOptions.From(
            Settings("account=xy12345;user=conflictdb;password=hunter2;authenticator=snowflake_jwt;private_key_file=/k.p8"), null, TimeZoneInfo.Utc));

        ex.Key.ShouldBe("Snowflake:password");
        ex.Message.ShouldContain("no password login");
        ex.Message.ShouldContain("authenticator=snowflake_jwt");
        ex.Message.ShouldNotContain("hunter2");
        Should.Throw<ConfigurationException>(() => SnowflakeClientOptions.From(Settings("account=xy12345;user=conflictdb"), null, TimeZoneInfo.Utc))
            .Key.ShouldBe("Snowflake:authenticator");
        Should.Throw<ConfigurationException>(() => SnowflakeClientOptions.From(Settings("account=xy12345;user=u;authenticator=oauth"), null, TimeZoneInfo.Utc))
            .Key.ShouldBe("Snowflake:token");
    }

    [Fact]
    public void Options_take_host_scheme_port_and_context_from_the_connection_string()
    {
        var options = SnowflakeClientOptions.From(
            Settings("account=xy12345.us-east-2.aws;user=conflictdb;authenticator=oauth;token=t0k3n;host=127.0.0.1;port=8443;scheme=http;db=ANALYTICS;warehouse=WH;role=R"),
            new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MaxRetries"] = "2" }).Build(),
            TimeZoneInfo.Utc);

        options.BaseAddress.ShouldBe(new Uri("http://127.0.0.1:8443/"));
        options.Database.ShouldBe("ANALYTICS");
        options.Warehouse.ShouldBe("WH");
        options.Role.ShouldBe("R");
        options.MaxRetries.ShouldBe(2);
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
