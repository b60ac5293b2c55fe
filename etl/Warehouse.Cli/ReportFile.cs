using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Warehouse.Etl;
using Warehouse.Reports.Layout;

namespace Warehouse.Cli;

/// <summary>Writes a rendered report into its file, replacing the file only when the PDF is complete.</summary>
internal static class ReportFile
{
    /// <summary>
    /// Calls <paramref name="render"/> on a file beside <paramref name="path"/>, moves it into place and returns
    /// the full path; logs the page count and time since <paramref name="started"/>, and any character the
    /// report font lacks as a warning (the PDF marks and lists it).
    /// </summary>
    public static string Write(string path, Func<Stream, RenderedReport> render, long started, ILogger logger)
    {
        var target = Path.GetFullPath(path);

        // Written beside the target and moved into place, so a reader never sees half a PDF.
        var partial = target + ".partial";
        RenderedReport rendered;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using (var stream = File.Create(partial))
            {
                rendered = render(stream);
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
