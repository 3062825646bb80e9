using System.CommandLine;

namespace ConflictDb.Cli;

/// <summary>Verbs of the nightly pipeline (run, parity, demo).</summary>
public static class PipelineCommands
{
    public static IEnumerable<Command> Build() => [];
}
