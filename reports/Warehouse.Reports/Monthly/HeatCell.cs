namespace Warehouse.Reports.Monthly;

/// <summary>One cell of a <see cref="HeatGrid"/>: the value as printed, its shade, a smaller line under it.</summary>
/// <param name="Text">The value as the reader reads it ("4.3%"); a dash for a missing value.</param>
/// <param name="Intensity">Shade between 0 (white) and 1 (darkest); null leaves the cell unshaded.</param>
/// <param name="Detail">A smaller second line (the count behind the value), or null.</param>
internal sealed record HeatCell(string Text, double? Intensity, string? Detail = null);
