using Warehouse.Reports.Monthly;

namespace Warehouse.Reports.Tests.Monthly;

/// <summary>
/// The sentence rules of the executive summary on hand-made tiles: each expected sentence follows from the tile's
/// figures and its noise signal as set here, so a rule that overstates a change fails.
/// </summary>
public sealed class ExecutiveSummaryTests
{
    private static readonly DateOnly October = new(2026, 10, 31);

    [Fact]
    public void A_change_within_noise_reads_steady_with_its_size_and_never_up_or_down()
    {
        var tile = Rate("Cure rate", KpiDirection.HigherIsBetter, 0.073, 0.071, 0.070,
            new KpiChange(0.002, 0.006, ChangeSignal.WithinNoise),
            new KpiChange(0.003, 0.006, ChangeSignal.WithinNoise));

        var sentence = ExecutiveSummary.KpiSentence(tile, "The cure rate", October);

        Assert.Equal(
            "The cure rate was 7.3% in October 2026: steady on September 2026 (+0.2 pp, within noise) and steady on "
                + "October 2025 (+0.3 pp, within noise).",
            sentence);
    }

    [Fact]
    public void A_change_beyond_noise_reads_up_or_down_with_its_size_and_whether_it_is_better()
    {
        // The 30+ rate is lower-is-better: up is worse, down is better.
        var tile = Rate("30+ days past due", KpiDirection.LowerIsBetter, 0.048, 0.044, 0.052,
            new KpiChange(0.004, 0.0012, ChangeSignal.BeyondNoise),
            new KpiChange(-0.004, 0.0013, ChangeSignal.BeyondNoise));

        var sentence = ExecutiveSummary.KpiSentence(tile, "The 30+ days past due rate", October);

        Assert.Equal(
            "The 30+ days past due rate was 4.8% in October 2026: up 0.4 pp on September 2026 (worse) and down "
                + "0.4 pp on October 2025 (better).",
            sentence);
    }

    [Fact]
    public void A_tiny_change_beyond_noise_keeps_a_second_decimal_rather_than_read_zero()
    {
        var tile = Rate("30+ days past due", KpiDirection.LowerIsBetter, 0.0480, 0.0476, null,
            new KpiChange(0.0004, 0.0001, ChangeSignal.BeyondNoise),
            null,
            whyYearAgoMissing: "Oct 2025 not in the warehouse");

        var sentence = ExecutiveSummary.KpiSentence(tile, "The 30+ days past due rate", October);

        Assert.Equal(
            "The 30+ days past due rate was 4.8% in October 2026: up 0.04 pp on September 2026 (worse) and not "
                + "comparable with October 2025 (Oct 2025 not in the warehouse).",
            sentence);
    }

    [Fact]
    public void Nps_carries_its_interval_and_a_change_on_too_few_responses_says_so()
    {
        var tile = new KpiTile(
            "NPS", KpiUnit.NetPromoterScore, KpiDirection.HigherIsBetter, -25.2, -15.2, -21.2,
            new KpiChange(-10, null, ChangeSignal.TooFewToJudge), new KpiChange(-4, 6.1, ChangeSignal.WithinNoise),
            new KpiInterval(-36.04, -14.46));

        var sentence = ExecutiveSummary.KpiSentence(tile, "NPS", October);

        Assert.Equal(
            "NPS was \u221225.2 in October 2026 (95% interval \u221236.0 to \u221214.5): \u221210.0 points on "
                + "September 2026, too few to tell from noise and steady on October 2025 (\u22124.0 points, within "
                + "noise).",
            sentence);
    }

    [Fact]
    public void A_missing_figure_gives_the_tiles_reason()
    {
        var tile = Rate("Promises kept", KpiDirection.HigherIsBetter, null, 0.3, 0.3, null, null,
            whyThisMonth: "no promises due this month");

        Assert.Equal(
            "The promise-kept rate has no figure for October 2026: no promises due this month.",
            ExecutiveSummary.KpiSentence(tile, "The promise-kept rate", October));
    }

    [Fact]
    public void The_overview_names_only_the_rates_that_moved_beyond_noise_and_leaves_counts_out()
    {
        IReadOnlyList<KpiTile> tiles =
        [
            Rate("30+ days past due", KpiDirection.LowerIsBetter, 0.048, 0.048, null,
                new KpiChange(0.0001, 0.001, ChangeSignal.WithinNoise), null),
            Rate("Cure rate", KpiDirection.HigherIsBetter, 0.073, 0.053, null,
                new KpiChange(0.02, 0.005, ChangeSignal.BeyondNoise), null),
            new KpiTile("NPS", KpiUnit.NetPromoterScore, KpiDirection.HigherIsBetter, -25.2, -15.1, null,
                new KpiChange(-10.1, 3, ChangeSignal.BeyondNoise), null),
            Rate("Promises kept", KpiDirection.HigherIsBetter, 0.2, 0.3, null,
                new KpiChange(-0.1, null, ChangeSignal.TooFewToJudge), null),
            new KpiTile("Open accounts", KpiUnit.Count, KpiDirection.Neutral, 5_050, 5_113, null,
                new KpiChange(-63, null, ChangeSignal.Exact), null),
        ];

        var overview = ExecutiveSummary.Overview(tiles, October);

        // Judged: 30+, cure and NPS; promises kept could not be judged and open accounts is a count.
        Assert.Equal(
            "2 of 3 headline rates moved beyond month-to-month noise since September 2026: cure rate up 2.0 pp "
                + "(better) and NPS down 10.1 points (worse).",
            overview);
    }

    [Fact]
    public void The_overview_says_when_nothing_moved_and_when_nothing_can_be_compared()
    {
        var steady = Rate("Cure rate", KpiDirection.HigherIsBetter, 0.073, 0.071, null,
            new KpiChange(0.002, 0.006, ChangeSignal.WithinNoise), null);
        var alone = Rate("Cure rate", KpiDirection.HigherIsBetter, 0.073, null, null, null, null);

        Assert.Equal(
            "No headline rate moved beyond month-to-month noise since September 2026 (1 compared).",
            ExecutiveSummary.Overview([steady], October));
        Assert.Equal(
            "No headline rate can be compared with September 2026: none has a figure in both months.",
            ExecutiveSummary.Overview([alone], October));
    }

    [Fact]
    public void The_summary_opens_with_the_overview_then_one_sentence_per_summary_kpi_present()
    {
        var tiles = SampleMonthlyReport.Build().Kpis;

        var sentences = ExecutiveSummary.Sentences(tiles, SampleMonthlyReport.Month);

        // Overview, then 30+, 30+ by balance, cure, engagement, promises kept and NPS.
        Assert.Equal(7, sentences.Count);
        Assert.StartsWith("1 of 10 headline rates moved", sentences[0], StringComparison.Ordinal);
        Assert.StartsWith("The 30+ days past due rate was 4.6%", sentences[1], StringComparison.Ordinal);
        Assert.StartsWith("NPS was 26.5", sentences[^1], StringComparison.Ordinal);
    }

    private static KpiTile Rate(
        string label,
        KpiDirection direction,
        double? thisMonth,
        double? lastMonth,
        double? yearAgo,
        KpiChange? monthOnMonth,
        KpiChange? yearOnYear,
        string? whyThisMonth = null,
        string? whyYearAgoMissing = null) =>
        new(label, KpiUnit.Rate, direction, thisMonth, lastMonth, yearAgo, monthOnMonth, yearOnYear,
            WhyThisMonthMissing: whyThisMonth, WhyYearAgoMissing: whyYearAgoMissing);
}
