using SkiaSharp;

namespace Warehouse.Reports.Layout;

/// <summary>Page size and the areas on it, in PDF points (1/72 inch), origin at the top left.</summary>
internal sealed record PageGeometry(SKSize Size, SKRect Content, float HeaderTop, float FooterTop)
{
    /// <summary>A4 portrait with margins wide enough for a running header and a footer.</summary>
    public static PageGeometry A4 { get; } = new(
        new SKSize(595.28f, 841.89f),
        SKRect.Create(50f, 66f, 495.28f, 720f),
        HeaderTop: 30f,
        FooterTop: 804f);

    public SKRect Bounds => SKRect.Create(Size);
}
