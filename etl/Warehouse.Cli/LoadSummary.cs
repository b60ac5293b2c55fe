using System.Globalization;
using Warehouse.Etl.Loading;

namespace Warehouse.Cli;

/// <summary>The table of records loaded and rejected, printed one file at a time as loads finish.</summary>
internal static class LoadSummary
{
    public static void PrintHeader(TextWriter output) =>
        output.WriteLine($"{"extract",-12} {"status",-9} {"batch",6} {"records",9} {"rejected",9} {"rows",9}  file");

    public static void PrintRow(LoadResult result, TextWriter output)
    {
        var counts = result.Status == LoadStatus.Unchanged
            ? $"{"-",9} {"-",9} {"-",9}"
            : string.Create(
                CultureInfo.InvariantCulture,
                $"{result.RecordsRead,9:N0} {result.RecordsRejected,9:N0} {result.RowsLoaded,9:N0}");
        var file = Path.GetFileName(result.File);
        var batch = result.BatchId.ToString(CultureInfo.InvariantCulture);
        output.WriteLine($"{result.Extract,-12} {result.StatusName,-9} {batch,6} {counts}  {file}");
        if (result.Message is { } message)
        {
            output.WriteLine($"  {message}");
        }
    }

    /// <summary>
    /// Where every record of the files read went, counted apart from the reader (a delimited file's records by a
    /// quote-aware scan of its lines, a Parquet file's by its footer): loaded, rejected, left out by a mapping's
    /// condition, or held back with a refused file. A load checks the sum before it commits.
    /// </summary>
    public static void PrintAccount(IEnumerable<LoadResult> results, TextWriter output)
    {
        // An unchanged file was not read again, and a file refused for its columns was not read at all.
        var read = results.Where(r => r.Status != LoadStatus.Unchanged).ToList();
        if (read.Sum(r => r.RecordsRead) == 0)
        {
            return;
        }

        var refused = read.Where(r => r.Status == LoadStatus.Refused).ToList();
        var parts = new List<string>
        {
            Count(read.Sum(r => r.RecordsLoaded), "loaded"),
            Count(read.Sum(r => r.RecordsRejected), "rejected"),
        };
        if (read.Sum(r => r.RecordsLeftOut) is > 0 and var leftOut)
        {
            parts.Add(Count(leftOut, "left out by a mapping's condition"));
        }

        if (refused.Sum(r => r.RecordsRead - r.RecordsRejected) is > 0 and var heldBack)
        {
            parts.Add(Count(heldBack, "not loaded with a refused file"));
        }

        output.WriteLine(
            $"Records: {Count(read.Sum(r => r.RecordsRead), "in the files read")} = {string.Join(" + ", parts)} "
            + "(counted apart from the reader).");
    }

    private static string Count(long count, string what) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {what}");

    /// <summary>The first rejected values of each file that had any, with where to find the rest.</summary>
    public static void PrintRejects(IEnumerable<LoadResult> results, TextWriter output)
    {
        foreach (var result in results.Where(r => r.FirstRejects.Count > 0))
        {
            output.WriteLine();
            output.WriteLine(
                $"{result.Extract}: first rejected values of {Path.GetFileName(result.File)} "
                + $"(all in meta.load_rejects, batch {result.BatchId}):");
            foreach (var reject in result.FirstRejects)
            {
                output.WriteLine($"  {reject with { File = ShownPath.FromHere(reject.File) }}");
            }
        }
    }

    /// <summary>
    /// The column differences of each file whose columns drifted from the last loaded delivery, all kept in
    /// <c>meta.schema_drift</c>; a file refused for them has its reason under its row already.
    /// </summary>
    public static void PrintDrift(IEnumerable<LoadResult> results, TextWriter output)
    {
        foreach (var result in results.Where(r => r.Drift.Count > 0))
        {
            var file = Path.GetFileName(result.File);
            output.WriteLine();
            output.WriteLine(result.Status == LoadStatus.Refused
                ? $"{result.Extract}: the columns of {file} (batch {result.BatchId}) differ from the last loaded "
                    + "delivery (all in meta.schema_drift):"
                : $"{result.Extract}: warning: the columns of {file} (batch {result.BatchId}) differ from the last "
                    + "loaded delivery; its known columns loaded (all in meta.schema_drift):");
            foreach (var change in result.Drift)
            {
                output.WriteLine($"  {change}");
            }
        }
    }
}
