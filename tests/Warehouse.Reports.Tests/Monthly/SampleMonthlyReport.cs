using Warehouse.Reports.Monthly;

namespace Warehouse.Reports.Tests.Monthly;

/// <summary>
/// A report for March 2024 with figures chosen by hand, so that every formatted value the PDF must show can
/// be written out in the tests: each figure below is an exact decimal whose rounding is unambiguous.
/// </summary>
internal static class SampleMonthlyReport
{
    public static readonly DateOnly Month = new(2024, 3, 31);

    public const string Portfolio = "Consumer cards, UK";

    public static MonthlyReport Build()
    {
        var trend = Trend();
        var current = trend[^1];
        var previous = trend[^2];
        return new MonthlyReport(
            Month,
            Portfolio,
            LoadedAt(6, 12),
            KpiCatalog.Tiles(current, previous, trend),
            trend,
            Segments(),
            [
                new EarlyWarningCount("missed_payment_after_digital_silence", 412, 388),
                new EarlyWarningCount("broken_promise_streak", 96, 120),
                new EarlyWarningCount("bureau_score_drop", 57, 57),
            ],
            PilotLift(),
            Pilots(),
            [
                new DataQualityRow("customers", 3, 0, 48_210, 12, LoadedAt(6, 2)),
                new DataQualityRow("engagement", 12, 1, 1_204_332, 1_377, LoadedAt(6, 12)),
                new DataQualityRow("risk", 12, 0, 602_118, 0, LoadedAt(6, 8)),
                new DataQualityRow("surveys", 12, 0, 9_870, 30, LoadedAt(6, 9)),
            ]);
    }

    /// <summary>The sample with each month of its trend changed by <paramref name="change"/>, tiles to match.</summary>
    public static MonthlyReport WithTrend(Func<PortfolioMonth, PortfolioMonth> change)
    {
        var trend = Trend().Select(change).ToList();
        return Build() with { Kpis = KpiCatalog.Tiles(trend[^1], trend[^2], trend), Trend = trend };
    }

    /// <summary>April 2023 to March 2024; the 30+ rate climbs 0.1 pp a month to 4.6% in March.</summary>
    public static IReadOnlyList<PortfolioMonth> Trend()
    {
        var months = new List<PortfolioMonth>();
        for (var index = 0; index < 12; index++)
        {
            var monthDate = MonthlyReportQuery.MonthEnd(Month.AddMonths(index - 11));
            var isLatest = index == 11;
            months.Add(new PortfolioMonth(
                monthDate,
                AccountsOpen: 50_000 + (index * 100),
                Accounts30Plus: 1_800 + (index * 50),
                Accounts60Plus: 900 + (index * 20),
                Accounts90Plus: 400 + (index * 10),
                Rate30Plus: 0.035 + (index * 0.001),
                Rate60Plus: 0.018 + (index * 0.0004),
                Rate90Plus: 0.008 + (index * 0.0002),
                BalanceRate30Plus: 0.041 + (index * 0.0012),
                BalanceRate90Plus: 0.010,
                CureRate: 0.25 - (index * 0.005),
                CustomersActive: 42_000 + (index * 80),
                EngagementRate: 0.30 + (index * 0.01),
                RightPartyContactRate: 0.40,
                // February 2024 had no promises due: its rate is missing, not zero.
                PromiseKeptRate: index == 10 ? null : 0.6 + (index * 0.002),
                SurveyResponses: 800 + index,
                Nps: 10 + (index * 1.5),
                // The source states next-month default only once the next month has happened.
                DefaultNextMonthRate: isLatest ? null : 0.004));
        }

        return months;
    }

