using System.Globalization;
using Warehouse.Etl.Loading;

namespace Warehouse.Cli;

/// <summary>The table of loaded and rejected rows printed after a load.</summary>
internal static class LoadSummary
{
    public static void Print(IReadOnlyList<LoadResult> results, TextWriter output)
    {
        output.WriteLine($"{"extract",-12} {"status",-9} {"batch",6} {"records",9} {"loaded",9} {"rejected",9}  file");
        foreach (var r in results)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{r.Extract,-12} {r.Status,-9} {r.BatchId,6} {r.RecordsRead,9:N0} {r.RowsLoaded,9:N0} {r.RowsRejected,9:N0}  {Path.GetFileName(r.File)}"));
        }

        foreach (var r in results.Where(r => r.FirstRejects.Count > 0))
        {
            output.WriteLine();
            output.WriteLine($"{r.Extract}: first rejected values of {Path.GetFileName(r.File)} (all in meta.load_rejects, batch {r.BatchId}):");
            foreach (var reject in r.FirstRejects)
            {
                output.WriteLine($"  {reject}");
            }
        }
    }
}
