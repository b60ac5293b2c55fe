using SkiaSharp;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Monthly;

/// <summary>The running header and page number of every page but the cover.</summary>
internal static class MonthlyPageFrame
{
    public const string ReportName = "Monthly leadership report";

    public static void Draw(SKCanvas canvas, PageGeometry geometry, MonthlyReport report, int page, int pages) =>
        PageFrame.Draw(
            canvas,
            geometry,
            ReportName,
            report.PortfolioTitle,
            FigureFormat.Month(report.Month),
            page,
            pages);
}
