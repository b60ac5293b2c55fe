namespace Warehouse.Reports.Monthly;

/// <summary>The headline tiles of the monthly report, in display order, and where each takes its value.</summary>
internal static class KpiCatalog
{
    private sealed record Definition(
        string Label,
        KpiUnit Unit,
        KpiDirection Direction,
        Func<PortfolioMonth, double?> Value,
        bool IsShownOnlyWhereStated = false);

    private static readonly Definition[] Definitions =
    [
        new("30+ days past due", KpiUnit.Rate, KpiDirection.LowerIsBetter, m => m.Rate30Plus),
        new("60+ days past due", KpiUnit.Rate, KpiDirection.LowerIsBetter, m => m.Rate60Plus),
        new("90+ days past due", KpiUnit.Rate, KpiDirection.LowerIsBetter, m => m.Rate90Plus),
        new("30+ by balance", KpiUnit.Rate, KpiDirection.LowerIsBetter, m => m.BalanceRate30Plus),
        new("Cure rate", KpiUnit.Rate, KpiDirection.HigherIsBetter, m => m.CureRate),
        new("Engagement rate", KpiUnit.Rate, KpiDirection.HigherIsBetter, m => m.EngagementRate),
        new("Right-party contact", KpiUnit.Rate, KpiDirection.HigherIsBetter, m => m.RightPartyContactRate),
        new("Promises kept", KpiUnit.Rate, KpiDirection.HigherIsBetter, m => m.PromiseKeptRate),
        new("NPS", KpiUnit.NetPromoterScore, KpiDirection.HigherIsBetter, m => m.Nps),
        new("Default next month", KpiUnit.Rate, KpiDirection.LowerIsBetter, m => m.DefaultNextMonthRate, true),
        new("Open accounts", KpiUnit.Count, KpiDirection.Neutral, m => m.AccountsOpen),
        new("Active customers", KpiUnit.Count, KpiDirection.Neutral, m => m.CustomersActive),
        new("Survey responses", KpiUnit.Count, KpiDirection.Neutral, m => m.SurveyResponses),
    ];

    /// <summary>
    /// The tiles for <paramref name="current"/> against <paramref name="previous"/> (null when the warehouse
    /// has no row for the month before). The next-month default rate is shown only where the source states
    /// it: when some month of <paramref name="trend"/> has a value.
    /// </summary>
    public static IReadOnlyList<KpiTile> Tiles(
        PortfolioMonth current,
        PortfolioMonth? previous,
        IReadOnlyList<PortfolioMonth> trend)
    {
        return Definitions
            .Where(d => !d.IsShownOnlyWhereStated || trend.Any(m => Present(d.Value(m)) is not null))
            .Select(d => new KpiTile(
                d.Label,
                d.Unit,
                d.Direction,
                Present(d.Value(current)),
                previous is null ? null : Present(d.Value(previous))))
            .ToList();
    }

    // The marts promise null for a rate without denominator; a NaN that slips through means the same.
    private static double? Present(double? value) =>
        value is { } v && double.IsFinite(v) ? v : null;
}
