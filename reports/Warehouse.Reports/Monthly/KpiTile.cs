namespace Warehouse.Reports.Monthly;

/// <summary>One headline figure: its value this month and last month, and how it moved.</summary>
/// <param name="Label">What the figure is, as leadership reads it ("30+ days past due").</param>
/// <param name="Unit">How the value is expressed.</param>
/// <param name="Direction">Which way is better, for colouring the change.</param>
/// <param name="ThisMonth">Value in the report month; null when the warehouse has none.</param>
/// <param name="LastMonth">Value in the calendar month before; null when the warehouse has none.</param>
public sealed record KpiTile(
    string Label,
    KpiUnit Unit,
    KpiDirection Direction,
    double? ThisMonth,
    double? LastMonth)
{
    /// <summary>This month less last month, in the unit's own terms; null when either is missing.</summary>
    public double? Change => ThisMonth - LastMonth;
}
