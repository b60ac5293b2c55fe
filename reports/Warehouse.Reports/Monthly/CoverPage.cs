using System.Globalization;
using SkiaSharp;
using Warehouse.Reports.Layout;
using Warehouse.Reports.Pilots;

namespace Warehouse.Reports.Monthly;

/// <summary>
/// The cover: report name, portfolio and month on a colour band, when the data was last loaded, the executive
/// summary (<see cref="ExecutiveSummary"/>) and the contents with page numbers. It is laid out after the body,
/// whose page numbers it lists.
/// </summary>
internal static class CoverPage
{
    private const float BandHeight = 250f;

    private const float BulletIndent = 11f;

    private const float SmallestTitleSize = 18f;

    // Lines of the smallest title size that fit the band above the month.
    private const int MostTitleLines = 5;

    /// <summary>Records the cover as a one-page layout; the caller disposes the returned layout.</summary>
    public static ReportLayout Record(
        PageGeometry geometry,
        MonthlyReport report,
        IReadOnlyList<(string Title, int PageNumber)> contents)
    {
        var layout = new ReportLayout(geometry);
        layout.StartPage();
        DrawBand(layout, report);
        layout.Space(BandHeight + 28f - geometry.Content.Top);

        layout.Paragraph(
            $"Data last loaded {FigureFormat.Timestamp(report.DataLoadedAt)}.",
            ReportTheme.Body.WithColor(ReportTheme.MutedInk),
            22f);
        WriteSummary(layout, report);
        WriteContents(layout, contents);
        return layout;
    }

    private static void DrawBand(ReportLayout layout, MonthlyReport report)
    {
        var canvas = layout.Canvas;
        var page = layout.Geometry.Bounds;
        using (var band = new SKPaint { Color = ReportTheme.Accent })
        {
            canvas.DrawRect(SKRect.Create(0, 0, page.Width, BandHeight), band);
        }

        var left = layout.Left;
        var kicker = new TextStyle(ReportFonts.Bold, 10f, new SKColor(0xB8, 0xC7, 0xD9));
        kicker.Draw(canvas, MonthlyPageFrame.ReportName.ToUpperInvariant(), left, 56f);

        var top = 82f;
        var (title, lines) = TitleLines(report.PortfolioTitle, layout.Width);
        foreach (var line in lines)
        {
            title.Draw(canvas, line, left, top);
            top += title.LineHeight;
        }

        var month = new TextStyle(ReportFonts.Regular, 20f, SKColors.White);
        month.Draw(canvas, FigureFormat.Month(report.Month), left, top + 14f);
    }

    /// <summary>
    /// The portfolio title as the cover sets it: at the title size when it fits on two lines, else at the
    /// largest size down to <see cref="SmallestTitleSize"/> that fits it on two (about 70 characters), else at
    /// that size on up to <see cref="MostTitleLines"/> lines, the last cut with an ellipsis if need be.
    /// </summary>
    public static (TextStyle Style, IReadOnlyList<string> Lines) TitleLines(string title, float width)
    {
        var style = ReportTheme.Title;
        for (var size = style.Size; size >= SmallestTitleSize; size--)
        {
            var lines = TextWrapper.Wrap(title, style.WithSize(size), width);
            if (lines.Count <= 2)
            {
                return (style.WithSize(size), lines);
            }
        }

        var smallest = style.WithSize(SmallestTitleSize);
        var wrapped = TextWrapper.Wrap(title, smallest, width);
        if (wrapped.Count <= MostTitleLines)
        {
            return (smallest, wrapped);
        }

        var kept = wrapped.Take(MostTitleLines).ToList();
        kept[^1] = TextWrapper.Ellipsized(kept[^1] + " " + wrapped[MostTitleLines], smallest, width);
        return (smallest, kept);
    }

    private static void WriteSummary(ReportLayout layout, MonthlyReport report)
    {
        layout.Paragraph("Executive summary", ReportTheme.Subheading, 5f);
        foreach (var sentence in ExecutiveSummary.Sentences(report.Kpis, report.Month))
        {
            Bullet(layout, sentence);
        }

        foreach (var line in PilotLines(report))
        {
            Bullet(layout, line);
        }

        layout.Space(18f);
    }

    /// <summary>
    /// The summary's pilot lines: one per pilot with a verdict, in plain words ("Early outreach (randomised,
    /// running): met, its primary goal is met and every guardrail holds."); without verdicts, one line on the
    /// sample-ratio checks.
    /// </summary>
    public static IReadOnlyList<string> PilotLines(MonthlyReport report)
    {
        if (report.PilotVerdicts.Count > 0)
        {
            return report.PilotVerdicts
                .Select(v => $"Pilot {v.PilotName} ({v.Design}, {v.Status}): "
                    + $"{VerdictText.Label(v.Verdict).ToLowerInvariant()}, {VerdictText.Meaning(v.Verdict)}"
                    + (v.IsDecisionReady ? "." : $" ({ReadinessBand.Why(v)})."))
                .ToList();
        }

        var pilots = report.PilotLift.GroupBy(r => r.PilotId, StringComparer.Ordinal).ToList();
        var mismatched = pilots.Count(p => p.Any(r => r.IsSrmMismatch));
        var pilotLine = pilots.Count switch
        {
            0 => "No pilot results in the warehouse.",
            1 => "1 pilot reported",
            _ => $"{pilots.Count} pilots reported",
        };
        if (pilots.Count > 0)
        {
            pilotLine += mismatched == 0 ? "; all pass the sample-ratio check." : $"; {mismatched} not decision-ready.";
        }

        return [pilotLine];
    }

    // A sentence with a bullet, its lines hanging under its first word.
    private static void Bullet(ReportLayout layout, string sentence)
    {
        var style = ReportTheme.Body;
        var lines = TextWrapper.Wrap(sentence, style, layout.Width - BulletIndent);
        for (var index = 0; index < lines.Count; index++)
        {
            var box = layout.Reserve(style.LineHeight);
            if (index == 0)
            {
                style.WithColor(ReportTheme.Accent).Draw(layout.Canvas, "\u2022", box.Left + 1f, box.Top);
            }

            style.Draw(layout.Canvas, lines[index], box.Left + BulletIndent, box.Top);
        }

        layout.Space(3f);
    }

    private static void WriteContents(ReportLayout layout, IReadOnlyList<(string Title, int PageNumber)> contents)
    {
        layout.Paragraph("Contents", ReportTheme.Subheading, 4f);
        var style = ReportTheme.Body;
        foreach (var (title, pageNumber) in contents)
        {
            var line = layout.Reserve(style.LineHeight + 3f);
            style.Draw(layout.Canvas, title, line.Left, line.Top);
            var number = pageNumber.ToString(CultureInfo.InvariantCulture);
            style.Draw(layout.Canvas, number, line.Right, line.Top, SKTextAlign.Right);
        }
    }
}
