using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace ConflictDb.Local;

/// <summary>
/// db/schema.sql: the schema-only dump of the owned schemas after all migrations (GitLab's structure.sql), so a
/// pull request shows each migration next to its effect. Normalized: no version banners, SET lines or owners.
/// </summary>
public static partial class SchemaDump
{
    public const string RelativePath = "db/schema.sql";

    [GeneratedRegex(@"^-- (Dumped (from|by)|PostgreSQL database dump|Started on|Completed on).*$\n?", RegexOptions.Multiline)]
    private static partial Regex Banner();

    [GeneratedRegex(@"^(SET |SELECT pg_catalog\.set_config|\\restrict|\\unrestrict).*$\n?", RegexOptions.Multiline)]
    private static partial Regex SessionLines();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankRuns();

    public static async Task<string> DumpAsync(string connectionString, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var psi = new ProcessStartInfo(Path.Combine(LocalPostgres.FindBinaries(), "pg_dump"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--schema-only", "--no-owner", "--no-tablespaces", "--schema=analytics", "--schema=conflict",
            "--host", cs.Host!, "--port", cs.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--username", cs.Username ?? "postgres", "--dbname", cs.Database!,
        })
        {
            psi.ArgumentList.Add(arg);
        }
        if (!string.IsNullOrEmpty(cs.Password)) psi.Environment["PGPASSWORD"] = cs.Password;
        using var process = Process.Start(psi) ?? throw new ConflictDbException("could not start pg_dump");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0) throw new ConflictDbException($"pg_dump failed: {(await stderr).Trim()}");
        return Normalize(await stdout);
    }

    public static string Normalize(string dump)
    {
        var text = dump.Replace("\r\n", "\n");
        text = Banner().Replace(text, "");
        text = SessionLines().Replace(text, "");
        text = BlankRuns().Replace(text, "\n\n").Trim() + "\n";
        var header = new StringBuilder()
            .AppendLine("-- db/schema.sql: the analytics and conflict schemas after all migrations (generated; do not edit).")
            .AppendLine("-- Regenerate: dotnet run --project src/ConflictDb.Cli -- schema-dump")
            .AppendLine();
        return header + text;
    }
}
