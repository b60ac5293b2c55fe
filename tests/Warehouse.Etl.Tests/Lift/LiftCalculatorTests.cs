using Warehouse.Etl.Lift;

namespace Warehouse.Etl.Tests.Lift;

public sealed class LiftCalculatorTests
{
    private static readonly SampleRatioCheck EvenSplit = SampleRatioCheck.Compute(1_000, 1_000, 0.5);

    [Fact]
    public void Welch_figures_match_a_hand_computation_with_four_degrees_of_freedom()
    {
        // Pilot {4, 6, 8}: mean 6, variance (4 + 0 + 4)/2 = 4. Control {1, 3, 5}: mean 3, variance 4.
        // SE² = 4/3 + 4/3 = 8/3, SE = 1.632993; t = 3/1.632993 = 1.837117.
        // df = (8/3)² / ((4/3)²/2 + (4/3)²/2) = (64/9)/(16/9) = 4.
        // Student t with 4 df has the closed form P(|T| ≥ t) = 1 − (3/4)·x·(1 − x²/12), x² = t²/(1 + t²/4):
        // x² = 3.375/1.84375 = 1.830508, x = 1.352963, p = 1 − 0.75 × 1.352963 × 0.847458 = 0.140066.
        // The 97.5% point solves (3/4)·x·(1 − x²/12) = 0.95 in the same form: t = 2.776445 (the table value),
        // so the interval is 3 ± 2.776445 × 1.632993 = 3 ± 4.533916.
        var estimate = Estimate(ArmSummary.FromValues([4, 6, 8]), ArmSummary.FromValues([1, 3, 5]));

        Assert.Equal(6, estimate.PilotMean);
        Assert.Equal(3, estimate.ControlMean);
        Assert.Equal(3, estimate.AbsoluteLift);
        Assert.Equal(1.8371173070873836, estimate.TStatistic!.Value, 12);
        Assert.Equal(0.140065984912018, estimate.PValue!.Value, 11);
        Assert.Equal(-1.5339158710550365, estimate.AbsoluteCiLow!.Value, 9);
        Assert.Equal(7.5339158710550365, estimate.AbsoluteCiHigh!.Value, 9);
        Assert.Null(estimate.Note);
    }

    [Fact]
    public void Welch_degrees_of_freedom_follow_Satterthwaite_for_unequal_arms()
    {
        // Pilot {2, 4, 6, 8}: variance 20/3, s²/n = 5/3. Control {1, 2, 3}: variance 1, s²/n = 1/3.
        // SE² = 2, t = (5 − 2)/√2 = 2.121320; df = 2² / ((5/3)²/3 + (1/3)²/2) = 4/(25/27 + 1/18)
        // = 4/(53/54) = 216/53 = 4.075472.
        var welch = WelchTest.Between(ArmSummary.FromValues([2, 4, 6, 8]), ArmSummary.FromValues([1, 2, 3])).Estimate;

        Assert.NotNull(welch);
        Assert.Equal(Math.Sqrt(2), welch.StandardError, 14);
        Assert.Equal(3 / Math.Sqrt(2), welch.Statistic, 14);
        Assert.Equal(216.0 / 53, welch.DegreesOfFreedom!.Value, 12);
    }

    [Fact]
    public void One_constant_arm_leaves_the_other_arms_degrees_of_freedom()
    {
        // Pilot {1, 2, 3}: mean 2, variance 1; control {0, 0, 0}: variance 0. SE² = 1/3, t = 2/√(1/3) = 2√3,
        // df = (1/3)²/((1/3)²/2) = 2. With 2 df, P(|T| ≥ t) = 1 − t/√(2 + t²) = 1 − √(12/14) = 0.0741799;
        // the 97.5% point is √(2a²/(1 − a²)) with a = 0.95, i.e. 4.302653, so the half-width is
        // 4.302653/√3 = 2.484138.
        var critical = Math.Sqrt(2 * 0.95 * 0.95 / (1 - 0.95 * 0.95));

        var estimate = Estimate(ArmSummary.FromValues([1, 2, 3]), ArmSummary.FromValues([0, 0, 0]));

        Assert.Equal(2 * Math.Sqrt(3), estimate.TStatistic!.Value, 12);
        Assert.Equal(1 - Math.Sqrt(12.0 / 14), estimate.PValue!.Value, 11);
        Assert.Equal(2 - critical / Math.Sqrt(3), estimate.AbsoluteCiLow!.Value, 9);
        Assert.Contains("control mean is zero", estimate.Note, StringComparison.Ordinal);
        Assert.Null(estimate.RelativeLift);
    }

