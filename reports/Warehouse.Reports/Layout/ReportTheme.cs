using SkiaSharp;

namespace Warehouse.Reports.Layout;

/// <summary>Colours and text styles shared by every report, so that pages read as one document.</summary>
internal static class ReportTheme
{
    public static readonly SKColor Ink = new(0x1F, 0x29, 0x37);
    public static readonly SKColor MutedInk = new(0x5B, 0x65, 0x73);
    public static readonly SKColor Accent = new(0x1B, 0x3A, 0x5C);
    public static readonly SKColor AccentLight = new(0xE8, 0xEE, 0xF5);
    public static readonly SKColor Rule = new(0xC9, 0xD1, 0xDB);
    public static readonly SKColor Stripe = new(0xF4, 0xF6, 0xF8);
    public static readonly SKColor Good = new(0x1E, 0x7B, 0x45);
    public static readonly SKColor Bad = new(0xB4, 0x23, 0x18);
    public static readonly SKColor WarningFill = new(0xFD, 0xEC, 0xEA);

    public static TextStyle Title => new(ReportFonts.Bold, 28f, SKColors.White);
    public static TextStyle SectionHeading => new(ReportFonts.Bold, 17f, Accent);
    public static TextStyle Subheading => new(ReportFonts.Bold, 11.5f, Ink);
    public static TextStyle Body => new(ReportFonts.Regular, 9.5f, Ink);
    public static TextStyle Note => new(ReportFonts.Regular, 8f, MutedInk);
    public static TextStyle TableHeader => new(ReportFonts.Bold, 7.5f, Ink);
    public static TextStyle TableBody => new(ReportFonts.Regular, 8f, Ink);
    public static TextStyle TableDetail => new(ReportFonts.Regular, 6.8f, MutedInk);
    public static TextStyle RunningHeader => new(ReportFonts.Regular, 8f, MutedInk);

    /// <summary>Chart text sizes, in points on the page.</summary>
    public const float ChartTickSize = 7.5f;
    public const float ChartLabelSize = 8.5f;

    public static TextStyle ForTone(TextStyle body, CellTone tone) => tone switch
    {
        CellTone.Strong => body with { Typeface = ReportFonts.Bold },
        CellTone.Muted => body.WithColor(MutedInk),
        CellTone.Good => body.WithColor(Good),
        CellTone.Bad => body with { Typeface = ReportFonts.Bold, Color = Bad },
        _ => body,
    };
}
