using SkiaSharp;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Tests.Layout;

/// <summary>Content laid out with a <see cref="ReportLayout"/> and written as a PDF, with no page frame.</summary>
internal static class LaidOutPdf
{
    public static byte[] Render(Action<ReportLayout> write, PageGeometry? geometry = null)
    {
        var sheet = geometry ?? PageGeometry.A4;
        using var layout = new ReportLayout(sheet);
        write(layout);
        var pages = layout.Finish();
        using var output = new MemoryStream();
        PdfPages.Write(output, sheet, pages, SKDocumentPdfMetadata.Default, (_, _, _) => { });
        return output.ToArray();
    }
}
