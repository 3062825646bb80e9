using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace ConflictDb.Migrations;

/// <summary>A script and the name DbUp would journal it under (its embedded LogicalName).</summary>
public sealed record SqlScript(string Name, string Contents)
{
    /// <summary>The file name: the part after "&lt;schema&gt;.migrations." or "stages.".</summary>
    public string FileName => Name[(Name.IndexOf(".migrations.", StringComparison.Ordinal) is var k and >= 0 ? k + ".migrations.".Length : Name.IndexOf('.') + 1)..];

    /// <summary>SHA-256 of the contents with line endings normalized, so a checkout's EOL style does not count as an edit.</summary>
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Contents.Replace("\r\n", "\n"))));
}

/// <summary>The scripts embedded in the library (see ConflictDb.csproj for their logical names).</summary>
public static class EmbeddedScripts
{
    /// <summary>The schemas ConflictDb owns, in the order they are migrated.</summary>
    public static readonly IReadOnlyList<string> Schemas = ["analytics", "conflict"];

    public static IReadOnlyList<SqlScript> Migrations(string schema) => Load($"{schema}.migrations.");

    public static IReadOnlyList<SqlScript> Stages() => Load("stages.");

    private static List<SqlScript> Load(string prefix)
    {
        var assembly = typeof(EmbeddedScripts).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new SqlScript(n, Read(assembly, n)))
            .ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded script {name} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
