namespace Warehouse.Reports.Monthly;

/// <summary>
/// The headline tiles of the monthly report, in display order: where each takes its value, how its change is
/// judged against noise (docs/schema.md, "Change and noise"), and why a value can be missing (the condition under
/// which <c>marts.portfolio_kpis_monthly</c> leaves it null).
/// </summary>
internal static class KpiCatalog
{
    private const string NotStated = "not yet stated by the source";

    private const string ThisMonth = "this month";

    // WhyMissing says why a month's value is null, given the month's row and when ("this month", "in Feb 2024").
    // Compare judges the change from the earlier month (second) to the later (first); both values exist.
    private sealed record Definition(
        string Label,
        KpiUnit Unit,
        KpiDirection Direction,
        Func<PortfolioMonth, double?> Value,
        Func<PortfolioMonth, string, string> WhyMissing,
        Func<PortfolioMonth, PortfolioMonth, KpiChange?> Compare,
        bool IsShownOnlyWhereStated = false,
        bool HasInterval = false);

    private static readonly Definition[] Definitions =
    [
        new("30+ days past due", KpiUnit.Rate, KpiDirection.LowerIsBetter, m => m.Rate30Plus, NoOpenAccounts,
            Proportion(m => (m.Accounts30Plus, m.AccountsOpen))),
        new("60+ days past due", KpiUnit.Rate, KpiDirection.LowerIsBetter, m => m.Rate60Plus, NoOpenAccounts,
            Proportion(m => (m.Accounts60Plus, m.AccountsOpen))),
        new("90+ days past due", KpiUnit.Rate, KpiDirection.LowerIsBetter, m => m.Rate90Plus, NoOpenAccounts,
            Proportion(m => (m.Accounts90Plus, m.AccountsOpen))),
        new("30+ by balance", KpiUnit.Rate, KpiDirection.LowerIsBetter, m => m.BalanceRate30Plus, NoBalanceOwed,
            BalanceRate(m => m.BalanceRate30Plus, m => m.BalanceSquares30Plus)),
        new("60+ by balance", KpiUnit.Rate, KpiDirection.LowerIsBetter, m => m.BalanceRate60Plus, NoBalanceOwed,
            BalanceRate(m => m.BalanceRate60Plus, m => m.BalanceSquares60Plus)),
        new("90+ by balance", KpiUnit.Rate, KpiDirection.LowerIsBetter, m => m.BalanceRate90Plus, NoBalanceOwed,
            BalanceRate(m => m.BalanceRate90Plus, m => m.BalanceSquares90Plus)),
        new("Cure rate", KpiUnit.Rate, KpiDirection.HigherIsBetter, m => m.CureRate,
            (_, when) => when == ThisMonth ? "no accounts 30+ last month to cure" : $"no accounts 30+ to cure {when}",
            Proportion(m => (m.AccountsCured, m.Accounts30PlusLastMonth))),
        new("Engagement rate", KpiUnit.Rate, KpiDirection.HigherIsBetter, m => m.EngagementRate,
            (m, when) => m.CustomersActive == 0 ? $"no active customers {when}" : $"no engagement data {when}",
            Proportion(m => (m.CustomersEngaged, m.CustomersActive))),
        new("Right-party contact", KpiUnit.Rate, KpiDirection.HigherIsBetter, m => m.RightPartyContactRate,
            (_, when) => $"no outbound calls {when}",
            Proportion(m => (m.RightPartyContacts, m.PhoneAttempts))),
        new("Promises kept", KpiUnit.Rate, KpiDirection.HigherIsBetter, m => m.PromiseKeptRate,
            (_, when) => $"no promises due {when}",
            Proportion(m => (m.PromisesKept, m.PromisesDue))),
        new("NPS", KpiUnit.NetPromoterScore, KpiDirection.HigherIsBetter, m => m.Nps,
            (_, when) => $"no survey responses {when}",
            NetPromoterScore, HasInterval: true),
        new("Default next month", KpiUnit.Rate, KpiDirection.LowerIsBetter, m => m.DefaultNextMonthRate,
            (_, when) => when == ThisMonth ? NotStated : $"{NotStated} {when}",
            Proportion(m => (m.AccountsDefaulted, m.AccountsDefaultStated)), IsShownOnlyWhereStated: true),
        new("Open accounts", KpiUnit.Count, KpiDirection.Neutral, m => m.AccountsOpen, NoValue,
            Exact(m => m.AccountsOpen)),
        new("Active customers", KpiUnit.Count, KpiDirection.Neutral, m => m.CustomersActive, NoValue,
            Exact(m => m.CustomersActive)),
        new("Survey responses", KpiUnit.Count, KpiDirection.Neutral, m => m.SurveyResponses, NoValue,
            Exact(m => m.SurveyResponses)),
    ];

