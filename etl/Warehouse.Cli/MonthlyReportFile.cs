using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Warehouse.Etl;
using Warehouse.Etl.Storage;
using Warehouse.Reports.Layout;
using Warehouse.Reports.Monthly;

namespace Warehouse.Cli;

/// <summary>Renders the monthly report of a warehouse into a PDF file, replacing it only when complete.</summary>
internal static class MonthlyReportFile
{
    /// <summary>
    /// Writes the report of <paramref name="month"/> to <paramref name="path"/> and returns the full path. A
    /// character the report font lacks is logged as a warning; the PDF marks and lists it.
    /// </summary>
    public static string Write(
        WarehouseDatabase database,
        DateOnly month,
        string title,
        string path,
        PaperSize paper,
        ILogger logger)
    {
        ReportLog.Rendering(logger, $"{month:yyyy-MM}", paper.ToString());
        var started = Stopwatch.GetTimestamp();
        var report = new MonthlyReportQuery(title).Load(database.Connection, month);
        var target = Path.GetFullPath(path);

        // Written beside the target and moved into place, so a reader never sees half a PDF.
        var partial = target + ".partial";
        RenderedReport rendered;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using (var stream = File.Create(partial))
            {
                rendered = new MonthlyReportRenderer(paper).Render(report, stream);
            }

            File.Move(partial, target, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(partial);
            throw new WarehouseException($"{target}: could not write the report: {ex.Message}", ex);
        }

        ReportLog.Rendered(logger, rendered.Pages, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        if (rendered.MissingCharacters.Count > 0)
        {
            ReportLog.MissingGlyphs(logger, rendered.MissingCharacterList);
        }

        ReportLog.Written(logger, target);
        return target;
    }
}
