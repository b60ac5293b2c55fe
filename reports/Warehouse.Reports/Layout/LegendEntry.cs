namespace Warehouse.Reports.Layout;

/// <summary>One series of a chart as its legend names it, drawn with the series' own line and marker.</summary>
internal sealed record LegendEntry(string Label, ChartSeries Series);
