namespace Warehouse.Reports.Monthly;

/// <summary>One row of <c>marts.portfolio_kpis_monthly</c>: the portfolio in one month.</summary>
/// <remarks>Rates are shares between 0 and 1, null when their denominator is zero; NPS is -100..100.</remarks>
public sealed record PortfolioMonth(
    DateOnly MonthDate,
    long AccountsOpen,
    long Accounts30Plus,
    long Accounts60Plus,
    long Accounts90Plus,
    double? Rate30Plus,
    double? Rate60Plus,
    double? Rate90Plus,
    double? BalanceRate30Plus,
    double? BalanceRate90Plus,
    double? CureRate,
    long CustomersActive,
    double? EngagementRate,
    double? RightPartyContactRate,
    double? PromiseKeptRate,
    long SurveyResponses,
    double? Nps,
    double? DefaultNextMonthRate);
