using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Warehouse.Etl;
using Warehouse.Etl.Storage;
using Warehouse.Reports.Layout;
using Warehouse.Reports.Pilots;

namespace Warehouse.Cli;

/// <summary>Renders one pilot's report into a PDF file, replacing it only when complete.</summary>
internal static class PilotReportFile
{
    /// <summary>
    /// Writes the report of pilot <paramref name="pilotId"/> to <paramref name="path"/> and returns the full path.
    /// An unknown pilot is a <see cref="ExitCode.NotFound"/> error naming the pilots the warehouse has.
    /// </summary>
    public static string Write(WarehouseDatabase database, string pilotId, string path, PaperSize paper, ILogger logger)
    {
        ReportLog.RenderingPilot(logger, pilotId, paper.ToString());
        var started = Stopwatch.GetTimestamp();
        var report = PilotReportQuery.Load(database.Connection, pilotId);
        return ReportFile.Write(path, stream => new PilotReportRenderer(paper).Render(report, stream), started, logger);
    }
}
