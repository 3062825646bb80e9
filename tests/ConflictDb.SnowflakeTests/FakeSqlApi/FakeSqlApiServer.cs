using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConflictDb.SnowflakeTests.FakeSqlApi;

/// <summary>One request the fake server received.</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    JsonElement? Body)
{
    public string? Statement => Body is { } b && b.TryGetProperty("statement", out var s) ? s.GetString() : null;

    public string? Binding(int position) =>
        Body is { } b && b.TryGetProperty("bindings", out var all) && all.TryGetProperty(position.ToString(System.Globalization.CultureInfo.InvariantCulture), out var one)
            ? one.GetProperty("value").GetString()
            : null;

    public int? Partition => Query.Contains("partition=", StringComparison.Ordinal)
        ? int.Parse(Query[(Query.IndexOf("partition=", StringComparison.Ordinal) + 10)..].Split('&')[0], System.Globalization.CultureInfo.InvariantCulture)
        : null;
}

/// <summary>
/// A fake Snowflake SQL API inside the test process: Kestrel on 127.0.0.1, port 0, from the ASP.NET Core shared
/// framework. Every request is recorded; the key-pair JWT is verified against <see cref="ExpectedKey"/> (401 when it
/// does not verify); what each request gets is up to <see cref="Handler"/>.
/// </summary>
public sealed class FakeSqlApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeSqlApiServer(WebApplication app, Uri address)
    {
        _app = app;
        BaseAddress = address;
    }

    public Uri BaseAddress { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>When set, the JWT of every request must be signed by this key for ACCOUNT.USER (else 401).</summary>
    public RSA? ExpectedKey { get; set; }

    public string ExpectedAccount { get; set; } = "TESTACCOUNT";
    public string ExpectedUser { get; set; } = "CONFLICTDB";

    /// <summary>Answers a verified request.</summary>
    public Func<HttpContext, RecordedRequest, Task> Handler { get; set; } = (ctx, _) =>
    {
        ctx.Response.StatusCode = 404;
        return Task.CompletedTask;
    };

    /// <summary>Claims of the last verified JWT.</summary>
    public JsonElement? LastClaims { get; private set; }

    public static async Task<FakeSqlApiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        FakeSqlApiServer? server = null;
        app.Run(async ctx =>
        {
            var self = server!;
            var request = await RecordAsync(ctx);
            self.Requests.Enqueue(request);
            if (self.ExpectedKey is not null && !self.Verify(request, out var why))
            {
                ctx.Response.StatusCode = 401;
                await ctx.Response.WriteAsJsonAsync(new { code = "390144", message = $"JWT token is invalid: {why}" });
                return;
            }
            await self.Handler(ctx, request);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new FakeSqlApiServer(app, new Uri(address.EndsWith('/') ? address : address + "/"));
        return server;
    }

    private static async Task<RecordedRequest> RecordAsync(HttpContext ctx)
    {
        JsonElement? body = null;
        if (ctx.Request.ContentLength is > 0 || ctx.Request.Method == "POST")
        {
            using var reader = new StreamReader(ctx.Request.Body);
            var text = await reader.ReadToEndAsync();
            if (text.Length > 0) body = JsonDocument.Parse(text).RootElement.Clone();
        }
        var headers = ctx.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new RecordedRequest(ctx.Request.Method, ctx.Request.Path.Value ?? "", ctx.Request.QueryString.Value ?? "", headers, body);
    }

    private bool Verify(RecordedRequest request, out string why)
    {
        why = "";
        if (!request.Headers.TryGetValue("X-Snowflake-Authorization-Token-Type", out var type) || type != "KEYPAIR_JWT")
        {
            why = "X-Snowflake-Authorization-Token-Type is not KEYPAIR_JWT";
            return false;
        }
        if (!request.Headers.TryGetValue("Authorization", out var auth) || !auth.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            why = "no bearer token";
            return false;
        }
        var parts = auth["Bearer ".Length..].Split('.');
        if (parts.Length != 3)
        {
            why = "not a JWT";
            return false;
        }
        using var header = JsonDocument.Parse(FromBase64Url(parts[0]));
        if (header.RootElement.GetProperty("alg").GetString() != "RS256" || header.RootElement.GetProperty("typ").GetString() != "JWT")
        {
            why = "header is not RS256/JWT";
            return false;
        }
        if (!ExpectedKey!.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), FromBase64Url(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
        {
            why = "signature does not verify";
            return false;
        }
        var claims = JsonDocument.Parse(FromBase64Url(parts[1])).RootElement.Clone();
        var fingerprint = "SHA256:" + Convert.ToBase64String(SHA256.HashData(ExpectedKey.ExportSubjectPublicKeyInfo()));
        var qualified = $"{ExpectedAccount}.{ExpectedUser}";
        if (claims.GetProperty("iss").GetString() != $"{qualified}.{fingerprint}" || claims.GetProperty("sub").GetString() != qualified)
        {
            why = $"iss/sub are not {qualified}[.{fingerprint}]";
            return false;
        }
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        if (claims.GetProperty("exp").GetInt64() < now || claims.GetProperty("iat").GetInt64() > now + 60)
        {
            why = "expired or issued in the future";
            return false;
        }
        LastClaims = claims;
        return true;
    }

    private static byte[] FromBase64Url(string s)
    {
        s = s.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    // ---- response helpers -------------------------------------------------------------------------------------

    public static async Task WriteJsonAsync(HttpContext ctx, int status, string json, bool gzip = false)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/json";
        var bytes = Encoding.UTF8.GetBytes(json);
        if (gzip)
        {
            bytes = Gzip(bytes);
            ctx.Response.Headers.ContentEncoding = "gzip";
        }
        ctx.Response.ContentLength = bytes.Length;
        await ctx.Response.Body.WriteAsync(bytes);
    }

    /// <summary>Sends the first half of the body, then drops the connection (a network failure mid-partition).</summary>
    public static async Task WriteHalfAndDropAsync(HttpContext ctx, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        ctx.Response.StatusCode = 200;
        ctx.Response.ContentType = "application/json";
        ctx.Response.ContentLength = bytes.Length;
        await ctx.Response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
        await ctx.Response.Body.FlushAsync();
        ctx.Abort();
    }

    public static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest)) gz.Write(bytes);
        return output.ToArray();
    }
}
