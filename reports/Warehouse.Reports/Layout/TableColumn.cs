using SkiaSharp;

namespace Warehouse.Reports.Layout;

/// <summary>A table column: its header, its share of the table width (relative weight) and its alignment.</summary>
internal sealed record TableColumn(string Header, float Weight, SKTextAlign Align = SKTextAlign.Left);
