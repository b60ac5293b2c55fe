using SkiaSharp;

namespace Warehouse.Reports.Layout;

/// <summary>Writes laid-out pages as one PDF, letting the caller add what needs the page count.</summary>
internal static class PdfPages
{
    /// <summary>
    /// Writes <paramref name="pages"/> in order to <paramref name="output"/>, calling <paramref name="decorate"/>
    /// on each page with its 1-based number and the page count (for running headers and page numbers).
    /// </summary>
    /// <remarks>
    /// The metadata carries no creation or modification time, so the same pages give the same bytes.
    /// TODO(pdf-size): the Skia inside SkiaSharp 3.119 embeds each TrueType font whole (about 750 KB for
    /// DejaVu Sans regular and bold) because its native build has no font subsetter; a SkiaSharp build with
    /// HarfBuzz subsetting, or subsetting the fonts at build time to the glyphs reports use, would shrink it.
    /// </remarks>
    public static void Write(
        Stream output,
        PageGeometry geometry,
        IReadOnlyList<SKPicture> pages,
        SKDocumentPdfMetadata metadata,
        Action<SKCanvas, int, int> decorate)
    {
        using var document = SKDocument.CreatePdf(output, metadata)
            ?? throw new InvalidOperationException("Skia could not start a PDF document on the output stream.");
        for (var index = 0; index < pages.Count; index++)
        {
            var canvas = document.BeginPage(geometry.Size.Width, geometry.Size.Height);
            canvas.DrawPicture(pages[index]);
            decorate(canvas, index + 1, pages.Count);
            document.EndPage();
        }

        document.Close();
    }
}
