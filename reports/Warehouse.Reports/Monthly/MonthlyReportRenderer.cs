using SkiaSharp;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Monthly;

/// <summary>
/// Renders a <see cref="MonthlyReport"/> as the A4 leadership PDF: cover with the executive summary, portfolio
/// KPIs and trends, roll rates and vintages, risk and engagement segments, pilots, and appendices on data quality
/// and definitions and on provenance. Charts are vectors; text is DejaVu Sans,
/// embedded. The same report always gives the same bytes.
/// </summary>
public sealed class MonthlyReportRenderer
{
    /// <summary>Writes the PDF to <paramref name="output"/>, which stays open.</summary>
    public void Render(MonthlyReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var geometry = PageGeometry.A4;

        using var body = new ReportLayout(geometry);
        PortfolioSection.Write(body, report);
        ArrearsSection.Write(body, report);
        SegmentSection.Write(body, report);
        PilotSection.Write(body, report);
        DataQualitySection.Write(body, report);
        ProvenanceSection.Write(body, report);
        var bodyPages = body.Finish();

        // The cover is page 1, so a section on the body's first page is on page 2.
        var contents = body.Sections.Select(s => (s.Title, s.PageIndex + 2)).ToList();
        using var cover = CoverPage.Record(geometry, report, contents);
        var pages = cover.Finish().Concat(bodyPages).ToList();

        PdfPages.Write(
            output,
            geometry,
            pages,
            Metadata(report),
            (canvas, page, count) => MonthlyPageFrame.Draw(canvas, geometry, report, page, count));
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
