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
        return new MonthlyReport(
            Month,
            Portfolio,
            LoadedAt(6, 12),
            KpiCatalog.Tiles(trend[^1], trend[^2], trend[0], trend),
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
                new DataQualityRow("customers", 3, 0, 48_210, 12, LoadedAt(6, 2), new DateOnly(2024, 3, 31)),
                new DataQualityRow("engagement", 12, 1, 1_204_332, 1_377, LoadedAt(6, 12), new DateOnly(2024, 3, 31)),
                new DataQualityRow("risk", 12, 0, 602_118, 0, LoadedAt(6, 8), new DateOnly(2024, 3, 31)),
                new DataQualityRow("surveys", 12, 0, 9_870, 30, LoadedAt(6, 9), new DateOnly(2024, 2, 29)),
            ],
            RollRates(),
            Vintages(),
            [
                new LoadBatch(1, "customers", "in/customers_2024-03.csv", "0d5c6e534259aa", 48_210, LoadedAt(6, 2)),
                new LoadBatch(7, "engagement", "in/engagement_2024-03.csv", "ad071d9fde11bb", 104_332, LoadedAt(6, 12)),
                new LoadBatch(4, "risk", "in/risk_2024-03.csv", "dd7acd59c64bcc", 50_118, LoadedAt(6, 8)),
            ],
            new BuildProvenance(
                12,
                LoadedAt(6, 30),
                404,
                0,
                [
                    new ModelVersion("staging.stg_risk", 602_118, "27c4c965f7c0" + new string('1', 52)),
                    new ModelVersion("marts.portfolio_kpis_monthly", 13, "9f00aa1b2c3d" + new string('2', 52)),
                    new ModelVersion("marts.retired_model", 5, null),
                ]));
    }

    /// <summary>The sample with each month of its trend changed by <paramref name="change"/>, tiles to match.</summary>
    public static MonthlyReport WithTrend(Func<PortfolioMonth, PortfolioMonth> change)
    {
        var trend = Trend().Select(change).ToList();
        return Build() with { Kpis = KpiCatalog.Tiles(trend[^1], trend[^2], trend[0], trend), Trend = trend };
    }

    /// <summary>
    /// March 2023 to March 2024, month j from −1 (March 2023) to 11 (March 2024). Counts are chosen and every rate
    /// is its count over its denominator: of 50,000 open accounts 1,750 + 50 j are 30+ (3.5% + 0.1 j pp), 900 +
    /// 20 j are 60+, 400 + 10 j are 90+; of 2,000 accounts 30+ the month before 500 − 10 j cured; of 40,000
    /// active customers 12,000 + 400 j engaged; of 5,000 outbound calls 2,000 connected; of 500 promises due
    /// 300 + j were kept, but February 2024 (j = 10) had none due; of 800 survey responses 320 + 6 j promoters and
    /// 240 − 6 j detractors (NPS 10 + 1.5 j); of 50,000 stated defaults 200, but March 2024 states none yet.
    /// </summary>
    public static IReadOnlyList<PortfolioMonth> Trend()
    {
        var months = new List<PortfolioMonth>();
        for (var j = -1; j <= 11; j++)
        {
            var monthDate = MonthlyReportQuery.MonthEnd(Month.AddMonths(j - 11));
            var isLatest = j == 11;
            var promisesDue = j == 10 ? 0 : 500;
            var promisesKept = j == 10 ? 0 : 300 + j;
            var (promoters, detractors) = (320 + (6 * j), 240 - (6 * j));
            months.Add(new PortfolioMonth(
                monthDate,
                AccountsOpen: 50_000,
                Accounts30Plus: 1_750 + (50 * j),
                Accounts60Plus: 900 + (20 * j),
                Accounts90Plus: 400 + (10 * j),
                Rate30Plus: (1_750 + (50 * j)) / 50_000d,
                Rate60Plus: (900 + (20 * j)) / 50_000d,
                Rate90Plus: (400 + (10 * j)) / 50_000d,
                BalanceOpen: 100_000_000,
                BalanceRate30Plus: 0.041 + (j * 0.0012),
                BalanceRate60Plus: 0.022,
                BalanceRate90Plus: 0.010,
                // 50,000 balances of 2,000 on average with a spread of 1,000: 50,000 x (2,000^2 + 1,000^2).
                BalanceSquaresOpen: 2.5e11,
                BalanceSquares30Plus: 2.5e11 * (0.041 + (j * 0.0012)),
                BalanceSquares60Plus: 2.5e11 * 0.022,
                BalanceSquares90Plus: 2.5e11 * 0.010,
                Accounts30PlusLastMonth: 2_000,
                AccountsCured: 500 - (10 * j),
                CureRate: (500 - (10 * j)) / 2_000d,
                CustomersActive: 40_000,
                CustomersEngaged: 12_000 + (400 * j),
                EngagementRate: (12_000 + (400 * j)) / 40_000d,
                PhoneAttempts: 5_000,
                RightPartyContacts: 2_000,
                RightPartyContactRate: 0.4,
                PromisesDue: promisesDue,
                PromisesKept: promisesKept,
                // February 2024 had no promises due: its rate is missing, not zero.
                PromiseKeptRate: promisesDue == 0 ? null : (double)promisesKept / promisesDue,
                SurveyResponses: 800,
                Promoters: promoters,
                Detractors: detractors,
                Nps: 100d * (promoters - detractors) / 800,
                // The source states next-month default only once the next month has happened.
                AccountsDefaultStated: isLatest ? 0 : 50_000,
                AccountsDefaulted: isLatest ? 0 : 200,
                DefaultNextMonthRate: isLatest ? null : 0.004));
        }

        return months;
    }

    /// <summary>
    /// February to March 2024 moves: from each bucket, accounts into each bucket (charged off last). The row sums
    /// are 46,000, 1,500, 1,000, 600 and 400 accounts.
    /// </summary>
    public static IReadOnlyList<RollRateCell> RollRates()
    {
        (string From, long[] Accounts)[] moves =
        [
            ("current", [45_080, 920, 0, 0, 0, 0]),
            ("1-29", [600, 450, 450, 0, 0, 0]),
            ("30-59", [150, 100, 150, 600, 0, 0]),
            ("60-89", [60, 0, 30, 90, 420, 0]),
            ("90+", [0, 0, 0, 0, 300, 100]),
        ];
        string[] to = ["current", "1-29", "30-59", "60-89", "90+", "charged_off"];
        return moves
            .SelectMany(m => m.Accounts.Select((accounts, i) =>
                new RollRateCell(m.From, to[i], accounts, (double)accounts / m.Accounts.Sum())))
            .ToList();
    }

    /// <summary>
    /// Vintages opened in 2023: Q1 at 3, 6, 9 and 12 months on book, Q2 at 3, 6 and 9, Q3 at 3 and 6, Q4 at 3;
    /// 200 accounts each, of which 2, 4, 6 and 8 bad at 3, 6, 9 and 12 months (1%, 2%, 3%, 4%), twice that in Q3.
    /// </summary>
    public static IReadOnlyList<VintageCell> Vintages()
    {
        var cells = new List<VintageCell>();
        for (var quarter = 0; quarter < 4; quarter++)
        {
            var start = new DateOnly(2023, 1 + (3 * quarter), 1);
            for (var step = 1; step <= 4 - quarter; step++)
            {
                var bad = 2 * step * (quarter == 2 ? 2 : 1);
                cells.Add(new VintageCell(start, 3 * step, 200, bad));
            }
        }

        return cells;
    }

    public static IReadOnlyList<SegmentRow> Segments() =>
    [
        new("low", "engaged", 12_400, 18_250_000m, 0.004, 12_300),
        new("low", "passive", 9_800, 11_400_000m, 0.006, 9_850),
        new("low", "dark", 3_100, 2_950_000m, 0.011, 3_080),
        new("medium", "engaged", 5_600, 9_100_000m, 0.018, 5_600),
        new("medium", "passive", 4_900, 7_350_000m, 0.027, 4_870),
        new("medium", "dark", 2_200, 2_600_000m, 0.046, 2_240),
        new("high", "engaged", 1_400, 2_450_000m, 0.072, 1_390),
        new("high", "passive", 1_300, 2_100_000m, 0.094, 1_310),
        new("high", "dark", 900, 1_250_000m, 0.151, 895),
        new("delinquent", "engaged", 500, 950_000m, 0.412, 525),
        new("delinquent", "passive", 450, 820_000m, 0.538, 435),
        new("delinquent", "dark", 610, 1_120_000m, 0.705, 550),
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
