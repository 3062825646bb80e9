using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace ConflictDb.Logging;

/// <summary>Masks secrets in text: every configured secret value, and password/token/key pairs of connection strings.</summary>
public sealed partial class Redactor(IEnumerable<string> secrets)
{
    private readonly string[] _secrets = secrets.Where(s => s.Length >= 3).Distinct().OrderByDescending(s => s.Length).ToArray();

    [GeneratedRegex(@"(?i)\b(password|pwd|private_key_pwd|private_key|token)\s*=\s*(""[^""]*""|'[^']*'|[^;\s]*)")]
    private static partial Regex SecretPair();

    public string Redact(string text)
    {
        foreach (var secret in _secrets) text = text.Replace(secret, "***", StringComparison.Ordinal);
        return SecretPair().Replace(text, m => $"{m.Groups[1].Value}=***");
    }
}

/// <summary>One line per event on standard error: time, level, category, message; secrets redacted.</summary>
public sealed class RedactingConsoleLoggerProvider(Redactor redactor, LogLevel minimum, TextWriter? writer = null) : ILoggerProvider
{
    private readonly Redactor _redactor = redactor;
    private readonly LogLevel _minimum = minimum;
    private readonly TextWriter _writer = writer ?? Console.Error;
    private readonly Lock _gate = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(RedactingConsoleLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= owner._minimum && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var level = logLevel switch
            {
                LogLevel.Trace => "trce",
                LogLevel.Debug => "dbug",
                LogLevel.Information => "info",
                LogLevel.Warning => "warn",
                LogLevel.Error => "fail",
                _ => "crit",
            };
            var message = formatter(state, exception);
            if (exception is not null && logLevel >= LogLevel.Error && !message.Contains(exception.Message, StringComparison.Ordinal))
            {
                message += ": " + exception.Message;
            }
            var line = $"{DateTime.UtcNow:HH:mm:ss.fff} {level} {category}: {owner._redactor.Redact(message)}";
            lock (owner._gate) owner._writer.WriteLine(line);
        }
    }
}
