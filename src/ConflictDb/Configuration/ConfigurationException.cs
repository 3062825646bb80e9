namespace ConflictDb.Configuration;

/// <summary>A missing or malformed setting. <see cref="Key"/> names it as a user writes it ("Run:TimeZone").</summary>
public sealed class ConfigurationException(string key, string message) : Exception($"configuration {key}: {message}")
{
    public string Key { get; } = key;
}
