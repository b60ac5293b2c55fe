using SkiaSharp;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Pilots;

/// <summary>The running header and page number of every page of a pilot report but the cover.</summary>
internal static class PilotPageFrame
{
    public const string ReportName = "Pilot report";

    public static void Draw(SKCanvas canvas, PageGeometry geometry, PilotReport report, int page, int pages) =>
        PageFrame.Draw(canvas, geometry, ReportName, report.Pilot.PilotName, Period(report), page, pages);

    /// <summary>What the running header says of when: the pilot's status and the data's last load.</summary>
    public static string Period(PilotReport report) =>
        $"{VerdictText.Status(report.Verdict.Status)} \u00b7 data loaded {FigureFormat.Timestamp(report.DataLoadedAt)}";
}
