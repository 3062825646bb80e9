using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ConflictDb.Configuration;

namespace ConflictDb.Snowflake;

/// <summary>A bearer token and its X-Snowflake-Authorization-Token-Type.</summary>
public readonly record struct SnowflakeToken(string Value, string Type);

/// <summary>Supplies the token of each request (renewing it when needed).</summary>
public interface ISnowflakeTokenProvider
{
    SnowflakeToken Current();

    /// <summary>Shown in authentication errors: what Snowflake should know about us (e.g. the key fingerprint).</summary>
    string Describe();
}

/// <summary>OAuth: the configured token, sent as is.</summary>
public sealed class OAuthTokenProvider(string token) : ISnowflakeTokenProvider
{
    public SnowflakeToken Current() => new(token, "OAUTH");

    public string Describe() => "an OAuth token (authenticator=oauth)";
}

/// <summary>
/// Key-pair authentication: an RS256 JWT signed with the user's private key, valid 59 minutes and renewed
/// 5 minutes before it expires.
/// </summary>
public sealed class KeyPairTokenProvider : ISnowflakeTokenProvider, IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(59);
    public static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);

    private readonly RSA _key;
    private readonly string _account;
    private readonly string _user;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private string? _token;
    private DateTimeOffset _expires;

    public KeyPairTokenProvider(RSA key, string account, string user, TimeProvider? clock = null)
    {
        _key = key;
        _account = account;
        _user = user;
        _clock = clock ?? TimeProvider.System;
        Fingerprint = SnowflakeJwt.Fingerprint(key);
    }

    /// <summary>"SHA256:..." of the public key: what DESC USER shows as RSA_PUBLIC_KEY_FP.</summary>
    public string Fingerprint { get; }

    public SnowflakeToken Current()
    {
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            if (_token is null || now >= _expires - RenewBefore)
            {
                _token = SnowflakeJwt.Create(_key, _account, _user, now, Lifetime);
                _expires = now + Lifetime;
            }
            return new SnowflakeToken(_token, "KEYPAIR_JWT");
        }
    }

    public string Describe() =>
        $"a key-pair JWT for {SnowflakeJwt.QualifiedUser(_account, _user)} with public key {Fingerprint} " +
        "(compare with RSA_PUBLIC_KEY_FP in DESC USER)";

    public void Dispose() => _key.Dispose();

    /// <summary>The provider for the configured keys: private_key_file or private_key, with private_key_pwd if encrypted.</summary>
    public static KeyPairTokenProvider From(SnowflakeSettings settings, TimeProvider? clock = null) =>
        new(PrivateKeyLoader.Load(settings["private_key_file"], settings["private_key"], settings["private_key_pwd"]), settings.Account, settings.User, clock);
}

/// <summary>Snowflake's key-pair JWT (docs.snowflake.com, developer-guide/sql-api/authenticating).</summary>
public static class SnowflakeJwt
{
    /// <summary>
    /// The account as the JWT names it: upper case, without region and cloud ("xy12345.us-east-2.aws" -> "XY12345");
    /// for a ".global" account the part before the first '-'.
    /// </summary>
    public static string AccountForJwt(string account)
    {
        var a = account.Trim();
        if (!a.Contains(".global", StringComparison.OrdinalIgnoreCase))
        {
            var dot = a.IndexOf('.');
            if (dot > 0) a = a[..dot];
        }
        else
        {
            var dash = a.IndexOf('-');
            if (dash > 0) a = a[..dash];
        }
        return a.ToUpperInvariant();
    }

    public static string QualifiedUser(string account, string user) => $"{AccountForJwt(account)}.{user.Trim().ToUpperInvariant()}";

    public static string Fingerprint(RSA key) => "SHA256:" + Convert.ToBase64String(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));

    public static string Create(RSA key, string account, string user, DateTimeOffset now, TimeSpan lifetime)
    {
        var qualified = QualifiedUser(account, user);
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["alg"] = "RS256", ["typ"] = "JWT" }));
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["iss"] = $"{qualified}.{Fingerprint(key)}",
            ["sub"] = qualified,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + lifetime).ToUnixTimeSeconds(),
        }));
        var signingInput = $"{header}.{payload}";
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{signingInput}.{Base64Url(signature)}";
    }

    public static string Base64Url(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>Reads the RSA private key: PKCS#8 PEM (encrypted with private_key_pwd, or not) or PKCS#1 PEM.</summary>
public static class PrivateKeyLoader
{
    public static RSA Load(string? file, string? inline, string? password)
    {
        string pem;
        string source;
        if (!string.IsNullOrEmpty(file))
        {
            source = $"private_key_file {file}";
            if (!File.Exists(file)) throw new ConfigurationException("Snowflake:private_key_file", $"{file} does not exist");
            pem = File.ReadAllText(file);
        }
        else if (!string.IsNullOrEmpty(inline))
        {
            source = "private_key";
            pem = inline;
        }
        else
        {
            throw new ConfigurationException("Snowflake:private_key_file", "missing: key-pair authentication needs private_key_file (or private_key)");
        }

        var key = RSA.Create();
        try
        {
            if (pem.Contains("-----BEGIN ENCRYPTED PRIVATE KEY-----", StringComparison.Ordinal))
            {
                if (string.IsNullOrEmpty(password))
                {
                    throw new ConfigurationException("Snowflake:private_key_pwd", $"{source} is encrypted: set private_key_pwd to its passphrase");
                }
                try
                {
                    key.ImportFromEncryptedPem(pem, password);
                }
                catch (CryptographicException ex)
                {
                    throw new ConfigurationException("Snowflake:private_key_pwd", $"cannot decrypt {source} with private_key_pwd ({ex.Message}); is the passphrase right?");
                }
            }
            else if (pem.Contains("-----BEGIN PRIVATE KEY-----", StringComparison.Ordinal) || pem.Contains("-----BEGIN RSA PRIVATE KEY-----", StringComparison.Ordinal))
            {
                try
                {
                    key.ImportFromPem(pem);
                }
                catch (Exception ex) when (ex is CryptographicException or ArgumentException)
                {
                    throw new ConfigurationException("Snowflake:private_key_file", $"{source} is not a readable RSA private key ({ex.Message})");
                }
            }
            else
            {
                throw new ConfigurationException("Snowflake:private_key_file",
                    $"{source} holds no PEM private key (expected -----BEGIN PRIVATE KEY----- or -----BEGIN ENCRYPTED PRIVATE KEY-----, e.g. from openssl genrsa 2048 | openssl pkcs8 -topk8)");
            }
            return key;
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }
}
