namespace Warehouse.Reports.Monthly;

/// <summary>One row of <c>marts.portfolio_kpis_monthly</c>: the portfolio in one month.</summary>
/// <remarks>
/// Rates are shares between 0 and 1, null when their denominator is zero; NPS is -100..100. The counts beside
/// each rate (its numerator and denominator), the promoters and detractors behind NPS, and the sums of squared
/// balances owed are what the noise rule of each KPI needs (docs/schema.md, "Change and noise").
/// Balances are in the source's currency; squared balances in its square.
/// </remarks>
public sealed record PortfolioMonth(
    DateOnly MonthDate,
    long AccountsOpen,
    long Accounts30Plus,
    long Accounts60Plus,
    long Accounts90Plus,
    double? Rate30Plus,
    double? Rate60Plus,
    double? Rate90Plus,
    double BalanceOpen,
    double? BalanceRate30Plus,
    double? BalanceRate60Plus,
    double? BalanceRate90Plus,
    double BalanceSquaresOpen,
    double BalanceSquares30Plus,
    double BalanceSquares60Plus,
    double BalanceSquares90Plus,
    long Accounts30PlusLastMonth,
    long AccountsCured,
    double? CureRate,
    long CustomersActive,
    long CustomersEngaged,
    double? EngagementRate,
    long PhoneAttempts,
    long RightPartyContacts,
    double? RightPartyContactRate,
    long PromisesDue,
    long PromisesKept,
    double? PromiseKeptRate,
    long SurveyResponses,
    long Promoters,
    long Detractors,
    double? Nps,
    long AccountsDefaultStated,
    long AccountsDefaulted,
    double? DefaultNextMonthRate);
