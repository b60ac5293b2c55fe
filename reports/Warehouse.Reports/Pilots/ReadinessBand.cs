using SkiaSharp;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Pilots;

/// <summary>
/// The red band that goes above every block of a pilot's figures when the pilot is not decision-ready: a failed
/// sample-ratio check, a failed integrity check, or no trustworthy primary estimate. Nothing is drawn otherwise.
/// </summary>
internal static class ReadinessBand
{
    private const float Padding = 5f;

    private static TextStyle Headline => new(ReportFonts.Bold, 8.5f, ReportTheme.Bad);

    /// <summary>Why the pilot is not decision-ready, in a few words; null when it is.</summary>
    public static string? Why(PilotVerdictSummary verdict)
    {
        if (verdict.IsDecisionReady)
        {
            return null;
        }

        var causes = new List<string>();
        if (verdict.IsSrmMismatch)
        {
            causes.Add($"sample-ratio check failed ({FigureFormat.PStatement(verdict.SrmPValue)})");
        }

        if (verdict.IntegrityFailures > 0)
        {
            causes.Add($"integrity checks failed ({FigureFormat.Count(verdict.IntegrityFailures)} rows)");
        }

        return causes.Count == 0 ? "see the verdict's reason" : string.Join("; ", causes);
    }

    public static float Height(PilotVerdictSummary verdict, float width) =>
        Why(verdict) is { } why
            ? (2 * Padding) + (Lines(why, width).Count * Headline.LineHeight) + 4f
            : 0f;

    public static void Draw(ReportLayout layout, PilotVerdictSummary verdict)
    {
        if (Why(verdict) is not { } why)
        {
            return;
        }

        var lines = Lines(why, layout.Width);
        var box = layout.Reserve((2 * Padding) + (lines.Count * Headline.LineHeight));
        using var fill = new SKPaint { Color = ReportTheme.WarningFill, IsAntialias = true };
        layout.Canvas.DrawRoundRect(box, 2f, 2f, fill);
        var top = box.Top + Padding;
        foreach (var line in lines)
        {
            Headline.Draw(layout.Canvas, line, box.Left + Padding, top);
            top += Headline.LineHeight;
        }

        layout.Space(4f);
    }

    private static IReadOnlyList<string> Lines(string why, float width) =>
        TextWrapper.Wrap(
            $"{VerdictText.NotDecisionReady.ToUpperInvariant()}: {why}. Do not act on these figures.",
            Headline,
            width - (2 * Padding));
}
