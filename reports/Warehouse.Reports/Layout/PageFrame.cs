using SkiaSharp;

namespace Warehouse.Reports.Layout;

/// <summary>
/// The running header and page number every report page carries except page 1, the cover: the report's name
/// and subject at the left, its period at the right, a rule under them, and "Page 3 of 7" at the foot.
/// </summary>
internal static class PageFrame
{
    private const float PeriodGap = 24f;

    /// <summary>
    /// Draws the frame of page <paramref name="page"/> of <paramref name="pages"/> (1-based); nothing on page 1.
    /// The report name stays whole; the subject gives way word by word when the line is too narrow for both.
    /// </summary>
    public static void Draw(
        SKCanvas canvas,
        PageGeometry geometry,
        string reportName,
        string subject,
        string period,
        int page,
        int pages)
    {
        if (page == 1)
        {
            return;
        }

        var style = ReportTheme.RunningHeader;
        var content = geometry.Content;
        var room = content.Width - style.Measure(period) - PeriodGap;

        var prefix = $"{reportName} \u00b7 ";
        var shortened = TextWrapper.Ellipsized(subject, style, room - style.Measure(prefix));
        var title = shortened.Length == 0 ? reportName : prefix + shortened;
        style.Draw(canvas, title, content.Left, geometry.HeaderTop);
        style.Draw(canvas, period, content.Right, geometry.HeaderTop, SKTextAlign.Right);
        using var rule = new SKPaint { Color = ReportTheme.Rule, StrokeWidth = 0.6f, IsAntialias = true };
        var ruleY = geometry.HeaderTop + style.LineHeight + 3f;
        canvas.DrawLine(content.Left, ruleY, content.Right, ruleY, rule);

        style.Draw(canvas, $"Page {page} of {pages}", content.Right, geometry.FooterTop, SKTextAlign.Right);
    }
}
