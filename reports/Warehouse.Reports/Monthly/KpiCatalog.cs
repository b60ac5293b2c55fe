namespace Warehouse.Reports.Monthly;

/// <summary>
/// The headline tiles of the monthly report, in display order, where each takes its value, and why a value can
/// be missing (the condition under which <c>marts.portfolio_kpis_monthly</c> leaves it null, docs/schema.md).
/// </summary>
internal static class KpiCatalog
{
    private const string NotStated = "not stated by the source";

    private const string ThisMonth = "this month";

    // WhyMissing says why a month's value is null, given the month's row and when ("this month", "in Feb 2024").
    private sealed record Definition(
        string Label,
        KpiUnit Unit,
        KpiDirection Direction,
        Func<PortfolioMonth, double?> Value,
        Func<PortfolioMonth, string, string> WhyMissing,
        bool IsShownOnlyWhereStated = false);

    private static readonly Definition[] Definitions =
    [
        new("30+ days past due", KpiUnit.Rate, KpiDirection.LowerIsBetter, m => m.Rate30Plus, NoOpenAccounts),
        new("60+ days past due", KpiUnit.Rate, KpiDirection.LowerIsBetter, m => m.Rate60Plus, NoOpenAccounts),
        new("90+ days past due", KpiUnit.Rate, KpiDirection.LowerIsBetter, m => m.Rate90Plus, NoOpenAccounts),
        new("30+ by balance", KpiUnit.Rate, KpiDirection.LowerIsBetter, m => m.BalanceRate30Plus,
            (m, when) => m.AccountsOpen == 0 ? NoOpenAccounts(m, when) : $"no balance owed on open accounts {when}"),
        new("Cure rate", KpiUnit.Rate, KpiDirection.HigherIsBetter, m => m.CureRate,
            (_, when) => when == ThisMonth ? "no accounts 30+ last month to cure" : $"no accounts 30+ to cure {when}"),
        new("Engagement rate", KpiUnit.Rate, KpiDirection.HigherIsBetter, m => m.EngagementRate,
            (m, when) => m.CustomersActive == 0 ? $"no active customers {when}" : $"no engagement data {when}"),
        new("Right-party contact", KpiUnit.Rate, KpiDirection.HigherIsBetter, m => m.RightPartyContactRate,
            (_, when) => $"no outbound calls {when}"),
        new("Promises kept", KpiUnit.Rate, KpiDirection.HigherIsBetter, m => m.PromiseKeptRate,
            (_, when) => $"no promises due {when}"),
        new("NPS", KpiUnit.NetPromoterScore, KpiDirection.HigherIsBetter, m => m.Nps,
            (_, when) => $"no survey responses {when}"),
        new("Default next month", KpiUnit.Rate, KpiDirection.LowerIsBetter, m => m.DefaultNextMonthRate,
            (_, when) => when == ThisMonth ? NotStated : $"{NotStated} {when}", IsShownOnlyWhereStated: true),
        new("Open accounts", KpiUnit.Count, KpiDirection.Neutral, m => m.AccountsOpen, NoValue),
        new("Active customers", KpiUnit.Count, KpiDirection.Neutral, m => m.CustomersActive, NoValue),
        new("Survey responses", KpiUnit.Count, KpiDirection.Neutral, m => m.SurveyResponses, NoValue),
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
        var previousMonth = FigureFormat.ShortMonth(current.MonthDate.AddMonths(-1));
        return Definitions
            .Where(d => !d.IsShownOnlyWhereStated || trend.Any(m => Present(d.Value(m)) is not null))
            .Select(d =>
            {
                var thisMonth = Present(d.Value(current));
                var lastMonth = previous is null ? null : Present(d.Value(previous));
                return new KpiTile(
                    d.Label,
                    d.Unit,
                    d.Direction,
                    thisMonth,
                    lastMonth,
                    thisMonth is null ? d.WhyMissing(current, ThisMonth) : null,
                    lastMonth is not null ? null
                        : previous is null ? $"no figures for {previousMonth} in the warehouse"
                        : d.WhyMissing(previous, $"in {previousMonth}"));
            })
            .ToList();
    }

    private static string NoOpenAccounts(PortfolioMonth month, string when) => $"no open accounts {when}";

    // Counts are never null in the mart; a missing one can only be a missing month.
    private static string NoValue(PortfolioMonth month, string when) => $"no figure {when}";

    // The marts promise null for a rate without denominator; a NaN that slips through means the same.
    private static double? Present(double? value) =>
        value is { } v && double.IsFinite(v) ? v : null;
}
