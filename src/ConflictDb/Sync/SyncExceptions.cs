namespace ConflictDb.Sync;

/// <summary>A sync failed; the message names the table (and file, partition or column where known) and what to do next.</summary>
public class SyncException(string message, Exception? inner = null) : ConflictDbException(message, inner);

/// <summary>A view no longer has a mapped column, or its type changed so the table's type no longer fits.</summary>
public sealed class SchemaDriftException(string view, string column, string message) : SyncException(message)
{
    public string View { get; } = view;
    public string Column { get; } = column;
}

/// <summary>Another sync holds the sync lock.</summary>
public sealed class SyncLockedException(string message) : SyncException(message);
