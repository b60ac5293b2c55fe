using SkiaSharp;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Monthly;

/// <summary>
/// Renders a <see cref="MonthlyReport"/> as the leadership PDF, on A4 or Letter: cover with the executive
/// summary, portfolio KPIs and trends, roll rates and vintages, risk and engagement segments, pilots, and
/// appendices on data quality and definitions and on provenance. Charts are vectors; text is DejaVu Sans,
/// embedded; a character the font lacks prints as U+FFFD and is listed at the end of the appendix. The same
/// report and paper always give the same bytes.
/// </summary>
/// <param name="paper">The sheet the pages are laid out for.</param>
public sealed class MonthlyReportRenderer(PaperSize paper = PaperSize.A4)
{
    /// <summary>Writes the PDF to <paramref name="output"/>, which stays open.</summary>
    /// <returns>The page count and the characters the fonts could not draw.</returns>
    public RenderedReport Render(MonthlyReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var geometry = PageGeometry.For(paper);
        using var missingGlyphs = MissingGlyphLog.Begin();

        using var body = new ReportLayout(geometry);
        PortfolioSection.Write(body, report);
        ArrearsSection.Write(body, report);
        SegmentSection.Write(body, report);
        PilotSection.Write(body, report);
        DataQualitySection.Write(body, report);
        ProvenanceSection.Write(body, report);

        // The cover is page 1, so a section on the body's first page is on page 2.
        var contents = body.Sections.Select(s => (s.Title, s.PageIndex + 2)).ToList();
        using var cover = CoverPage.Record(geometry, report, contents);

        // The running header, drawn last, shows nothing from the data but the portfolio's title: checked here,
        // the note can list every character the fonts lack. It adds no section, so the cover's contents hold.
        GlyphCoverage.Record(report.PortfolioTitle, ReportTheme.RunningHeader);
        MissingGlyphNote.Write(body, missingGlyphs.Characters);
        var pages = cover.Finish().Concat(body.Finish()).ToList();

        PdfPages.Write(
            output,
            geometry,
            pages,
            Metadata(report),
            (canvas, page, count) => MonthlyPageFrame.Draw(canvas, geometry, report, page, count));
        return new RenderedReport(pages.Count, missingGlyphs.Characters);
    }

    private static SKDocumentPdfMetadata Metadata(MonthlyReport report)
    {
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = $"{MonthlyPageFrame.ReportName}: {report.PortfolioTitle}, {FigureFormat.Month(report.Month)}";
        metadata.Subject = "Portfolio risk, customer engagement and engagement pilots";
        metadata.Creator = "Warehouse";
        metadata.Creation = null;
        metadata.Modified = null;
        return metadata;
    }
}
