namespace ConflictDb.Pipeline;

/// <summary>What one invocation of the runner should do.</summary>
public sealed record RunOptions
{
    /// <summary>The run's clock (Snowflake's GETDATE()/CURRENT_DATE), a wall-clock time with no zone.</summary>
    public DateTime? AsOf { get; init; }

    /// <summary>Resume the latest failed run from its failed stage, with its as-of time.</summary>
    public bool Resume { get; init; }

    /// <summary>Start at this stage (file name or its number prefix).</summary>
    public string? From { get; init; }

    /// <summary>Run only this stage.</summary>
    public string? Only { get; init; }

    /// <summary>Run only the stages that port these procedures (a parity case's "procedures"), in chain order.</summary>
    public IReadOnlyList<string>? Procedures { get; init; }

    /// <summary>Print the plan; change nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>statement_timeout of each stage transaction; zero for none.</summary>
    public TimeSpan StatementTimeout { get; init; } = TimeSpan.Zero;

    /// <summary>
    /// "auto": stage 0150 pairs only the (SSN, date) groups that changed since the last complete run when it can
    /// (db/README.md, "Delta-scoped pairing"); "full": pair the whole window tonight.
    /// </summary>
    public string Pairing { get; init; } = "auto";

    /// <summary>In "auto", pair the whole window when the last full pairing is this many days old (0: never).</summary>
    public int FullPairingEveryDays { get; init; }

    /// <summary>Per-stage session settings (set_config(name, value, true)), e.g. work_mem and jit.</summary>
    public IReadOnlyDictionary<string, string> StageSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>Called before each stage starts, with the run id (the benchmark explains the stage there).</summary>
    public Func<Stage, long, CancellationToken, Task>? BeforeStage { get; init; }

    /// <summary>Called after each stage commits (parity uses it to compare per procedure).</summary>
    public Func<Stage, CancellationToken, Task>? AfterStage { get; init; }

    /// <summary>Test hook: fail when this stage is about to commit (to prove resume).</summary>
    public string? FailBeforeCommitOf { get; init; }
}

public sealed record StageResult(string Stage, string Status, long Rows, TimeSpan Duration, string? Error);

public sealed record RunResult(long RunId, DateTime AsOf, string Status, IReadOnlyList<StageResult> Stages, IReadOnlyList<Stage> Plan);

/// <summary>Another nightly run holds the run lock.</summary>
public sealed class RunLockedException(string message) : ConflictDbException(message);

/// <summary>A stage failed; the run can be resumed with <c>run --resume</c>.</summary>
public sealed class StageFailedException(string message, Exception inner) : ConflictDbException(message, inner);
