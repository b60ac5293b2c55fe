using System.Diagnostics;
using Microsoft.Extensions.Logging;
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
        return ReportFile.Write(path, stream => new MonthlyReportRenderer(paper).Render(report, stream), started, logger);
    }
}
