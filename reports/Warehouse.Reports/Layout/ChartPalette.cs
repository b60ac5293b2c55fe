using ScottPlot;
using SkiaSharp;

namespace Warehouse.Reports.Layout;

/// <summary>
/// The series looks every report chart takes, in order: the first series of a chart gets the first look.
/// </summary>
/// <remarks>
/// The colours step through lightness (CIE L* about 24, 40, 57 and 73, at least 15 apart), so that printed in
/// grey they stay four distinct greys from near-black to light, and the lightest still shows on white paper.
/// Line patterns and marker shapes differ too, so that no series depends on colour or grey alone.
/// </remarks>
internal static class ChartPalette
{
    /// <summary>The least difference in CIE L* between any two series colours.</summary>
    public const double LightnessStep = 15;

    public static IReadOnlyList<ChartSeries> Series { get; } =
    [
        new("navy, solid, circles", new SKColor(0x1B, 0x3A, 0x5C), LinePattern.Solid, MarkerShape.FilledCircle),
        new("brick, dashed, squares", new SKColor(0xB4, 0x23, 0x18), Pattern("dashed", 6f, 3f),
            MarkerShape.FilledSquare),
        new("teal, dotted, triangles", new SKColor(0x2A, 0x98, 0x96), Pattern("dotted", 1.6f, 2.4f),
            MarkerShape.FilledTriangleUp),
        new("amber, dash-dot, diamonds", new SKColor(0xE0, 0xA9, 0x3B), Pattern("dash-dot", 7f, 2.5f, 1.6f, 2.5f),
            MarkerShape.FilledDiamond),
    ];

    /// <summary>
    /// The look of series <paramref name="index"/> (0-based) of a chart; refuses an index past the palette.
    /// </summary>
    public static ChartSeries For(int index)
    {
        if (index < 0 || index >= Series.Count)
        {
            throw new ArgumentOutOfRangeException(
                nameof(index),
                index,
                $"A report chart has at most {Series.Count} series, one per look that stays apart in grey.");
        }

        return Series[index];
    }

    private static LinePattern Pattern(string name, params float[] intervals) => new(intervals, 0f, name);
}
