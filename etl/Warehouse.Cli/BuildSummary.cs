using System.Globalization;
using Warehouse.Etl.Pipeline;

namespace Warehouse.Cli;

/// <summary>
/// The lines printed after a build: models with their rows, tests, and pilots estimated; and the line
/// naming the copy published for analysts.
/// </summary>
internal static class BuildSummary
{
    public static void Print(BuildOutcome outcome, TextWriter output)
    {
        var report = outcome.Report;
        foreach (var model in report.Models)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{model.Relation,-40} {model.RowCount,12:N0} rows {model.ElapsedMs,7:N0} ms"));
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Built {report.Models.Count} models in {report.ElapsedMs:N0} ms; estimated {outcome.Lift.Estimates.Count} "
            + $"lift rows for {outcome.Lift.Verdicts.Count} pilot(s); {report.DataTests.Count} data tests passed."));
    }

    /// <summary>Says that customer ids were pseudonymised, when they were; never shows the key.</summary>
    public static void PrintPseudonymised(bool pseudonymised, TextWriter output)
    {
        if (pseudonymised)
        {
            output.WriteLine("Customer ids are pseudonymised: analyst tables hold keyed hashes, raw keeps the source ids.");
        }
    }

    /// <summary>Names the published copy after <c>Published:</c>; nothing for an in-memory warehouse.</summary>
    public static void PrintPublished(BuildOutcome outcome, TextWriter output)
    {
        if (outcome.PublishedPath is { } published)
        {
            output.WriteLine($"Published: {published}  (analysts open this copy read-only)");
        }
    }
}
