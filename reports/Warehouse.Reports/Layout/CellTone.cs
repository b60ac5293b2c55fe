namespace Warehouse.Reports.Layout;

/// <summary>The emphasis of a table cell's main text.</summary>
internal enum CellTone
{
    Normal,
    Strong,
    Muted,

    /// <summary>Better than before or than control, by the figure's own direction.</summary>
    Good,

    /// <summary>Worse than before, or a figure that must not be acted on.</summary>
    Bad,
}
