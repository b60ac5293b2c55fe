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
        var month = FigureFormat.Month(report.Month);
        var room = content.Width - style.Measure(month) - 24f;

        // The report's name stays whole; only the portfolio's title gives way, word by word.
        var prefix = $"{ReportName} \u00b7 ";
        var portfolio = TextWrapper.Ellipsized(report.PortfolioTitle, style, room - style.Measure(prefix));
        var title = portfolio.Length == 0 ? ReportName : prefix + portfolio;
        style.Draw(canvas, title, content.Left, geometry.HeaderTop);
        style.Draw(canvas, month, content.Right, geometry.HeaderTop, SKTextAlign.Right);
        using var rule = new SKPaint { Color = ReportTheme.Rule, StrokeWidth = 0.6f, IsAntialias = true };
        var ruleY = geometry.HeaderTop + style.LineHeight + 3f;
        canvas.DrawLine(content.Left, ruleY, content.Right, ruleY, rule);

        style.Draw(canvas, $"Page {page} of {pages}", content.Right, geometry.FooterTop, SKTextAlign.Right);
    }
}
