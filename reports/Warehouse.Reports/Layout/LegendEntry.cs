using SkiaSharp;

namespace Warehouse.Reports.Layout;

/// <summary>One series of a chart as its legend names it.</summary>
internal sealed record LegendEntry(string Label, SKColor Color, bool IsDashed);
