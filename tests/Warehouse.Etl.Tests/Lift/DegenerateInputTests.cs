using Warehouse.Etl.Lift;

namespace Warehouse.Etl.Tests.Lift;

/// <summary>
/// Each degenerate input gets a stated reason instead of a number, and the verdict says the goal or pilot is
/// not decision-ready where the number it would rest on is missing.
/// </summary>
public sealed class DegenerateInputTests
{
    private static readonly LiftPilot Pilot = new("p1", "Pilot one", 0.5, "roll_rate");

    [Theory]
    [InlineData(1, 50)]
    [InlineData(50, 1)]
    [InlineData(0, 50)]
    public void An_arm_with_fewer_than_two_customers_has_no_estimate_and_no_verdict(long pilot, long control)
    {
        var (goals, verdict) = Analyse(new ArmSummary(pilot, pilot * 0.5, pilot * 0.5),
            new ArmSummary(control, control * 0.5, control * 0.5));

        Assert.Null(goals[0].AbsoluteCiLow);
        Assert.Contains("at least two in each arm", goals[0].Note, StringComparison.Ordinal);
        Assert.Equal(Verdict.NotDecisionReady, goals[0].GoalVerdict);
        Assert.Equal(Verdict.NotDecisionReady, verdict.Verdict);
        Assert.Contains("at least two in each arm", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_arm_of_one_customer_with_a_pre_period_value_states_its_reason_once()
    {
        // Both the raw and the CUPED estimate need two customers an arm; the note says so one time.
        var one = new ArmStatistics(new ArmSummary(1, 1, 1), null, new PairedSums(1, 1, 1, 0, 0, 0));
        var three = new ArmStatistics(new ArmSummary(3, 1, 1), null, new PairedSums(3, 1, 1, 1, 1, 1));
        var metric = new PilotMetric("p1", "Pilot one", "roll_rate", MetricKind.Rate, IsPrimary: true);

        var estimate = LiftCalculator.Estimate(metric, one, three, SampleRatioCheck.Compute(1, 3, 0.5));

        Assert.Null(estimate.CupedLift);
        Assert.Equal(
            "The pilot arm has 1 and the control arm 3 customers with this metric; an interval and a p-value need "
            + "at least two in each arm.",
            estimate.Note);
    }

    [Fact]
    public void Zero_variance_in_both_arms_has_no_interval_and_no_verdict()
    {
        var (goals, verdict) = Analyse(new ArmSummary(40, 0, 0), new ArmSummary(40, 0, 0));

        Assert.Equal(0, goals[0].AbsoluteLift);
        Assert.Null(goals[0].PValue);
        Assert.Contains("zero variance", goals[0].VerdictReason, StringComparison.Ordinal);
        Assert.Equal(Verdict.NotDecisionReady, verdict.Verdict);
    }

    [Fact]
    public void Nps_of_one_kind_of_answer_and_ratios_without_spread_state_their_reason_instead_of_a_p_value()
    {
        // NPS: 50 promoters an arm (+100 each): Σ = 5,000, Σ² = 500,000, so p₊ = 1, p₋ = 0 and the variance
        // 100²·(1 − 1²)/50 = 0. Ratio: customers with due 2 and 4 paying 1 and 2 (every ratio 0.5):
        // Σx = 3, Σx² = 5, Σy = 6, Σy² = 20, Σxy = 10, so s²ₓ = 0.5, sₓᵧ = 1, s²ᵧ = 2 and
        // 0.5 − 2·0.5·1 + 0.5²·2 = 0.
        // Sums that no +100/0/−100 values give: n = 10, Σ = 50, Σ² = 50 imply p₋ = (0.005 − 0.5)/20 < 0.
        var promoters = ArmStatistics.OfOutcome(new ArmSummary(50, 5_000, 500_000));
        var halves = new ArmStatistics(new ArmSummary(2, 3, 5), new RatioSums(6, 20, 10), PairedSums.None);
        var notNps = ArmStatistics.OfOutcome(new ArmSummary(10, 50, 50));

        var nps = Estimate(MetricKind.Nps, promoters, promoters);
        var ratio = Estimate(MetricKind.Ratio, halves, halves);
        var refused = Estimate(MetricKind.Nps, notNps, promoters);

        Assert.Equal((0.0, null), (nps.AbsoluteLift!.Value, nps.PValue));
        Assert.Contains("same kind of answer", nps.Note, StringComparison.Ordinal);
        Assert.Equal((0.0, null), (ratio.AbsoluteLift!.Value, ratio.PValue));
        Assert.Contains("same ratio of numerator to denominator", ratio.Note, StringComparison.Ordinal);
        Assert.Null(refused.PValue);
        Assert.Contains("do not come from +100/0/−100 values", refused.Note, StringComparison.Ordinal);
        Assert.All(
            [nps, ratio, refused],
            e => Assert.Equal(Verdict.NotDecisionReady, GoalJudgement.Judge(e, null).GoalVerdict));
    }

    [Fact]
    public void A_zero_baseline_leaves_out_the_relative_lift_but_not_the_verdict()
    {
        // Control 0 of 400, pilot 12 of 400: the absolute lift is 3 points and clear of zero; no relative lift.
        var (goals, _) = Analyse(new ArmSummary(400, 12, 12), new ArmSummary(400, 0, 0),
            BetterDirection.Increase);

        Assert.Null(goals[0].RelativeLift);
        Assert.Contains("zero baseline", goals[0].Note, StringComparison.Ordinal);
        Assert.Equal(Verdict.Met, goals[0].GoalVerdict);
    }

    [Theory]
    [InlineData("customers_in_both_arms", "2 customer(s) assigned to both arms")]
    [InlineData("outcomes_before_assignment", "2 outcome(s) dated on or before assignment counted")]
    [InlineData("assigned_outside_pilot_dates", "2 customer(s) assigned outside the pilot's dates")]
    public void A_failing_integrity_check_is_stated_on_every_goal_and_the_pilot(string check, string said)
    {
        var integrity = new[] { new IntegrityCheck("p1", check, 2, null) };

        var (goals, verdict) = Analyse(new ArmSummary(400, 40, 40), new ArmSummary(400, 80, 80), integrity: integrity);

        Assert.NotNull(goals[0].PValue);
        Assert.Equal(Verdict.NotDecisionReady, goals[0].GoalVerdict);
        Assert.Contains(said, goals[0].VerdictReason, StringComparison.Ordinal);
        Assert.Equal(Verdict.NotDecisionReady, verdict.Verdict);
        Assert.Contains(said, verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sample_ratio_mismatch_against_an_unequal_plan_is_not_decision_ready()
    {
        // Planned 80/20; 700 against 300 gives χ² = 100²/800 + 100²/200 = 62.5, p ≈ 2.7e-15 < 0.001.
        var pilot = Pilot with { PlannedSplit = 0.8 };
        var srm = SampleRatioCheck.Compute(700, 300, 0.8);

        var (goals, verdict) = PilotAnalysis.Analyse(
            pilot,
            [Inputs(new ArmSummary(700, 70, 70), new ArmSummary(300, 60, 60), BetterDirection.Decrease)],
            srm,
            []);

        Assert.Equal(Verdict.NotDecisionReady, goals[0].GoalVerdict);
        Assert.Contains("70.00% of assigned customers are in the pilot arm against 80.00% planned", verdict.Reason,
            StringComparison.Ordinal);
    }

    private static (IReadOnlyList<LiftEstimate> Goals, PilotVerdict Verdict) Analyse(
        ArmSummary pilot,
        ArmSummary control,
        BetterDirection direction = BetterDirection.Decrease,
        IReadOnlyList<IntegrityCheck>? integrity = null) =>
        PilotAnalysis.Analyse(
            Pilot,
            [Inputs(pilot, control, direction)],
            SampleRatioCheck.Compute(400, 400, 0.5),
            integrity ?? []);

    private static LiftEstimate Estimate(MetricKind kind, ArmStatistics pilot, ArmStatistics control) =>
        LiftCalculator.Estimate(
            new PilotMetric("p1", "Pilot one", "metric", kind, IsPrimary: true)
            {
                Direction = BetterDirection.Increase,
            },
            pilot,
            control,
            SampleRatioCheck.Compute(400, 400, 0.5));

    private static GoalInputs Inputs(ArmSummary pilot, ArmSummary control, BetterDirection direction) => new(
        new PilotMetric("p1", "Pilot one", "roll_rate", MetricKind.Rate, IsPrimary: true) { Direction = direction },
        ArmStatistics.OfOutcome(pilot),
        ArmStatistics.OfOutcome(control),
        PreTrend: null);
}
