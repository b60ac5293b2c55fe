using ScottPlot;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Monthly;

/// <summary>
/// A trend chart ready to draw: the plot (null when no series had a value in any month), its legend, and the
/// series that had no data at all.
/// </summary>
internal sealed class TrendChart(Plot? plot, IReadOnlyList<LegendEntry> legend, IReadOnlyList<string> seriesWithoutData)
    : IDisposable
{
    public Plot? Plot { get; } = plot;

    public IReadOnlyList<LegendEntry> Legend { get; } = legend;

    public IReadOnlyList<string> SeriesWithoutData { get; } = seriesWithoutData;

    public void Dispose() => Plot?.Dispose();
}