    public static IReadOnlyList<SegmentRow> Segments() =>
    [
        new("low", "engaged", 12_400, 18_250_000m, 0.004),
        new("low", "passive", 9_800, 11_400_000m, 0.006),
        new("low", "dark", 3_100, 2_950_000m, 0.011),
        new("medium", "engaged", 5_600, 9_100_000m, 0.018),
        new("medium", "passive", 4_900, 7_350_000m, 0.027),
        new("medium", "dark", 2_200, 2_600_000m, 0.046),
        new("high", "engaged", 1_400, 2_450_000m, 0.072),
        new("high", "passive", 1_300, 2_100_000m, 0.094),
        new("high", "dark", 900, 1_250_000m, 0.151),
        new("delinquent", "engaged", 500, 950_000m, 0.412),
        new("delinquent", "passive", 450, 820_000m, 0.538),
        new("delinquent", "dark", 610, 1_120_000m, 0.705),
    ];

    public static IReadOnlyList<PilotLiftRow> PilotLift() =>
    [
        Row("P-NUDGE", "Digital payment nudges", "roll_to_30_plus_rate", "rate", true,
            2_010, 1_990, 0.052, 0.061, -0.009, -0.0215, 0.0035, -0.1475, -0.3525, 0.0575, 0.0123, false, null),
        Row("P-NUDGE", "Digital payment nudges", "engagement_rate", "rate", false,
            2_010, 1_990, 0.412, 0.365, 0.047, 0.0175, 0.0765, 0.1288, 0.0479, 0.2096, 0.0018, false, null),
        Row("P-NUDGE", "Digital payment nudges", "nps", "nps", false,
            640, 611, 18.5, 12.25, 6.25, -1.5, 14.0, 0.5102, -0.1224, 1.1429, 0.1134, false, null),
        Row("P-NUDGE", "Digital payment nudges", "spend_per_customer", "mean", false,
            2_010, 1_990, 84.2, 80.1, 4.1, -2.35, 10.55, 0.0512, -0.0293, 0.1317, 0.2125, false, null),
        Row("P-CALL", "Early courtesy call", "roll_to_30_plus_rate", "rate", true,
            1_560, 1_210, 0.081, 0.079, 0.002, -0.018, 0.022, 0.0253, -0.2278, 0.2785, 0.8412, true, null),
        Row("P-CALL", "Early courtesy call", "nps", "nps", false,
            12, 9, 25.0, 11.1, null, null, null, null, null, null, null, true,
            "Fewer than 30 survey responses in an arm"),
    ];

    /// <summary>
    /// The two pilots of <see cref="PilotLift"/>. Nudges treated customers from 1 January to 29 February 2024
    /// with a 30-day window, so its windows end by 30 March; the courtesy call is still running.
    /// </summary>
    public static IReadOnlyList<Pilot> Pilots() =>
    [
        new("P-CALL", "Early courtesy call", "Collections strategy", new DateOnly(2024, 2, 1), null, 45, 0.5,
            new DateOnly(2024, 2, 1), new DateOnly(2024, 5, 1)),
        new("P-NUDGE", "Digital payment nudges", "Digital engagement team", new DateOnly(2024, 1, 1),
            new DateOnly(2024, 2, 29), 30, 0.5, new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 30)),
    ];

    private static DateTime LoadedAt(int hour, int minute) => new(2024, 4, 3, hour, minute, 0, DateTimeKind.Utc);

    private static PilotLiftRow Row(
        string pilotId,
        string pilotName,
        string metric,
        string kind,
        bool isPrimary,
        long pilotCustomers,
        long controlCustomers,
        double pilotMean,
        double controlMean,
        double? absolute,
        double? absoluteLow,
        double? absoluteHigh,
        double? relative,
        double? relativeLow,
        double? relativeHigh,
        double? pValue,
        bool isMismatch,
        string? note) =>
        new(
            pilotId,
            pilotName,
            metric,
            kind,
            isPrimary,
            pilotCustomers,
            controlCustomers,
            pilotMean,
            controlMean,
            absolute,
            absoluteLow,
            absoluteHigh,
            relative,
            relativeLow,
            relativeHigh,
            absolute is null ? null : 2.0,
            pValue,
            isMismatch ? 0.5632 : 0.5025,
            0.5,
            isMismatch ? 0.00004 : 0.7521,
            isMismatch,
            note);
}
