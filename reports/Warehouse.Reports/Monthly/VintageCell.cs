namespace Warehouse.Reports.Monthly;

/// <summary>
/// One cell of the vintage table: the accounts opened in one calendar quarter, at one age, summed from
/// <c>marts.vintage_delinquency_monthly</c> over the quarter's three opening months. Only ages every opening
/// month of the quarter had reached by the report month are read, so a cell never mixes complete and partial
/// months.
/// </summary>
/// <param name="QuarterStart">First day of the quarter the accounts were opened in.</param>
/// <param name="MonthsOnBook">Calendar months since the opening month.</param>
/// <param name="Accounts">Accounts of the vintage with a snapshot at that age.</param>
/// <param name="AccountsBad">Of those, accounts 30 or more days past due or charged off.</param>
public sealed record VintageCell(DateOnly QuarterStart, int MonthsOnBook, long Accounts, long AccountsBad)
{
    /// <summary><see cref="AccountsBad"/> over <see cref="Accounts"/>; null without accounts.</summary>
    public double? Rate => Accounts == 0 ? null : (double)AccountsBad / Accounts;
}
