using SkiaSharp;

namespace Warehouse.Reports.Layout;

/// <summary>How a run of text looks: typeface, size in points, colour, and the height of one line.</summary>
internal sealed record TextStyle(SKTypeface Typeface, float Size, SKColor Color)
{
    /// <summary>Distance between the tops of two lines, in points.</summary>
    public float LineHeight => Size * 1.3f;

    public TextStyle WithColor(SKColor color) => this with { Color = color };

    public TextStyle WithSize(float size) => this with { Size = size };

    // Unhinted, linear metrics: glyphs sit at the font's own advances, so text copied out of the PDF
    // keeps its words whole instead of gaining spaces where hinting nudged a glyph.
    public SKFont CreateFont() => new(Typeface, Size)
    {
        Subpixel = true,
        Edging = SKFontEdging.Antialias,
        Hinting = SKFontHinting.None,
        LinearMetrics = true,
    };

    public SKPaint CreatePaint() => new() { Color = Color, IsAntialias = true };

    /// <summary>
    /// Width of <paramref name="text"/> on one line, in points, as <see cref="Draw"/> sets it (a character the
    /// typeface lacks measured as the marker that replaces it).
    /// </summary>
    public float Measure(string text)
    {
        using var font = CreateFont();
        return font.MeasureText(GlyphCoverage.Printable(text, font, record: false));
    }

    /// <summary>
    /// Draws one line of text whose line box starts at <paramref name="top"/>. A character the typeface has no
    /// glyph for is drawn as <see cref="GlyphCoverage.Marker"/> and recorded in the active
    /// <see cref="MissingGlyphLog"/>.
    /// </summary>
    public void Draw(SKCanvas canvas, string text, float x, float top, SKTextAlign align = SKTextAlign.Left)
    {
        using var font = CreateFont();
        using var paint = CreatePaint();

        // Centre the glyphs' ascent-to-descent box inside the line box, whatever the line height.
        var metrics = font.Metrics;
        var glyphHeight = metrics.Descent - metrics.Ascent;
        var baseline = top + ((LineHeight - glyphHeight) / 2) - metrics.Ascent;
        canvas.DrawText(GlyphCoverage.Printable(text, font, record: true), x, baseline, align, font, paint);
    }
}
