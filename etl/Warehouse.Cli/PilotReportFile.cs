using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Warehouse.Etl;
using Warehouse.Etl.Storage;
using Warehouse.Reports.Layout;
using Warehouse.Reports.Pilot;

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
        var target = Path.GetFullPath(path);

        // Written beside the target and moved into place, so a reader never sees half a PDF.
        var partial = target + ".partial";
        RenderedReport rendered;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using (var stream = File.Create(partial))
            {
                rendered = new PilotReportRenderer(paper).Render(report, stream);
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
