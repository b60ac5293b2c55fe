namespace Warehouse.Reports.Layout;

/// <summary>The sheet a report is laid out for, portrait.</summary>
public enum PaperSize
{
    /// <summary>ISO A4, 210 x 297 mm.</summary>
    A4,

    /// <summary>US Letter, 8.5 x 11 inches.</summary>
    Letter,
}
