using SkiaSharp;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Pilots;

/// <summary>
/// Renders a <see cref="PilotReport"/> as the pilot owner's PDF on A4 or Letter: cover with the verdict, design
/// and checks (split, sample ratio, balance, integrity), results (forest plot, primary, guardrails, secondaries,
/// CUPED or difference-in-differences), power, lift over time, and the verdict with reasons and definitions.
/// Fonts, palette, tables and page frame are the monthly report's; the same report and paper always give the
/// same bytes.
/// </summary>
/// <param name="paper">The sheet the pages are laid out for.</param>
public sealed class PilotReportRenderer(PaperSize paper = PaperSize.A4)
{
    /// <summary>Writes the PDF to <paramref name="output"/>, which stays open.</summary>
    /// <returns>The page count and the characters the fonts could not draw.</returns>
    public RenderedReport Render(PilotReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var geometry = PageGeometry.For(paper);
        using var missingGlyphs = MissingGlyphLog.Begin();

        using var body = new ReportLayout(geometry);
        PilotDesignSection.Write(body, report);
        PilotResultsSection.Write(body, report);
        PilotPowerSection.Write(body, report);
        LiftOverTimeSection.Write(body, report);
        PilotVerdictSection.Write(body, report);

        var contents = body.Sections.Select(s => (s.Title, s.PageIndex + 2)).ToList();
        using var cover = PilotCoverPage.Record(geometry, report, contents);
        GlyphCoverage.Record(report.Pilot.PilotName + PilotPageFrame.Period(report), ReportTheme.RunningHeader);
        MissingGlyphNote.Write(body, missingGlyphs.Characters);
        var pages = cover.Finish().Concat(body.Finish()).ToList();

        PdfPages.Write(
            output,
            geometry,
            pages,
            Metadata(report),
            (canvas, page, count) => PilotPageFrame.Draw(canvas, geometry, report, page, count));
        return new RenderedReport(pages.Count, missingGlyphs.Characters);
    }

    private static SKDocumentPdfMetadata Metadata(PilotReport report)
    {
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = $"{PilotPageFrame.ReportName}: {report.Pilot.PilotName} ({report.Pilot.PilotId})";
        metadata.Subject = "Engagement pilot: design, checks, lift, power and verdict";
        metadata.Creator = "Warehouse";
        metadata.Creation = null;
        metadata.Modified = null;
        return metadata;
    }
}
