using System.Globalization;
using ConflictDb.Configuration;
using Microsoft.Extensions.Configuration;

namespace ConflictDb.Sync;

/// <summary>What one sync does.</summary>
public sealed record SyncOptions
{
    /// <summary>Ignore stored watermarks and replace every table with the source's rows (rows the source lacks are deleted).</summary>
    public bool Full { get; init; }

    /// <summary>Only these tables or views (all when null or empty).</summary>
    public IReadOnlyList<string>? Tables { get; init; }

    /// <summary>Rows with watermark &gt; stored watermark minus this are read again (late commits, offset changes at DST).</summary>
    public TimeSpan Overlap { get; init; } = TimeSpan.FromHours(3);

    /// <summary>The value of load-time columns (the visit facts' "Updated Datatimestamp").</summary>
    public DateTime LoadTime { get; init; } = DateTime.SpecifyKind(DateTime.UtcNow, DateTimeKind.Unspecified);

    /// <summary>Role the data is written as (db/analytics/README.md, "Roles"); null: the login's own rights.</summary>
    public string? LoaderRole { get; init; } = "analytics_loader";

    /// <summary>Role that creates partitions and staging tables and runs ANALYZE; null: the login's own rights.</summary>
    public string? OwnerRole { get; init; } = "conflictdb_owner";

    /// <summary>
    /// A load into an empty table COPYs straight into it inside the apply transaction instead of through the staging
    /// table (same result, same all-or-nothing; about half the writes). Off only to compare the two paths.
    /// </summary>
    public bool DirectFirstLoad { get; init; } = true;

    /// <summary>How often a long load reports its progress.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Reads section <c>Sync</c>: OverlapMinutes, LoaderRole, OwnerRole (empty: no role switch), ProgressSeconds.</summary>
    public static SyncOptions From(IConfiguration? sync)
    {
        var options = new SyncOptions();
        if (sync is null) return options;
        if (sync["OverlapMinutes"] is { Length: > 0 } overlap)
        {
            if (!int.TryParse(overlap, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
            {
                throw new ConfigurationException("Sync:OverlapMinutes", $"expected a whole number of minutes >= 0, got '{overlap}'");
            }
            options = options with { Overlap = TimeSpan.FromMinutes(minutes) };
        }
        if (sync["ProgressSeconds"] is { Length: > 0 } progress)
        {
            if (!int.TryParse(progress, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds < 1)
            {
                throw new ConfigurationException("Sync:ProgressSeconds", $"expected a whole number of seconds >= 1, got '{progress}'");
            }
            options = options with { ProgressInterval = TimeSpan.FromSeconds(seconds) };
        }
        if (sync.GetSection("LoaderRole").Exists()) options = options with { LoaderRole = Blank(sync["LoaderRole"]) };
        if (sync.GetSection("OwnerRole").Exists()) options = options with { OwnerRole = Blank(sync["OwnerRole"]) };
        return options;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>What a table's load did.</summary>
public sealed record TableSyncResult(
    string Table,
    string View,
    bool FullReload,
    long Staged,
    long Inserted,
    long Updated,
    long Deleted,
    long SkippedWithoutKey,
    long DeletedElsewhere,
    DateTime? WatermarkBefore,
    DateTime? WatermarkAfter,
    IReadOnlyList<string> PartitionsCreated,
    TimeSpan Duration)
{
    public long Changed => Inserted + Updated + Deleted + DeletedElsewhere;

    /// <summary>Reading the source into the staging table (COPY, then ANALYZE of the staging table), or into the table itself on a first load.</summary>
    public TimeSpan Staging { get; init; }

    /// <summary>The apply transaction (partitions, deletes, upsert, watermark).</summary>
    public TimeSpan Applying { get; init; }

    /// <summary>The table was empty and the rows were copied straight into it (no staging table).</summary>
    public bool Direct { get; init; }
}

public sealed record SyncResult(string Source, IReadOnlyList<TableSyncResult> Tables);
