using Warehouse.Etl.Lift;

namespace Warehouse.Etl.Tests.Lift;

public sealed class GoalJudgementTests
{
    // z for 95%: an estimate d with variance v has the interval d ± 1.959964·√v; √v = 0.1 / 1.959964 makes it
    // d ± 0.1 exactly.
    private static readonly double UnitVariance = Math.Pow(0.1 / 1.959963984540054, 2);

    [Theory]
    [InlineData(BetterDirection.Increase, 0.2, Verdict.Met)]
    [InlineData(BetterDirection.Increase, 0.1001, Verdict.Met)]
    [InlineData(BetterDirection.Increase, 0.0999, Verdict.Inconclusive)]
    [InlineData(BetterDirection.Increase, 0, Verdict.Inconclusive)]
    [InlineData(BetterDirection.Increase, -0.0999, Verdict.Inconclusive)]
    [InlineData(BetterDirection.Increase, -0.1001, Verdict.NotMet)]
    [InlineData(BetterDirection.Decrease, -0.2, Verdict.Met)]
    [InlineData(BetterDirection.Decrease, 0.2, Verdict.NotMet)]
    public void A_primary_goal_is_met_when_the_interval_clears_zero_on_the_better_side(
        BetterDirection direction, double lift, Verdict expected)
    {
        var judged = GoalJudgement.Judge(Goal(GoalRole.Primary, direction, lift), pilotBlocker: null);

        Assert.Equal(expected, judged.GoalVerdict);
    }

    [Theory]
    [InlineData(BetterDirection.Increase, 0, Verdict.Met)]
    [InlineData(BetterDirection.Increase, -1.85, Verdict.Met)]
    [InlineData(BetterDirection.Increase, -1.95, Verdict.Inconclusive)]
    [InlineData(BetterDirection.Increase, -2.05, Verdict.Inconclusive)]
    [InlineData(BetterDirection.Increase, -2.15, Verdict.NotMet)]
    [InlineData(BetterDirection.Decrease, 1.85, Verdict.Met)]
    [InlineData(BetterDirection.Decrease, 2.15, Verdict.NotMet)]
    public void A_guardrail_holds_when_the_interval_excludes_a_worsening_beyond_its_margin(
        BetterDirection direction, double lift, Verdict expected)
    {
        // Margin 2: the interval lift ± 0.1 must keep the worsening below 2 (met) or lie wholly beyond it (not met).
        var goal = Goal(GoalRole.Guardrail, direction, lift) with { Margin = 2 };

        var judged = GoalJudgement.Judge(goal, pilotBlocker: null);

        Assert.Equal(expected, judged.GoalVerdict);
    }

    [Theory]
    [InlineData(0.3, 0.01, Verdict.Met)]
    [InlineData(-0.3, 0.01, Verdict.NotMet)]
    [InlineData(0.3, 0.05, Verdict.Inconclusive)]
    public void A_secondary_goal_is_judged_on_its_holm_adjusted_p_value(double lift, double adjusted, Verdict expected)
    {
        var goal = Goal(GoalRole.Secondary, BetterDirection.Increase, lift) with { AdjustedPValue = adjusted };

        var judged = GoalJudgement.Judge(goal, pilotBlocker: null);

        Assert.Equal(expected, judged.GoalVerdict);
        Assert.Contains("Holm-adjusted p", judged.VerdictReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1e-15, "Met: Holm-adjusted p < 1e-12 with")]
    [InlineData(0.0003, "Met: Holm-adjusted p = 0.0003 with")]
    public void A_reason_states_a_tiny_p_value_as_a_bound(double adjusted, string expected)
    {
        var goal = Goal(GoalRole.Secondary, BetterDirection.Increase, 0.3) with { AdjustedPValue = adjusted };

        var judged = GoalJudgement.Judge(goal, pilotBlocker: null);

        Assert.StartsWith(expected, judged.VerdictReason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pilot_blocker_a_missing_direction_or_margin_makes_a_goal_not_decision_ready()
    {
        var blocked = GoalJudgement.Judge(Goal(GoalRole.Primary, BetterDirection.Increase, 1), "The split is broken.");
        var undirected = GoalJudgement.Judge(Goal(GoalRole.Primary, BetterDirection.Increase, 1) with
        {
            Direction = null,
        }, null);
        var marginless = GoalJudgement.Judge(Goal(GoalRole.Guardrail, BetterDirection.Increase, 1), null);

        Assert.Equal((Verdict.NotDecisionReady, "The split is broken."), (blocked.GoalVerdict, blocked.VerdictReason));
        Assert.Equal(Verdict.NotDecisionReady, undirected.GoalVerdict);
        Assert.Contains("no positive non-inferiority margin", marginless.VerdictReason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reason_names_the_interval_in_the_metrics_unit()
    {
        // A rate's lift of −0.2 ± 0.1 is −30 to −10 percentage points.
        var goal = Goal(GoalRole.Primary, BetterDirection.Decrease, -0.2) with { MetricKind = MetricKind.Rate };

        var judged = GoalJudgement.Judge(goal, null);

        Assert.Equal(
            "Met: the 95% interval of the lift, [-30.00, -10.00] pp, lies wholly on the better side of zero (lower "
            + "is better).",
            judged.VerdictReason);
    }

    private static LiftEstimate Goal(GoalRole role, BetterDirection direction, double lift) => new()
    {
        PilotId = "p1",
        PilotName = "Pilot one",
        Metric = "metric",
        MetricKind = MetricKind.Mean,
        Role = role,
        Direction = direction,
        DecisionBasis = LiftCalculator.RawBasis,
        Decision = new DifferenceEstimate(lift, UnitVariance, 0, 0, DegreesOfFreedom: null, "test"),
    };
}
