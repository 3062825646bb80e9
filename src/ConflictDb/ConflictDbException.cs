namespace ConflictDb;

/// <summary>An expected failure whose message is complete for the operator (what, where, what to do next).</summary>
public class ConflictDbException(string message, Exception? inner = null) : Exception(message, inner);
