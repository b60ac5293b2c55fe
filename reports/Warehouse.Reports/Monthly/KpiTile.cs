namespace Warehouse.Reports.Monthly;

/// <summary>
/// One headline figure: its value this month and last month, how it moved, and why a value is missing.
/// </summary>
/// <param name="Label">What the figure is, as leadership reads it ("30+ days past due").</param>
/// <param name="Unit">How the value is expressed.</param>
/// <param name="Direction">Which way is better, for colouring the change.</param>
/// <param name="ThisMonth">Value in the report month; null when the warehouse has none.</param>
/// <param name="LastMonth">Value in the calendar month before; null when the warehouse has none.</param>
/// <param name="WhyThisMonthMissing">
/// Why <paramref name="ThisMonth"/> is null, in a few words ("no survey responses this month"); null when it
/// is not.
/// </param>
/// <param name="WhyLastMonthMissing">
/// Why <paramref name="LastMonth"/> is null, naming the month ("no promises due in Feb 2024"); null when it is
/// not.
/// </param>
public sealed record KpiTile(
    string Label,
    KpiUnit Unit,
    KpiDirection Direction,
    double? ThisMonth,
    double? LastMonth,
    string? WhyThisMonthMissing = null,
    string? WhyLastMonthMissing = null)
{
    /// <summary>This month less last month, in the unit's own terms; null when either is missing.</summary>
    public double? Change => ThisMonth - LastMonth;
}
