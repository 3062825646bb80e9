using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace ConflictDb.Generation;

/// <summary>What a benchmark ran on: cores, memory, CPU model, PostgreSQL version and memory settings, commit.</summary>
public sealed record MachineInfo(int Cores, double MemoryGb, string CpuModel, string PostgresVersion, string PostgresSettings, string Commit)
{
    public string Describe => string.Create(CultureInfo.InvariantCulture, $"{Cores} cores, {MemoryGb:0} GB, {CpuModel}");

    public static async Task<MachineInfo> ReadAsync(string connectionString, string repositoryRoot, CancellationToken ct)
    {
        string version;
        string settings;
        await using (var conn = new NpgsqlConnection(connectionString))
        {
            await conn.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand(
                """
                select
                    current_setting('server_version'),
                    format('shared_buffers %s, work_mem %s, max_parallel_workers_per_gather %s, jit %s',
                        current_setting('shared_buffers'), current_setting('work_mem'),
                        current_setting('max_parallel_workers_per_gather'), current_setting('jit'))
                """, conn);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            version = reader.GetString(0);
            settings = reader.GetString(1);
        }
        return new MachineInfo(Environment.ProcessorCount, MemoryGigabytes(), ReadCpuModel(), version, settings, await CommitAsync(repositoryRoot, ct));
    }

    private static double MemoryGigabytes()
    {
        try
        {
            var line = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
            if (line is not null) return long.Parse(new string(line.Where(char.IsAsciiDigit).ToArray()), CultureInfo.InvariantCulture) / 1024.0 / 1024.0;
        }
        catch (IOException)
        {
        }
        return GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024.0 / 1024.0;
    }

    private static string ReadCpuModel()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            if (line is not null) return line[(line.IndexOf(':') + 1)..].Trim();
        }
        catch (IOException)
        {
        }
        return System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture.ToString();
    }

    /// <summary>
    /// The commit whose db/stages the stages compiled into this build equal: HEAD, or the most recent of the
    /// last 30 commits that changed db/stages (a build of an older export), or else "HEAD+dirty".
    /// </summary>
    private static async Task<string> CommitAsync(string root, CancellationToken ct)
    {
        var head = await GitAsync(root, ["rev-parse", "--short", "HEAD"], ct);
        if (head is null) return "unknown";
        if (await SameStagesAsync(root, "HEAD", ct)) return head;
        var changes = await GitAsync(root, ["log", "--format=%h", "-n", "30", "HEAD", "--", "db/stages"], ct) ?? "";
        foreach (var commit in changes.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (await SameStagesAsync(root, commit, ct)) return commit;
        }
        return head + "+dirty";
    }

    private static async Task<bool> SameStagesAsync(string root, string commit, CancellationToken ct)
    {
        var embedded = ConflictDb.Pipeline.Stage.Embedded();
        var listed = await GitAsync(root, ["ls-tree", "--name-only", commit, "db/stages/"], ct) ?? "";
        var names = listed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Path.GetFileName).Where(n => n!.EndsWith(".sql", StringComparison.Ordinal)).ToHashSet();
        if (names.Count != embedded.Count) return false;
        foreach (var stage in embedded)
        {
            var text = await GitAsync(root, ["show", $"{commit}:db/stages/{stage.Name}"], ct, trim: false);
            if (text is null || text.Replace("\r\n", "\n").TrimEnd() != stage.Sql.Replace("\r\n", "\n").TrimEnd()) return false;
        }
        return true;
    }

    private static async Task<string?> GitAsync(string root, IReadOnlyList<string> args, CancellationToken ct, bool trim = true)
    {
        try
        {
            var psi = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in args) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi);
            if (p is null) return null;
            var output = await p.StandardOutput.ReadToEndAsync(ct);
            await p.WaitForExitAsync(ct);
            return p.ExitCode == 0 ? (trim ? output.Trim() : output) : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
