using ConflictDb.Parity;

namespace ConflictDb.Cli;

/// <summary>Prints a case report: per step and table the rows matched, missing, extra and differing, then the differences.</summary>
public static class ParityReportWriter
{
    public static void Write(TextWriter output, CaseReport report)
    {
        output.WriteLine($"case {report.Case} ({report.Duration.TotalSeconds:0.0} s): {(report.Failed ? "FAILED" : report.Incomplete ? "incomplete" : "passed")}{(report.Pending > 0 ? $", {report.Pending} comparison(s) pending or blocked" : "")}");
        foreach (var step in report.Steps)
        {
            output.WriteLine($"  {step.Step}: {step.Status.ToString().ToLowerInvariant()}{(step.Reason is null ? "" : $" ({step.Reason})")}");
            foreach (var t in step.Tables)
            {
                output.WriteLine($"    {t.Table,-28} matched {t.Matched,6}  missing {t.Missing,4}  extra {t.Extra,4}  differing {t.Differing,4}");
                foreach (var d in t.Differences) output.WriteLine($"      {d}");
            }
        }
    }
}
