namespace ConflictDb.Sync;

/// <summary>
/// One column of an analytics table and where its value comes from: a column of the Snowflake view (by default the
/// column of the same name), or the time of the load (<see cref="LoadTime"/>) for the few columns the views lack.
/// </summary>
public sealed record ColumnMap(string Target, string? ViewColumn = null, bool LoadTime = false)
{
    /// <summary>The view column to select (null for a load-time column).</summary>
    public string? Source => LoadTime ? null : ViewColumn ?? Target;

    public static ColumnMap From(string target, string viewColumn) => new(target, viewColumn);

    public static ColumnMap LoadedAt(string target) => new(target, LoadTime: true);
}

/// <summary>
/// How one Snowflake view is copied into its analytics table. The sync is driven by these records only
/// (<see cref="AnalyticsViews.All"/>), so adding a view or a column is a change here and a migration.
/// </summary>
public sealed record ViewMap
{
    /// <summary>The Snowflake view, e.g. FACTVISITCALLPERFORMANCE_CR (under Sync:SourceSchema, default ANALYTICS.BI).</summary>
    public required string View { get; init; }

    /// <summary>The analytics table, e.g. factvisitcallperformance_cr.</summary>
    public required string Table { get; init; }

    /// <summary>Every column of the table, in table order.</summary>
    public required IReadOnlyList<ColumnMap> Columns { get; init; }

    /// <summary>The table's primary key: the upsert's conflict target. Empty: the table is replaced as a whole.</summary>
    public IReadOnlyList<string> Key { get; init; } = [];

    /// <summary>
    /// What identifies a source row when it differs from <see cref="Key"/>: the visit facts are keyed
    /// ("Visit Id","Visit Date") for partitioning, but a visit whose date changed is the same visit and moves.
    /// </summary>
    public IReadOnlyList<string>? Identity { get; init; }

    /// <summary>The table column holding the source watermark; null: the view is reloaded whole every time.</summary>
    public string? Watermark { get; init; }

    /// <summary>A Snowflake predicate every selected row satisfies (e.g. "Source System" = 'hha').</summary>
    public string? SourceFilter { get; init; }

    /// <summary>Select distinct rows (the view repeats rows the table keeps once).</summary>
    public bool Distinct { get; init; }

    /// <summary>The table is range-partitioned by month on this column (missing months are created before loading).</summary>
    public string? MonthlyPartitionColumn { get; init; }

    /// <summary>Rows of this view are deletions: their visits are removed from another table (see <see cref="VisitDeletion"/>).</summary>
    public VisitDeletion? Deletes { get; init; }

    public IReadOnlyList<string> IdentityOrKey => Identity ?? Key;

    public ColumnMap Column(string target) =>
        Columns.FirstOrDefault(c => c.Target == target) ?? throw new InvalidOperationException($"{Table} maps no column \"{target}\"");
}

/// <summary>
/// Rows loaded into the table of this map delete the rows of <see cref="Table"/> with the same <see cref="Match"/>
/// value, unless the row there was updated after the deletion (<see cref="UpdatedAt"/>), i.e. restored.
/// </summary>
public sealed record VisitDeletion(string Table, string Match, string UpdatedAt);