    [Fact]
    public void Relative_lift_and_its_fieller_interval_match_a_hand_computation()
    {
        // Same arms as the four-df case: P = 6, C = 3, r = 6/3 − 1 = 1, Vₚ = Vᶜ = 4/3, z = 1.959964.
        // Fieller: a = C² − z²Vᶜ = 9 − 3.841459 × 4/3 = 3.878055; spread = z·√(Vₚ·a + Vᶜ·P²)
        // = 1.959964 × √(5.170740 + 48) = 14.291684; ρ = (18 ∓ 14.291684)/3.878055 = 0.956222 and 8.326782,
        // so the relative interval is [−0.043778, 7.326782]: asymmetric, as a ratio's should be.
        var estimate = Estimate(ArmSummary.FromValues([4, 6, 8]), ArmSummary.FromValues([1, 3, 5]));

        Assert.Equal(1, estimate.RelativeLift!.Value, 14);
        Assert.Equal(-0.04377788875031974, estimate.RelativeCiLow!.Value, 9);
        Assert.Equal(7.326782094468172, estimate.RelativeCiHigh!.Value, 9);
    }

    [Fact]
    public void A_control_level_within_its_uncertainty_of_zero_leaves_the_relative_interval_out()
    {
        // Control {−1, 1, 3}: mean 1, Vᶜ = 4/3; C² − z²Vᶜ = 1 − 5.12 < 0, so Fieller's set is unbounded.
        var estimate = Estimate(ArmSummary.FromValues([4, 6, 8]), ArmSummary.FromValues([-1, 1, 3]));

        Assert.Equal(5, estimate.RelativeLift!.Value, 12);
        Assert.Null(estimate.RelativeCiLow);
        Assert.Contains("unbounded (Fieller)", estimate.Note, StringComparison.Ordinal);
        Assert.NotNull(estimate.AbsoluteCiLow);
    }

    [Fact]
    public void Nps_lift_uses_the_three_way_split_standard_error()
    {
        // Pilot: 50 promoters, 30 passives, 20 detractors → NPS 30; control 40/30/30 → NPS 10.
        // The three-way-split variance of an NPS is 100²·(p₊ + p₋ − (p₊ − p₋)²)/n:
        // pilot 10,000 × (0.7 − 0.09)/100 = 61, control 10,000 × (0.7 − 0.01)/100 = 69; SE = √130 = 11.401754.
        // Normal interval: 20 ± 1.959964 × 11.401754 = [−2.346837, 42.346837]; z = 1.754116,
        // p = erfc(1.754116/√2) = 0.079411. Welch on the ±100/0 values would divide by n − 1 instead of n.
        var pilot = NpsArm(promoters: 50, passives: 30, detractors: 20);
        var control = NpsArm(promoters: 40, passives: 30, detractors: 30);

        var estimate = Estimate(pilot, control, MetricKind.Nps);
        var welch = WelchTest.Between(pilot, control).Estimate!;

        Assert.Equal(30, estimate.PilotMean!.Value, 12);
        Assert.Equal(10, estimate.ControlMean!.Value, 12);
        Assert.Equal(20, estimate.AbsoluteLift!.Value, 12);
        Assert.Equal(20 / Math.Sqrt(130), estimate.TStatistic!.Value, 12);
        Assert.Equal(20 - 1.959963984540054 * Math.Sqrt(130), estimate.AbsoluteCiLow!.Value, 9);
        Assert.Equal(0.0794106, estimate.PValue!.Value, 6);
        Assert.Equal("nps_three_way_split", estimate.IntervalMethod);
        Assert.Equal(Math.Sqrt(130 * 100.0 / 99), welch.StandardError, 10);
    }

