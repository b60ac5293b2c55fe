using SkiaSharp;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Monthly;

/// <summary>The running header and page number of every page but the cover.</summary>
internal static class MonthlyPageFrame
{
    public const string ReportName = "Monthly leadership report";

    public static void Draw(SKCanvas canvas, PageGeometry geometry, MonthlyReport report, int page, int pages)
    {
        if (page == 1)
        {
            return;
        }

        var style = ReportTheme.RunningHeader;
        var content = geometry.Content;
        style.Draw(canvas, $"{ReportName} \u00b7 {report.PortfolioTitle}", content.Left, geometry.HeaderTop);
        style.Draw(canvas, FigureFormat.Month(report.Month), content.Right, geometry.HeaderTop, SKTextAlign.Right);
        using var rule = new SKPaint { Color = ReportTheme.Rule, StrokeWidth = 0.6f, IsAntialias = true };
        var ruleY = geometry.HeaderTop + style.LineHeight + 3f;
        canvas.DrawLine(content.Left, ruleY, content.Right, ruleY, rule);

        style.Draw(canvas, $"Page {page} of {pages}", content.Right, geometry.FooterTop, SKTextAlign.Right);
    }
}
