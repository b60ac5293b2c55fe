using Warehouse.Reports.Monthly;
using Warehouse.Reports.Pilots;

namespace Warehouse.Reports.Tests.Pilots;

/// <summary>
/// A hand-made randomised pilot with a primary, a guardrail and a secondary goal. Its arms are 620 against 380
/// customers on a planned 50/50 split: chi-square = (620 − 500)²/500 + (380 − 500)²/500 = 57.6, p ≈ 3e-14, a
/// sample-ratio failure, so the lift job would call it not decision-ready.
/// </summary>
internal static class SamplePilotReport
{
    public const string Reason =
        "Not decision-ready: the sample-ratio check failed (62.0% in the pilot arm against 50.0% planned, "
        + "p = 3.2e-14); the assignment must be explained before any figure is used.";

    public static PilotReport WithSampleRatioFailure() => new(
        new Pilot("srm-pilot", "Crafted mismatch", "Risk Analytics", new DateOnly(2024, 1, 1),
            new DateOnly(2024, 2, 29), 60, 0.5, new DateOnly(2024, 1, 2), new DateOnly(2024, 4, 29)),
        1000,
        new PilotVerdictSummary("srm-pilot", "Crafted mismatch", "randomised", "complete", "roll_to_30_plus_rate",
            "not_decision_ready", Reason, 0.62, 0.5, 3.2e-14, 0, IsDecisionReady: false),
        [
            Goal("roll_to_30_plus_rate", "rate", "primary", "decrease", null, -0.031, -0.062, 0.0),
            Goal("nps", "nps", "guardrail", "increase", 2, 3.5, -4.1, 11.1),
            Goal("engagement_rate", "rate", "secondary", "increase", null, 0.042, 0.01, 0.074),
        ],
        [
            new CovariateBalance("bureau_score", 620, 640.2, 40.1, 380, 655.9, 41.3, -0.386),
            new CovariateBalance("balance", 620, 1200, 300, 380, 1190, 310, 0.033),
            new CovariateBalance("months_on_book", 0, null, null, 0, null, null, null),
        ],
        [
            new IntegrityResult("customers_in_both_arms", 0, "passed"),
            new IntegrityResult("outcomes_before_assignment", 0, "passed"),
        ],
        [
            new GoalPower("roll_to_30_plus_rate", "rate", "primary", 0.05, 0.8, 1000, "planned", 0.06, 0.4, -0.031,
                3640, null),
        ],
        [
            new MonthlyGoalLift("roll_to_30_plus_rate", new DateOnly(2024, 3, 31), 300, 190, -0.02, -0.07, 0.03, 0.4),
            new MonthlyGoalLift("roll_to_30_plus_rate", new DateOnly(2024, 4, 30), 620, 380, -0.031, -0.062, 0.0, 0.05),
            new MonthlyGoalLift("roll_to_30_plus_rate", new DateOnly(2024, 5, 31), 620, 380, -0.031, -0.062, 0.0, 0.05),
        ],
        [new MetricDefinition("roll_to_30_plus_rate", "rate", "1 when any account is 30+ days past due.")],
        new DateTime(2024, 5, 3, 6, 0, 0, DateTimeKind.Utc));

    private static PilotGoal Goal(
        string metric,
        string kind,
        string role,
        string direction,
        double? margin,
        double lift,
        double low,
        double high) =>
        new(
            "srm-pilot", metric, kind, role, direction, margin, "randomised", 620, 380, 0.5, 0.5 - lift,
            lift, low, high, lift / 0.5, 0.04, null, null, null, null, null, null, null, null, null, null, null,
            "raw", role == "secondary" ? 0.04 : null, "not_decision_ready",
            "Not decision-ready: the pilot failed its sample-ratio check.", null);
}