    [Fact]
    public void A_negative_control_nps_leaves_out_the_relative_lift()
    {
        var pilot = NpsArm(promoters: 20, passives: 40, detractors: 40);
        var control = NpsArm(promoters: 10, passives: 40, detractors: 50);

        var estimate = Estimate(pilot, control, MetricKind.Nps);

        Assert.Equal(20, estimate.AbsoluteLift!.Value, 12);
        Assert.NotNull(estimate.PValue);
        Assert.Null(estimate.RelativeLift);
        Assert.Contains("control mean is negative", estimate.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(5, 1)]
    [InlineData(0, 5)]
    public void An_arm_with_fewer_than_two_customers_has_no_interval(long pilotCustomers, long controlCustomers)
    {
        var pilot = new ArmSummary(pilotCustomers, pilotCustomers * 2.0, pilotCustomers * 5.0);
        var control = new ArmSummary(controlCustomers, controlCustomers * 1.0, controlCustomers * 2.0);

        var estimate = Estimate(pilot, control);

        Assert.Null(estimate.AbsoluteCiLow);
        Assert.Null(estimate.AbsoluteCiHigh);
        Assert.Null(estimate.TStatistic);
        Assert.Null(estimate.PValue);
        Assert.Null(estimate.RelativeCiLow);
        Assert.Contains("at least two in each arm", estimate.Note, StringComparison.Ordinal);
        Assert.Equal(pilotCustomers > 0 ? 1.0 : null, estimate.AbsoluteLift);
    }

    [Fact]
    public void Zero_variance_in_both_arms_gives_the_lift_without_uncertainty()
    {
        var estimate = Estimate(ArmSummary.FromValues([3, 3, 3]), ArmSummary.FromValues([2, 2]));

        Assert.Equal(1, estimate.AbsoluteLift);
        Assert.Equal(0.5, estimate.RelativeLift);
        Assert.Null(estimate.AbsoluteCiLow);
        Assert.Null(estimate.TStatistic);
        Assert.Null(estimate.PValue);
        Assert.Null(estimate.RelativeCiLow);
        Assert.Contains("zero variance", estimate.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zero_control_rate_has_an_absolute_but_no_relative_lift()
    {
        var pilot = new ArmSummary(100, 7, 7);
        var control = new ArmSummary(100, 0, 0);

        var estimate = Estimate(pilot, control);

        Assert.Equal(0.07, estimate.AbsoluteLift!.Value, 14);
        Assert.NotNull(estimate.PValue);
        Assert.Null(estimate.RelativeLift);
        Assert.Null(estimate.RelativeCiLow);
        Assert.Contains("control mean is zero", estimate.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Difference_in_differences_on_fewer_customers_than_the_arms_says_how_many_it_covers()
    {
        // Pilot arm: outcomes 3, 4, 6, 5, 5; the first three have pre-period values 1, 2, 3 (changes 2, 2, 3).
        // Comparison group: outcomes 2, 2, 3, 3 with pre-period values 1, 2, 1, 3 (changes 1, 0, 2, 0).
        // DiD = 7/3 − 3/4 = 19/12.
        var pilot = new ArmStatistics(new ArmSummary(5, 23, 111), null, new PairedSums(3, 13, 61, 6, 14, 29));
        var control = new ArmStatistics(new ArmSummary(4, 10, 26), null, new PairedSums(4, 10, 26, 7, 15, 18));
        var metric = new PilotMetric("p1", "Pilot one", "digital_actions", MetricKind.Count, IsPrimary: true)
        {
            Design = PilotDesign.Observational,
        };

        var estimate = LiftCalculator.Estimate(metric, pilot, control, SampleRatioCheck.Compute(5, 4, 0.5));

        Assert.Equal(19.0 / 12, estimate.DidLift!.Value, 12);
        Assert.Equal((5, 4), (estimate.PilotCustomers, estimate.ControlCustomers));
        Assert.Equal(
            "Difference-in-differences covers the 3 pilot and 4 comparison-group customers with a pre-period "
            + "value, of 5 and 4.",
            estimate.Note);
    }

    [Fact]
    public void A_tiny_p_value_stays_finite_and_positive_and_matches_the_normal_tail()
    {
        // Two arms of a billion customers each, means 1.0 and 1.0 − 12·SE apart: t = −12 with about 2e9 df,
        // where Student t equals the normal to within t⁴/(4·df) ≈ 3e-6 relative. Two-sided normal tail:
        // erfc(12/√2) = 3.552964e-33. Computing 1 − cdf would round it to exactly 0.
        const long n = 1_000_000_000;
        var pilot = new ArmSummary(n, n * 1.0, n * 1.0 + (n - 1) * 1.0);
        var standardError = Math.Sqrt(2.0 / n);
        var controlMean = 1.0 + 12 * standardError;
        var control = new ArmSummary(n, n * controlMean, n * controlMean * controlMean + (n - 1) * 1.0);

        var estimate = Estimate(pilot, control);

        Assert.Equal(-12, estimate.TStatistic!.Value, 3);
        Assert.True(estimate.PValue > 0);
        Assert.Equal(1, estimate.PValue!.Value / 3.552964224155404e-33, 3);
    }

    [Fact]
    public void A_p_value_beyond_the_smallest_double_is_reported_as_that_bound()
    {
        // t ≈ 200 with 2,000 df: the tail is about 10^-1100, which no double can hold.
        var pilot = new ArmSummary(1_000, 1_000 * 10.0, 1_000 * 100.0 + 999 * 0.01);
        var control = new ArmSummary(1_000, 1_000 * 9.0, 1_000 * 81.0 + 999 * 0.01);

        var estimate = Estimate(pilot, control);

        Assert.True(estimate.TStatistic > 200);
        Assert.Equal(double.Epsilon, estimate.PValue);
        Assert.True(double.IsFinite(estimate.AbsoluteCiLow!.Value));
    }

    [Fact]
    public void The_sample_ratio_check_is_carried_onto_every_estimate()
    {
        var check = SampleRatioCheck.Compute(8_000, 2_300, 0.8);

        var estimate = LiftCalculator.Estimate(
            new PilotMetric("p1", "Pilot one", "engagement_rate", MetricKind.Rate, IsPrimary: true),
            new ArmSummary(10, 5, 5),
            new ArmSummary(10, 4, 4),
            check);

        Assert.Equal(check.ObservedShare, estimate.SrmPilotShare);
        Assert.Equal(0.8, estimate.PlannedSplit);
        Assert.Equal(check.PValue, estimate.SrmPValue);
        Assert.True(estimate.IsSrmMismatch);
    }

    [Fact]
    public void A_pilot_without_assignments_says_so_in_the_note()
    {
        var estimate = LiftCalculator.Estimate(
            new PilotMetric("p1", "Pilot one", "engagement_rate", MetricKind.Rate, IsPrimary: true),
            new ArmSummary(10, 5, 5),
            new ArmSummary(10, 4, 4),
            SampleRatioCheck.Compute(0, 0, 0.5));

        Assert.Null(estimate.SrmPValue);
        Assert.False(estimate.IsSrmMismatch);
        Assert.Contains("no assigned customers", estimate.Note, StringComparison.Ordinal);
    }

    private static ArmSummary NpsArm(int promoters, int passives, int detractors) =>
        ArmSummary.FromValues(
            Enumerable.Repeat(100.0, promoters)
                .Concat(Enumerable.Repeat(0.0, passives))
                .Concat(Enumerable.Repeat(-100.0, detractors)));

    private static LiftEstimate Estimate(ArmSummary pilot, ArmSummary control, MetricKind kind = MetricKind.Mean) =>
        LiftCalculator.Estimate(
            new PilotMetric("p1", "Pilot one", "spend_per_customer", kind, IsPrimary: true),
            pilot,
            control,
            EvenSplit);
}
