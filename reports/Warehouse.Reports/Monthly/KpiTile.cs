namespace Warehouse.Reports.Monthly;

/// <summary>
/// One headline figure: its value this month, last month and a year before, how it moved against each as its
/// noise rule judges it, and why a value is missing.
/// </summary>
/// <param name="Label">What the figure is, as leadership reads it ("30+ days past due").</param>
/// <param name="Unit">How the value is expressed.</param>
/// <param name="Direction">Which way is better, for colouring and wording the change.</param>
/// <param name="ThisMonth">Value in the report month; null when the warehouse has none.</param>
/// <param name="LastMonth">Value in the calendar month before; null when the warehouse has none.</param>
/// <param name="YearAgo">Value in the same month a year before; null when the warehouse has none.</param>
/// <param name="MonthOnMonth">The change on last month; null when either value is missing.</param>
/// <param name="YearOnYear">The change on the same month a year before; null when either value is missing.</param>
/// <param name="Interval">95% interval of this month's value where the tile shows one (NPS); else null.</param>
/// <param name="WhyThisMonthMissing">
/// Why <paramref name="ThisMonth"/> is null, in a few words ("no survey responses this month"); null when it is not.
/// </param>
/// <param name="WhyLastMonthMissing">
/// Why <paramref name="LastMonth"/> is null, naming the month ("no promises due in Feb 2024"); null when it is not.
/// </param>
/// <param name="WhyYearAgoMissing">
/// Why <paramref name="YearAgo"/> is null, naming the month ("Mar 2023 not in the warehouse").
/// </param>
public sealed record KpiTile(
    string Label,
    KpiUnit Unit,
    KpiDirection Direction,
    double? ThisMonth,
    double? LastMonth,
    double? YearAgo,
    KpiChange? MonthOnMonth,
    KpiChange? YearOnYear,
    KpiInterval? Interval = null,
    string? WhyThisMonthMissing = null,
    string? WhyLastMonthMissing = null,
    string? WhyYearAgoMissing = null);
