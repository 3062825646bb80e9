using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ConflictDb.Local;

/// <summary>The local server could not be started, found or stopped; the message says what to do.</summary>
public sealed class LocalPostgresException(string message) : Exception(message);

/// <summary>
/// A private PostgreSQL cluster started from the installed binaries: the stand-in for Testcontainers.PostgreSql.
/// initdb + pg_ctl (under <c>runuser -u postgres</c> when running as root), loopback TCP on a free port, a
/// private socket directory, durability off, UTC. <see cref="DisposeAsync"/> stops it; an ephemeral cluster
/// is also deleted. Clusters whose owning process died are swept by <see cref="SweepStale"/>.
/// </summary>
public sealed class LocalPostgres : IAsyncDisposable
{
    public const string OwnerFile = "conflictdb-owner.pid";
    private readonly bool _ephemeral;

    private LocalPostgres(string root, int port, bool ephemeral)
    {
        Root = root;
        Port = port;
        _ephemeral = ephemeral;
    }

    /// <summary>The cluster's folder: data/, socket/, server.log, the owner pid file.</summary>
    public string Root { get; }

    public int Port { get; }

    public string DataDirectory => Path.Combine(Root, "data");

    public string ConnectionString(string database = "postgres") =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = "postgres",
            Database = database,
            Pooling = true,
            Timezone = "UTC",
        }.ConnectionString;

    /// <summary>Finds the PostgreSQL binaries: PG_BIN, then pg_config's bindir, then /usr/lib/postgresql/NN/bin.</summary>
    public static string FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("PG_BIN");
        if (!string.IsNullOrEmpty(configured) && File.Exists(Path.Combine(configured, "initdb"))) return configured;
        const string debian = "/usr/lib/postgresql";
        if (Directory.Exists(debian))
        {
            var newest = Directory.GetDirectories(debian)
                .Select(d => (dir: Path.Combine(d, "bin"), version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(x => x.version >= 15 && File.Exists(Path.Combine(x.dir, "initdb")))
                .OrderByDescending(x => x.version)
                .FirstOrDefault();
            if (newest.dir is not null) return newest.dir;
        }
        throw new LocalPostgresException(
            "PostgreSQL 15+ server binaries not found (looked at $PG_BIN and /usr/lib/postgresql/*/bin). " +
            "Install them (Debian: apt-get install postgresql-15) or set PG_BIN.");
    }

    /// <summary>Starts a new throwaway cluster under <paramref name="baseDirectory"/>; it is deleted on dispose.</summary>
    public static Task<LocalPostgres> StartEphemeralAsync(string baseDirectory, CancellationToken ct)
    {
        SweepStale(baseDirectory);
        var root = Path.Combine(baseDirectory, $"pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..24]);
        return StartAsync(root, ephemeral: true, ct);
    }

    /// <summary>Starts (creating if needed) the persistent cluster in <paramref name="root"/>, or attaches to it if it runs.</summary>
    public static async Task<LocalPostgres> StartPersistentAsync(string root, CancellationToken ct)
    {
        var running = TryAttach(root);
        if (running is not null) return running;
        return await StartAsync(root, ephemeral: false, ct);
    }

    /// <summary>The running persistent cluster in <paramref name="root"/>, or null.</summary>
    public static LocalPostgres? TryAttach(string root)
    {
        var pidFile = Path.Combine(root, "data", "postmaster.pid");
        var portFile = Path.Combine(root, "port");
        if (!File.Exists(pidFile) || !File.Exists(portFile)) return null;
        var lines = File.ReadAllLines(pidFile);
        if (lines.Length == 0 || !int.TryParse(lines[0], out var pid) || !IsAlive(pid)) return null;
        return new LocalPostgres(root, int.Parse(File.ReadAllText(portFile).Trim()), ephemeral: false);
    }

    private static async Task<LocalPostgres> StartAsync(string root, bool ephemeral, CancellationToken ct)
    {
        var bin = FindBinaries();
        root = Path.GetFullPath(root);
        Directory.CreateDirectory(root);
        var data = Path.Combine(root, "data");
        var socket = Path.Combine(root, "socket");
        Directory.CreateDirectory(socket);
        var asRoot = Environment.IsPrivilegedProcess;
        if (asRoot)
        {
            // initdb and postgres refuse to run as root: the cluster belongs to the postgres user.
            EnsureTraversable(root);
            await RunAsync("chown", ["-R", "postgres:postgres", root], asRoot: false, ct);
        }
        File.WriteAllText(Path.Combine(root, OwnerFile), ephemeral ? Environment.ProcessId.ToString() : "persistent");

        if (!File.Exists(Path.Combine(data, "PG_VERSION")))
        {
            await RunAsync(Path.Combine(bin, "initdb"),
                ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"], asRoot, ct);
        }

        var port = FreePort();
        File.WriteAllText(Path.Combine(root, "port"), port.ToString());
        var options = string.Join(' ',
            $"-p {port}", "-c listen_addresses=127.0.0.1", $"-c unix_socket_directories='{socket}'",
            "-c fsync=off", "-c full_page_writes=off", "-c synchronous_commit=off", "-c timezone=UTC",
            "-c max_connections=300", "-c shared_buffers=256MB", "-c work_mem=64MB", "-c maintenance_work_mem=256MB",
            "-c max_wal_size=4GB", "-c checkpoint_timeout=30min");
        await RunAsync(Path.Combine(bin, "pg_ctl"),
            ["-D", data, "-l", Path.Combine(root, "server.log"), "-o", options, "-w", "-t", "60", "start"], asRoot, ct);

        var server = new LocalPostgres(root, port, ephemeral);
        await server.WaitReadyAsync(ct);
        return server;
    }

    private async Task WaitReadyAsync(CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await using var conn = new NpgsqlConnection(ConnectionString());
                await conn.OpenAsync(ct);
                return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, ct);
            }
        }
    }

    /// <summary>Creates <paramref name="database"/> as a copy of <paramref name="template"/> (about 70 ms).</summary>
    public async Task CreateDatabaseAsync(string database, string? template, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(ConnectionString());
        await conn.OpenAsync(ct);
        var sql = $"create database \"{database}\"" + (template is null ? "" : $" template \"{template}\"");
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task DropDatabaseAsync(string database, CancellationToken ct)
    {
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(ConnectionString());
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand($"drop database if exists \"{database}\" with (force)", conn);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task StopAsync(CancellationToken ct)
    {
        NpgsqlConnection.ClearAllPools();
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            await RunAsync(Path.Combine(FindBinaries(), "pg_ctl"), ["-D", DataDirectory, "-m", "fast", "-w", "stop"],
                Environment.IsPrivilegedProcess, ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_ephemeral) return;
        try
        {
            await StopAsync(CancellationToken.None);
        }
        finally
        {
            TryDelete(Root);
        }
    }

    /// <summary>
    /// Stops and deletes ephemeral clusters under <paramref name="baseDirectory"/> whose owner process is gone
    /// (a test run that was killed). Returns how many were swept.
    /// </summary>
    public static int SweepStale(string baseDirectory)
    {
        if (!Directory.Exists(baseDirectory)) return 0;
        var swept = 0;
        foreach (var dir in Directory.GetDirectories(baseDirectory, "pg-*"))
        {
            var owner = Path.Combine(dir, OwnerFile);
            if (File.Exists(owner) && int.TryParse(File.ReadAllText(owner).Trim(), out var pid) && IsAlive(pid)) continue;
            var data = Path.Combine(dir, "data");
            if (File.Exists(Path.Combine(data, "postmaster.pid")))
            {
                try
                {
                    RunAsync(Path.Combine(FindBinaries(), "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"],
                        Environment.IsPrivilegedProcess, CancellationToken.None).GetAwaiter().GetResult();
                }
                catch (LocalPostgresException)
                {
                    // Already stopped or half-created: deleting the folder is enough.
                }
            }
            TryDelete(dir);
            swept++;
        }
        return swept;
    }

    /// <summary>True when the process runs (a zombie, exited but not yet reaped, does not count).</summary>
    public static bool IsAlive(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (OperatingSystem.IsLinux())
        {
            try
            {
                var text = File.ReadAllText(stat);
                return text[(text.LastIndexOf(')') + 2)..].FirstOrDefault() is not ('Z' or 'X');
            }
            catch (IOException)
            {
                return false;
            }
        }
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>The postgres user must be able to reach the cluster folder through every parent.</summary>
    private static void EnsureTraversable(string root)
    {
        if (OperatingSystem.IsWindows()) return;
        for (var dir = Path.GetDirectoryName(root); !string.IsNullOrEmpty(dir) && dir != "/"; dir = Path.GetDirectoryName(dir))
        {
            var mode = File.GetUnixFileMode(dir);
            if (!mode.HasFlag(UnixFileMode.OtherExecute))
            {
                throw new LocalPostgresException(
                    $"{dir} is not traversable by the postgres user, so a cluster under {root} cannot start. " +
                    "Choose another folder (LocalDb:Directory) or chmod o+x the parents.");
            }
        }
    }

    private static async Task RunAsync(string file, IReadOnlyList<string> args, bool asRoot, CancellationToken ct)
    {
        var psi = new ProcessStartInfo
        {
            FileName = asRoot ? "runuser" : file,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asRoot)
        {
            psi.ArgumentList.Add("-u");
            psi.ArgumentList.Add("postgres");
            psi.ArgumentList.Add("--");
            psi.ArgumentList.Add(file);
        }
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["TZ"] = "UTC";
        psi.Environment["LC_ALL"] = "C";
        using var process = Process.Start(psi) ?? throw new LocalPostgresException($"could not start {file}");
        // pg_ctl start leaves the server holding inherited pipes; read to end only of what the tool itself writes.
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            var err = await stderr;
            throw new LocalPostgresException($"{Path.GetFileName(file)} {string.Join(' ', args)} exited with {process.ExitCode}: {err.Trim()}");
        }
        _ = await Task.WhenAny(Task.WhenAll(stdout, stderr), Task.Delay(1000, ct));
    }
}
