namespace Warehouse.Reports.Monthly;

/// <summary>One cell of the risk-band by engagement-band grid for the report month.</summary>
/// <param name="RiskBand">'low', 'medium', 'high' or 'delinquent'.</param>
/// <param name="EngagementBand">'engaged', 'passive' or 'dark'.</param>
/// <param name="Customers">Customers in the cell.</param>
/// <param name="Balance">Their total balance, in the portfolio's currency.</param>
/// <param name="Rate30PlusNextMonth">
/// Share of them 30+ days past due a month later; null while the report month is the latest month.
/// </param>
/// <param name="LastMonthCellRate30PlusThisMonth">
/// Of the customers in the same cell last month, the share 30+ days past due in the report month: the latest
/// outcome the grid can show. Null when last month had no such cell.
/// </param>
public sealed record SegmentRow(
    string RiskBand,
    string EngagementBand,
    long Customers,
    decimal Balance,
    double? Rate30PlusNextMonth,
    double? LastMonthCellRate30PlusThisMonth);
