using ScottPlot;
using ScottPlot.Plottables;
using SkiaSharp;

namespace Warehouse.Reports.Layout;

/// <summary>
/// How one series of a chart looks: its colour, line pattern and marker. Each of the three tells the series
/// apart on its own, so a chart still reads printed in grey or by a reader who does not see the colours.
/// </summary>
/// <param name="Name">What the look is called, for messages and tests ("navy, solid, circles").</param>
/// <param name="Color">Line and marker colour.</param>
/// <param name="Pattern">Dash pattern of the line, in points.</param>
/// <param name="Marker">Shape of the marker at each value.</param>
internal sealed record ChartSeries(string Name, SKColor Color, LinePattern Pattern, MarkerShape Marker)
{
    /// <summary>Line width in points.</summary>
    public const float LineWidth = 1.6f;

    /// <summary>Marker size in points, large enough for its shape to read at print size.</summary>
    public const float MarkerSize = 5f;

    public Color ChartColor => ChartBlock.ToChartColor(Color);

    /// <summary>Gives <paramref name="line"/> this series' colour, pattern and marker.</summary>
    public void ApplyTo(Scatter line)
    {
        line.Color = ChartColor;
        line.LineWidth = LineWidth;
        line.LinePattern = Pattern;
        line.MarkerShape = Marker;
        line.MarkerSize = MarkerSize;
    }

    /// <summary>The pattern as a Skia path effect for lines drawn outside ScottPlot; null for a solid line.</summary>
    public SKPathEffect? CreatePathEffect() =>
        Pattern.Intervals is { Length: > 0 } intervals ? SKPathEffect.CreateDash(intervals, Pattern.Phase) : null;
}
