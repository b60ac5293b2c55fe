using System.Globalization;
using SkiaSharp;
using Warehouse.Reports.Layout;
using Warehouse.Reports.Monthly;

namespace Warehouse.Reports.Pilots;

/// <summary>
/// The pilot report's cover: the pilot's name, id and owner on a colour band, the verdict with its reason as the
/// lift job wrote it, the not-decision-ready warning where it applies, and the contents with page numbers.
/// </summary>
internal static class PilotCoverPage
{
    private const float BandHeight = 210f;

    /// <summary>Records the cover as a one-page layout; the caller disposes the returned layout.</summary>
    public static ReportLayout Record(
        PageGeometry geometry,
        PilotReport report,
        IReadOnlyList<(string Title, int PageNumber)> contents)
    {
        var layout = new ReportLayout(geometry);
        layout.StartPage();
        DrawBand(layout, report);
        layout.Space(BandHeight + 24f - geometry.Content.Top);

        layout.Paragraph(
            $"{VerdictText.Design(report.Verdict.Design)} pilot, "
            + $"{VerdictText.Status(report.Verdict.Status).ToLowerInvariant()}. "
            + $"Data last loaded {FigureFormat.Timestamp(report.DataLoadedAt)}.",
            ReportTheme.Body.WithColor(ReportTheme.MutedInk),
            16f);

        var verdict = new TextStyle(ReportFonts.Bold, 20f, VerdictText.Color(report.Verdict.Verdict));
        layout.Paragraph($"Verdict: {VerdictText.Label(report.Verdict.Verdict)}", verdict, 4f);
        ReadinessBand.Draw(layout, report.Verdict);
        layout.Paragraph(report.NamedReason, ReportTheme.Body, 18f);

        layout.Paragraph("Contents", ReportTheme.Subheading, 4f);
        var style = ReportTheme.Body;
        foreach (var (title, pageNumber) in contents)
        {
            var line = layout.Reserve(style.LineHeight + 3f);
            style.Draw(layout.Canvas, title, line.Left, line.Top);
            style.Draw(layout.Canvas, pageNumber.ToString(CultureInfo.InvariantCulture), line.Right, line.Top,
                SKTextAlign.Right);
        }

        return layout;
    }

    private static void DrawBand(ReportLayout layout, PilotReport report)
    {
        var canvas = layout.Canvas;
        using (var band = new SKPaint { Color = ReportTheme.Accent })
        {
            canvas.DrawRect(SKRect.Create(0, 0, layout.Geometry.Bounds.Width, BandHeight), band);
        }

        var left = layout.Left;
        var kicker = new TextStyle(ReportFonts.Bold, 10f, new SKColor(0xB8, 0xC7, 0xD9));
        kicker.Draw(canvas, PilotPageFrame.ReportName.ToUpperInvariant(), left, 56f);

        var top = 82f;
        var (title, lines) = CoverPage.TitleLines(report.Pilot.PilotName, layout.Width);
        foreach (var line in lines)
        {
            title.Draw(canvas, line, left, top);
            top += title.LineHeight;
        }

        var facts = new TextStyle(ReportFonts.Regular, 12f, SKColors.White);
        facts.Draw(canvas, $"Pilot id {report.Pilot.PilotId} \u00b7 owner {report.Pilot.Owner}", left, top + 10f);
    }
}
