using ScottPlot;
using SkiaSharp;

namespace Warehouse.Reports.Layout;

/// <summary>
/// Makes ScottPlot draw its text with <see cref="ReportFonts"/>: a font resolver answering for
/// <see cref="ReportFonts.ChartFamilyName"/>, put ahead of ScottPlot's system font lookup.
/// </summary>
internal sealed class ChartFonts : IFontResolver
{
    private static readonly Lock RegistrationLock = new();

    private static bool _isRegistered;

    private ChartFonts()
    {
    }

    /// <summary>
    /// Adds the resolver to ScottPlot's process-wide list once; later calls do nothing. Call before building
    /// a plot, then name <see cref="ReportFonts.ChartFamilyName"/> as the plot's font.
    /// </summary>
    public static void Register()
    {
        lock (RegistrationLock)
        {
            if (_isRegistered)
            {
                return;
            }

            Fonts.FontResolvers.Insert(0, new ChartFonts());
            _isRegistered = true;
        }
    }

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
        CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);

    // The shared typefaces are handed out rather than copies: ScottPlot caches what it gets and never
    // disposes it, and one typeface per style keeps one embedded font per style in the PDF.
    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        string.Equals(fontName, ReportFonts.ChartFamilyName, StringComparison.OrdinalIgnoreCase)
            ? bold ? ReportFonts.Bold : ReportFonts.Regular
            : null;
}