    /// <summary>
    /// The tiles for <paramref name="current"/> against <paramref name="previous"/> and
    /// <paramref name="yearAgo"/> (each null when the warehouse has no row for that month). The next-month default
    /// rate is shown only where the source states it: when some month of <paramref name="trend"/> has a value.
    /// </summary>
    public static IReadOnlyList<KpiTile> Tiles(
        PortfolioMonth current,
        PortfolioMonth? previous,
        PortfolioMonth? yearAgo,
        IReadOnlyList<PortfolioMonth> trend)
    {
        var previousMonth = FigureFormat.ShortMonth(current.MonthDate.AddMonths(-1));
        var yearAgoMonth = FigureFormat.ShortMonth(current.MonthDate.AddMonths(-12));
        return Definitions
            .Where(d => !d.IsShownOnlyWhereStated || trend.Any(m => Present(d.Value(m)) is not null))
            .Select(d =>
            {
                var thisMonth = Present(d.Value(current));
                var lastMonth = previous is null ? null : Present(d.Value(previous));
                var yearBefore = yearAgo is null ? null : Present(d.Value(yearAgo));
                return new KpiTile(
                    d.Label,
                    d.Unit,
                    d.Direction,
                    thisMonth,
                    lastMonth,
                    yearBefore,
                    thisMonth is null || lastMonth is null ? null : d.Compare(current, previous!),
                    thisMonth is null || yearBefore is null ? null : d.Compare(current, yearAgo!),
                    d.HasInterval
                        ? ChangeNoise.NpsInterval(current.Promoters, current.Detractors, current.SurveyResponses)
                        : null,
                    thisMonth is null ? d.WhyMissing(current, ThisMonth) : null,
                    WhyMissing(d, lastMonth, previous, previousMonth),
                    WhyMissing(d, yearBefore, yearAgo, yearAgoMonth));
            })
            .ToList();
    }

    private static string? WhyMissing(Definition definition, double? value, PortfolioMonth? month, string monthName) =>
        value is not null ? null
        : month is null ? $"{monthName} not in the warehouse"
        : definition.WhyMissing(month, $"in {monthName}");

    private static Func<PortfolioMonth, PortfolioMonth, KpiChange?> Proportion(
        Func<PortfolioMonth, (long Hits, long Trials)> counts) =>
        (now, then) =>
        {
            var (hits, trials) = counts(now);
            var (earlierHits, earlierTrials) = counts(then);
            return ChangeNoise.TwoProportions(hits, trials, earlierHits, earlierTrials);
        };

    private static Func<PortfolioMonth, PortfolioMonth, KpiChange?> BalanceRate(
        Func<PortfolioMonth, double?> rate,
        Func<PortfolioMonth, double> squaresBad) =>
        (now, then) =>
        {
            var (rateNow, rateThen) = (rate(now)!.Value, rate(then)!.Value);
            return ChangeNoise.Wald(
                rateNow - rateThen,
                ChangeNoise.BalanceRateVariance(rateNow, now.BalanceOpen, now.BalanceSquaresOpen, squaresBad(now)),
                now.AccountsOpen,
                ChangeNoise.BalanceRateVariance(rateThen, then.BalanceOpen, then.BalanceSquaresOpen, squaresBad(then)),
                then.AccountsOpen);
        };

    private static KpiChange? NetPromoterScore(PortfolioMonth now, PortfolioMonth then) =>
        ChangeNoise.Wald(
            now.Nps!.Value - then.Nps!.Value,
            ChangeNoise.NpsVariance(now.Promoters, now.Detractors, now.SurveyResponses),
            now.SurveyResponses,
            ChangeNoise.NpsVariance(then.Promoters, then.Detractors, then.SurveyResponses),
            then.SurveyResponses);

    private static Func<PortfolioMonth, PortfolioMonth, KpiChange?> Exact(Func<PortfolioMonth, long> count) =>
        (now, then) => new KpiChange(count(now) - count(then), null, ChangeSignal.Exact);

    private static string NoOpenAccounts(PortfolioMonth month, string when) => $"no open accounts {when}";

    private static string NoBalanceOwed(PortfolioMonth month, string when) =>
        month.AccountsOpen == 0 ? NoOpenAccounts(month, when) : $"no balance owed {when}";

    // Counts are never null in the mart; a missing one can only be a missing month.
    private static string NoValue(PortfolioMonth month, string when) => $"no figure {when}";

    // The marts promise null for a rate without denominator; a NaN that slips through means the same.
    private static double? Present(double? value) =>
        value is { } v && double.IsFinite(v) ? v : null;
}
