using Warehouse.Etl;
using Warehouse.Etl.Storage;
using Warehouse.Reports.Monthly;

namespace Warehouse.Cli;

/// <summary>Renders the monthly report of a warehouse into a PDF file, replacing it only when complete.</summary>
internal static class MonthlyReportFile
{
    public static string Write(WarehouseDatabase database, DateOnly month, string title, string path)
    {
        var report = new MonthlyReportQuery(title).Load(database.Connection, month);
        var target = Path.GetFullPath(path);

        // Written beside the target and moved into place, so a reader never sees half a PDF.
        var partial = target + ".partial";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using (var stream = File.Create(partial))
            {
                new MonthlyReportRenderer().Render(report, stream);
            }

            File.Move(partial, target, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(partial);
            throw new WarehouseException($"{target}: could not write the report: {ex.Message}", ex);
        }

        return target;
    }
}
