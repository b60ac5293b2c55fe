namespace Warehouse.Reports.Monthly;

/// <summary>How many customers one early-warning rule flagged.</summary>
/// <param name="Flag">The rule's name as stored, e.g. <c>missed_payment_after_digital_silence</c>.</param>
/// <param name="CustomersThisMonth">Distinct customers flagged in the report month.</param>
/// <param name="CustomersLastMonth">Distinct customers flagged in the month before.</param>
public sealed record EarlyWarningCount(
    string Flag,
    long CustomersThisMonth,
    long CustomersLastMonth);
