using SkiaSharp;

namespace Warehouse.Reports.Layout;

/// <summary>Page size and the areas on it, in PDF points (1/72 inch), origin at the top left.</summary>
internal sealed record PageGeometry(SKSize Size, SKRect Content, float HeaderTop, float FooterTop)
{
    private const float SideMargin = 50f;

    // Room above the content for the running header and its rule, and below it for the page number.
    private const float TopMargin = 66f;
    private const float BottomMargin = 56f;
    private const float HeaderTopMargin = 30f;
    private const float FooterBottomMargin = 38f;

    /// <summary>
    /// A4 portrait with margins wide enough for a running header and a footer. A4 is 595.28 x 841.89 points;
    /// Skia writes a page's size in whole points, so the layout takes the 595 x 842 the PDF will say.
    /// </summary>
    public static PageGeometry A4 { get; } = Sheet(595f, 842f);

    /// <summary>US Letter portrait (612 x 792 points): wider and shorter than A4, with the same margins.</summary>
    public static PageGeometry Letter { get; } = Sheet(612f, 792f);

    public SKRect Bounds => SKRect.Create(Size);

    public static PageGeometry For(PaperSize paper) => paper switch
    {
        PaperSize.A4 => A4,
        PaperSize.Letter => Letter,
        _ => throw new ArgumentOutOfRangeException(nameof(paper), paper, "Reports are laid out for A4 or Letter."),
    };

    private static PageGeometry Sheet(float width, float height) => new(
        new SKSize(width, height),
        new SKRect(SideMargin, TopMargin, width - SideMargin, height - BottomMargin),
        HeaderTopMargin,
        height - FooterBottomMargin);
}
