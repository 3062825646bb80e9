using System.Globalization;

namespace ConflictDb.Generation;

/// <summary>
/// Peak private memory of the PostgreSQL backends that serve one database, sampled from /proc every
/// 100 ms: the sum of RssAnon (anonymous resident memory: work_mem hash tables and sorts, not shared
/// buffers) over the backends whose process title names the database, plus their parallel workers.
/// Works only when the server runs on this machine and /proc is readable; otherwise reports nothing.
/// </summary>
public sealed class ServerMemorySampler : IAsyncDisposable
{
    private readonly string _database;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peakKb;
    private volatile bool _seen;

    public ServerMemorySampler(string database)
    {
        _database = database;
        _loop = Task.Run(() => LoopAsync(_stop.Token));
    }

    /// <summary>The peak since the last call (MB), or null if no backend was ever found; starts a new interval.</summary>
    public double? TakePeakMegabytes()
    {
        var peak = Interlocked.Exchange(ref _peakKb, 0);
        return _seen ? peak / 1024.0 : null;
    }

    private async Task LoopAsync(CancellationToken ct)
    {
        if (!OperatingSystem.IsLinux()) return;
        while (!ct.IsCancellationRequested)
        {
            var kb = Sample();
            if (kb > 0)
            {
                _seen = true;
                long current;
                do
                {
                    current = Interlocked.Read(ref _peakKb);
                    if (kb <= current) break;
                }
                while (Interlocked.CompareExchange(ref _peakKb, kb, current) != current);
            }
            try
            {
                await Task.Delay(100, ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private long Sample()
    {
        var backends = new List<(int Pid, string Title)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var title = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ').Trim();
                if (title.StartsWith("postgres: ", StringComparison.Ordinal)) backends.Add((pid, title));
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        var ours = backends.Where(b => b.Title.Contains($" {_database} ", StringComparison.Ordinal)).Select(b => b.Pid).ToHashSet();
        var workers = backends.Where(b => b.Title.Contains("parallel worker for PID ", StringComparison.Ordinal)
            && int.TryParse(b.Title[(b.Title.LastIndexOf(' ') + 1)..], out var leader) && ours.Contains(leader)).Select(b => b.Pid);
        long total = 0;
        foreach (var pid in ours.Concat(workers)) total += RssAnonKb(pid);
        return total;
    }

    private static long RssAnonKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (!line.StartsWith("RssAnon:", StringComparison.Ordinal)) continue;
                var digits = new string(line.Where(char.IsAsciiDigit).ToArray());
                return long.Parse(digits, CultureInfo.InvariantCulture);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
