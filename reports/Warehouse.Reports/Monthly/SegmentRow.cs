namespace Warehouse.Reports.Monthly;

/// <summary>One cell of the risk-band by engagement-band grid for the report month.</summary>
/// <param name="RiskBand">'low', 'medium', 'high' or 'delinquent'.</param>
/// <param name="EngagementBand">'engaged', 'passive' or 'dark'.</param>
/// <param name="Customers">Customers in the cell.</param>
/// <param name="Balance">Their total balance, in the source's currency.</param>
/// <param name="LastMonthCellRate30PlusThisMonth">
/// Of the customers in the same cell last month, the share 30+ days past due in the report month: the latest
/// outcome the grid can show. Null when last month had no such cell, or none of its customers has an account
/// snapshot in the report month.
/// </param>
/// <param name="CustomersLastMonth">Customers in the same cell last month; null when last month has no grid.</param>
public sealed record SegmentRow(
    string RiskBand,
    string EngagementBand,
    long Customers,
    decimal Balance,
    double? LastMonthCellRate30PlusThisMonth,
    long? CustomersLastMonth);
