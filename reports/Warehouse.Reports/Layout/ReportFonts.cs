using SkiaSharp;

namespace Warehouse.Reports.Layout;

/// <summary>
/// The typefaces every report draws with: DejaVu Sans regular and bold, read from the fonts shipped inside
/// this assembly. Never resolved by family name, so a machine without the font (or with another font of
/// that name) renders the same PDF.
/// </summary>
internal static class ReportFonts
{
    /// <summary>The family name under which charts ask for these typefaces (see <see cref="ChartFonts"/>).</summary>
    public const string ChartFamilyName = "Warehouse Report Sans";

    private static readonly Lazy<SKTypeface> LazyRegular = new(() => Load("fonts/DejaVuSans.ttf"));

    private static readonly Lazy<SKTypeface> LazyBold = new(() => Load("fonts/DejaVuSans-Bold.ttf"));

    public static SKTypeface Regular => LazyRegular.Value;

    public static SKTypeface Bold => LazyBold.Value;

    private static SKTypeface Load(string resourceName)
    {
        var stream = typeof(ReportFonts).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The reports assembly ships no font resource '{resourceName}'.");

        // The typeface takes ownership of the stream and reads glyphs from it for as long as it lives.
        return SKTypeface.FromStream(stream)
            ?? throw new InvalidOperationException($"The font resource '{resourceName}' is not a font Skia can read.");
    }
}
