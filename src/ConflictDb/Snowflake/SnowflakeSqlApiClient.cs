using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ConflictDb.Snowflake;

/// <summary>
/// <see cref="ISnowflakeClient"/> over the Snowflake SQL API v2 (../shared/spec/ecosystem.md §4):
/// POST /api/v2/statements (200 with a result, or 202 and polling GET /api/v2/statements/{handle}), further
/// partitions by GET ...?partition=N (gzip), POST .../cancel when the caller gives up on a running statement.
/// 429, 5xx, timeouts and dropped connections are retried with exponential backoff and jitter, a bounded number of
/// times; a resubmitted statement keeps its requestId (with retry=true) so Snowflake runs it once.
/// </summary>
public sealed class SnowflakeSqlApiClient : ISnowflakeClient, IDisposable
{
    public const string UserAgent = "ConflictDb/1.0";

    private readonly HttpClient _http;
    private readonly SnowflakeClientOptions _options;
    private readonly ISnowflakeTokenProvider _tokens;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline _pipeline;

    public SnowflakeSqlApiClient(SnowflakeClientOptions options, ISnowflakeTokenProvider tokens, ILogger logger, HttpMessageHandler? handler = null)
    {
        _options = options;
        _tokens = tokens;
        _logger = logger;
        handler ??= new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        _http = new HttpClient(handler) { BaseAddress = options.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        var builder = new ResiliencePipelineBuilder();
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = new PredicateBuilder()
                    .Handle<TransientHttpException>()
                    .Handle<HttpRequestException>()
                    .Handle<IOException>()
                    .Handle<InvalidDataException>()
                    .Handle<TimeoutRejectedException>(),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is TransientHttpException { RetryAfter: { } after } && after <= options.MaxRetryDelay ? (TimeSpan?)after : null),
                OnRetry = args =>
                {
                    _logger.LogWarning("snowflake: attempt {Attempt} failed ({Reason}); retrying in {Delay:0.0} s",
                        args.AttemptNumber + 1, Reason(args.Outcome.Exception), args.RetryDelay.TotalSeconds);
                    return ValueTask.CompletedTask;
                },
            });
        }
        builder.AddTimeout(options.RequestTimeout);
        _pipeline = builder.Build();
    }

    public async Task<ISnowflakeResult> ExecuteAsync(string sql, IReadOnlyList<SnowflakeBinding>? bindings, CancellationToken ct)
    {
        var statement = SnowflakeException.Abbreviate(sql);
        var requestId = Guid.NewGuid();
        var body = RequestBody(sql, bindings);
        var attempt = 0;
        var (status, bytes) = await SendAsync(statement, null, () =>
        {
            var url = $"api/v2/statements?requestId={requestId}{(attempt++ > 0 ? "&retry=true" : "")}";
            return new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } } };
        }, ct);
        var parsed = Parse(statement, null, bytes);

        if (status == HttpStatusCode.Accepted)
        {
            var handle = parsed.StatementHandle ?? throw new SnowflakeProtocolException(
                $"Snowflake accepted {SnowflakeException.Where(statement, null)} (202) without a statementHandle", statement, null);
            _logger.LogDebug("snowflake: statement {Handle} still running, polling", handle);
            var delay = _options.PollInterval;
            try
            {
                while (status == HttpStatusCode.Accepted)
                {
                    await Task.Delay(delay, ct);
                    delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.MaxPollInterval.Ticks));
                    (status, bytes) = await SendAsync(statement, null, () => new HttpRequestMessage(HttpMethod.Get, $"api/v2/statements/{handle}"), ct);
                    parsed = Parse(statement, null, bytes);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                await CancelAsync(handle, statement);
                throw;
            }
        }

        var columns = parsed.Columns ?? throw new SnowflakeProtocolException(
            $"Snowflake's result of {SnowflakeException.Where(statement, null)} has no resultSetMetaData.rowType", statement, null);
        var decoder = new SnowflakeValueDecoder(columns, _options.SessionTimeZone);
        var partitions = parsed.PartitionRowCounts.Count == 0 ? [parsed.RowCount] : parsed.PartitionRowCounts;
        var first = DecodeRows(statement, 0, bytes, decoder, columns, partitions[0]);
        _logger.LogDebug("snowflake: {Statement} -> {Rows} row(s) in {Partitions} partition(s), handle {Handle}",
            statement, parsed.RowCount, partitions.Count, parsed.StatementHandle);
        return new Result(this, statement, parsed.StatementHandle, columns, parsed.RowCount, partitions, first, decoder);
    }

    private byte[] RequestBody(string sql, IReadOnlyList<SnowflakeBinding>? bindings)
    {
        var request = new Dictionary<string, object?>
        {
            ["statement"] = sql,
            ["timeout"] = (long)_options.StatementTimeout.TotalSeconds,
        };
        if (_options.Database is { } db) request["database"] = db;
        if (_options.Schema is { } schema) request["schema"] = schema;
        if (_options.Warehouse is { } warehouse) request["warehouse"] = warehouse;
        if (_options.Role is { } role) request["role"] = role;
        if (bindings is { Count: > 0 })
        {
            request["bindings"] = bindings.Select((b, i) => (Key: (i + 1).ToString(CultureInfo.InvariantCulture), b))
                .ToDictionary(x => x.Key, x => new Dictionary<string, string?> { ["type"] = x.b.Type, ["value"] = x.b.Value });
        }
        request["parameters"] = new Dictionary<string, string>
        {
            ["TIMEZONE"] = _options.SessionTimeZone.Id,
            ["QUERY_TAG"] = _options.QueryTag,
        };
        return JsonSerializer.SerializeToUtf8Bytes(request);
    }

    /// <summary>One request with retries; returns status and body of a 200 or 202, throws a named exception otherwise.</summary>
    private async Task<(HttpStatusCode Status, byte[] Body)> SendAsync(string statement, int? partition, Func<HttpRequestMessage> request, CancellationToken ct)
    {
        var attempts = 0;
        try
        {
            return await _pipeline.ExecuteAsync(async token =>
            {
                attempts++;
                using var message = request();
                var auth = _tokens.Current();
                message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", auth.Value);
                message.Headers.Add("X-Snowflake-Authorization-Token-Type", auth.Type);
                message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                message.Headers.UserAgent.ParseAdd(UserAgent);
                using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, token);
                var code = response.StatusCode;
                var bytes = await response.Content.ReadAsByteArrayAsync(token);
                if (code is HttpStatusCode.OK or HttpStatusCode.Accepted) return (code, bytes);
                if (code == HttpStatusCode.TooManyRequests || (int)code >= 500)
                {
                    throw new TransientHttpException(code, response.Headers.RetryAfter?.Delta, Excerpt(bytes));
                }
                throw Refused(statement, partition, code, bytes);
            }, ct);
        }
        catch (Exception ex) when (ex is TransientHttpException or HttpRequestException or IOException or InvalidDataException or TimeoutRejectedException)
        {
            throw new SnowflakeUnavailableException(
                $"Snowflake did not answer {SnowflakeException.Where(statement, partition)} after {attempts} attempt(s): {Reason(ex)}. " +
                $"Snowflake is down, throttling or unreachable from here; try again later (retries: SnowflakeApi:MaxRetries = {_options.MaxRetries}).",
                statement, partition, ex);
        }
    }

    private SnowflakeException Refused(string statement, int? partition, HttpStatusCode code, byte[] body)
    {
        SqlApiStatus? status = null;
        try
        {
            status = SqlApiResponse.ReadStatus(body);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            // not JSON: the excerpt below says what came back
        }
        var detail = status?.Message ?? Excerpt(body);
        var where = SnowflakeException.Where(statement, partition);
        return code switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new SnowflakeAuthenticationException(
                $"Snowflake refused the credentials for {where} (HTTP {(int)code}: {detail}). We sent {_tokens.Describe()}; check account, user and the key or token.",
                statement),
            HttpStatusCode.UnprocessableEntity => new SnowflakeStatementException(
                $"Snowflake failed {where}: {detail} (code {status?.Code}, SQL state {status?.SqlState})", statement, status?.Code, status?.SqlState),
            HttpStatusCode.RequestTimeout => new SnowflakeStatementException(
                $"Snowflake cancelled {where} after its timeout ({_options.StatementTimeout.TotalSeconds:0} s, SnowflakeApi:StatementTimeoutSeconds): {detail}",
                statement, status?.Code, status?.SqlState),
            HttpStatusCode.NotFound => new SnowflakeStatementException(
                $"Snowflake no longer knows {where} (HTTP 404: {detail}); results live about 24 hours, run it again", statement, status?.Code, status?.SqlState),
            _ => new SnowflakeProtocolException($"Snowflake answered {where} with HTTP {(int)code}: {detail}", statement, partition),
        };
    }

    private static SqlApiStatus Parse(string statement, int? partition, byte[] body)
    {
        try
        {
            return SqlApiResponse.ReadStatus(body);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            throw Malformed(statement, partition, ex);
        }
    }

    private static List<object?[]> DecodeRows(string statement, int partition, byte[] body, SnowflakeValueDecoder decoder, IReadOnlyList<SnowflakeColumn> columns, long expected)
    {
        try
        {
            var rows = SqlApiResponse.ReadRows(body, decoder, columns, (int)Math.Min(expected, 1_000_000));
            if (expected > 0 && rows.Count != expected)
            {
                throw new FormatException($"{rows.Count} row(s) arrived, partitionInfo announced {expected}");
            }
            return rows;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            throw Malformed(statement, partition, ex);
        }
    }

    private static SnowflakeProtocolException Malformed(string statement, int? partition, Exception ex) =>
        new($"Snowflake's answer to {SnowflakeException.Where(statement, partition)} is not readable: {ex.Message}. " +
            "This is not retried; if it repeats, capture the response (e.g. with --verbose) and report it.", statement, partition, ex);

    private async Task<List<object?[]>> FetchPartitionAsync(string statement, string handle, int partition, SnowflakeValueDecoder decoder,
        IReadOnlyList<SnowflakeColumn> columns, long expected, CancellationToken ct)
    {
        var (status, body) = await SendAsync(statement, partition, () => new HttpRequestMessage(HttpMethod.Get, $"api/v2/statements/{handle}?partition={partition}"), ct);
        if (status != HttpStatusCode.OK)
        {
            throw new SnowflakeProtocolException($"Snowflake answered {SnowflakeException.Where(statement, partition)} with HTTP {(int)status} instead of the partition", statement, partition);
        }
        return DecodeRows(statement, partition, body, decoder, columns, expected);
    }

    /// <summary>Asks Snowflake to stop a running statement; best effort (the caller is already failing or stopping).</summary>
    private async Task CancelAsync(string handle, string statement)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            using var message = new HttpRequestMessage(HttpMethod.Post, $"api/v2/statements/{handle}/cancel");
            var auth = _tokens.Current();
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", auth.Value);
            message.Headers.Add("X-Snowflake-Authorization-Token-Type", auth.Type);
            message.Headers.UserAgent.ParseAdd(UserAgent);
            using var response = await _http.SendAsync(message, timeout.Token);
            _logger.LogWarning("snowflake: cancelled statement {Handle} ({Statement}): HTTP {Status}", handle, statement, (int)response.StatusCode);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or IOException)
        {
            _logger.LogWarning("snowflake: could not cancel statement {Handle} ({Statement}): {Message}", handle, statement, ex.Message);
        }
    }

    private static string Reason(Exception? ex) => ex switch
    {
        TransientHttpException t => $"HTTP {(int)t.Status}{(t.Body.Length > 0 ? $" {t.Body}" : "")}",
        TimeoutRejectedException => "no answer within SnowflakeApi:RequestTimeoutSeconds",
        HttpRequestException or IOException or InvalidDataException => $"connection failed: {ex.Message}",
        null => "unknown",
        _ => ex.Message,
    };

    private static string Excerpt(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 200)).ReplaceLineEndings(" ").Trim();
        return body.Length > 200 ? text + "..." : text;
    }

    public void Dispose() => _http.Dispose();

    /// <summary>A retryable HTTP status (429, 5xx).</summary>
    private sealed class TransientHttpException(HttpStatusCode status, TimeSpan? retryAfter, string body) : Exception($"HTTP {(int)status}")
    {
        public HttpStatusCode Status { get; } = status;
        public TimeSpan? RetryAfter { get; } = retryAfter;
        public string Body { get; } = body;
    }

    private sealed class Result(
        SnowflakeSqlApiClient client,
        string statement,
        string? handle,
        IReadOnlyList<SnowflakeColumn> columns,
        long rowCount,
        IReadOnlyList<long> partitions,
        List<object?[]> first,
        SnowflakeValueDecoder decoder) : ISnowflakeResult
    {
        private readonly CancellationTokenSource _stop = new();
        private List<object?[]>? _first = first;

        public string Statement => statement;
        public IReadOnlyList<SnowflakeColumn> Columns => columns;
        public long RowCount => rowCount;
        public IReadOnlyList<long> PartitionRowCounts => partitions;

        public async IAsyncEnumerable<object?[]> ReadRowsAsync([EnumeratorCancellation] CancellationToken ct)
        {
            var rows = _first ?? throw new InvalidOperationException($"the rows of {statement} were already read");
            _first = null;
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, _stop.Token);
            var ahead = new Queue<Task<List<object?[]>>>();
            var next = 1;
            void Prefetch()
            {
                while (next < partitions.Count && ahead.Count < Math.Max(1, client._options.PartitionPrefetch))
                {
                    var p = next++;
                    var expected = partitions[p];
                    ahead.Enqueue(Task.Run(() => client.FetchPartitionAsync(statement, handle!, p, decoder, columns, expected, linked.Token), linked.Token));
                }
            }
            if (partitions.Count > 1 && handle is null)
            {
                throw new SnowflakeProtocolException($"Snowflake's result of {SnowflakeException.Where(statement, null)} has {partitions.Count} partitions but no statementHandle", statement, null);
            }
            try
            {
                Prefetch();
                foreach (var row in rows) yield return row;
                rows = null;
                while (ahead.Count > 0)
                {
                    var partition = await ahead.Dequeue();
                    Prefetch();
                    foreach (var row in partition) yield return row;
                }
            }
            finally
            {
                if (ahead.Count > 0)
                {
                    await linked.CancelAsync();
                    foreach (var pending in ahead)
                    {
                        try
                        {
                            await pending;
                        }
                        catch (Exception)
                        {
                            // abandoned prefetch: its failure does not matter any more
                        }
                    }
                }
            }
        }

        public ValueTask DisposeAsync()
        {
            _stop.Cancel();
            _stop.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
