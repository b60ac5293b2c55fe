using Warehouse.Etl.Lift;

namespace Warehouse.Etl.Tests.Lift;

public sealed class CupedAdjustmentTests
{
    // (outcome, pre-period value or null when the customer has none).
    private static readonly (double Y, double? X)[] Pilot = [(12, 10), (15, 12), (11, 9), (18, 14), (14, null)];
    private static readonly (double Y, double? X)[] Control = [(10, 10), (13, 13), (9, 8), (12, 11), (11, 10)];

    [Fact]
    public void The_adjusted_lift_matches_the_adjustment_worked_out_customer_by_customer()
    {
        // Independent route: give customers without a pre-period value the mean of the others' (x̄₀ = 97/9);
        // θ = pooled within-arm Σ(x − x̄)(y − ȳ) / Σ(x − x̄)²; each customer's adjusted value is y − θ·x, and
        // Welch's t on those values gives the adjusted lift, its variance and degrees of freedom.
        var fill = (10 + 12 + 9 + 14 + 10 + 13 + 8 + 11 + 10) / 9.0;
        var pilot = Pilot.Select(c => (c.Y, X: c.X ?? fill)).ToArray();
        var control = Control.Select(c => (c.Y, X: c.X ?? fill)).ToArray();
        var theta = (Cross(pilot) + Cross(control)) / (Spread(pilot) + Spread(control));
        var expected = WelchTest.Between(
            ArmSummary.FromValues(pilot.Select(c => c.Y - theta * c.X)),
            ArmSummary.FromValues(control.Select(c => c.Y - theta * c.X))).Estimate!;

        var (adjusted, estimatedTheta) = CupedAdjustment.Between(MetricKind.Mean, Arm(Pilot), Arm(Control));

        Assert.Equal(theta, estimatedTheta!.Value, 12);
        Assert.Equal(expected.Difference, adjusted.Estimate!.Difference, 10);
        Assert.Equal(expected.StandardError, adjusted.Estimate.StandardError, 10);
        Assert.Equal(expected.DegreesOfFreedom!.Value, adjusted.Estimate.DegreesOfFreedom!.Value, 8);
    }

    [Fact]
    public void The_estimate_shows_the_adjusted_lift_beside_the_raw_one_and_how_much_it_narrowed()
    {
        var metric = new PilotMetric("p1", "Pilot one", "balance_paid", MetricKind.Mean, IsPrimary: true)
        {
            Direction = BetterDirection.Increase,
        };

        var estimate = LiftCalculator.Estimate(metric, Arm(Pilot), Arm(Control), SampleRatioCheck.Compute(5, 5, 0.5));

        Assert.Equal(14 - 11, estimate.AbsoluteLift!.Value, 12);
        Assert.NotNull(estimate.CupedLift);
        Assert.Equal("cuped", estimate.DecisionBasis);
        Assert.Equal(
            1 - (estimate.CupedCiHigh - estimate.CupedCiLow)!.Value / (estimate.AbsoluteCiHigh - estimate.AbsoluteCiLow)!.Value,
            estimate.VarianceReduction!.Value,
            12);
        Assert.True(estimate.VarianceReduction > 0.3);
    }

    [Fact]
    public void Without_a_pre_period_value_or_for_a_ratio_or_a_constant_covariate_cuped_gives_a_reason()
    {
        var none = CupedAdjustment.Between(
            MetricKind.Mean, Arm(Pilot.Select(c => (c.Y, (double?)null)).ToArray()),
            Arm(Control.Select(c => (c.Y, (double?)null)).ToArray()));
        var ratio = CupedAdjustment.Between(MetricKind.Ratio, Arm(Pilot), Arm(Control));
        var constant = CupedAdjustment.Between(
            MetricKind.Mean,
            Arm(Pilot.Select(c => (c.Y, (double?)5)).ToArray()),
            Arm(Control.Select(c => (c.Y, (double?)5)).ToArray()));

        Assert.Contains("No customer has a pre-period value", none.Adjusted.Reason, StringComparison.Ordinal);
        Assert.Contains("not applied to ratio metrics", ratio.Adjusted.Reason, StringComparison.Ordinal);
        Assert.Contains("do not vary", constant.Adjusted.Reason, StringComparison.Ordinal);
    }

    private static ArmStatistics Arm((double Y, double? X)[] customers)
    {
        var paired = customers.Where(c => c.X is not null).ToArray();
        return new ArmStatistics(
            ArmSummary.FromValues(customers.Select(c => c.Y)),
            null,
            paired.Length == 0
                ? PairedSums.None
                : new PairedSums(
                    paired.Length,
                    paired.Sum(c => c.Y),
                    paired.Sum(c => c.Y * c.Y),
                    paired.Sum(c => c.X!.Value),
                    paired.Sum(c => c.X!.Value * c.X!.Value),
                    paired.Sum(c => c.Y * c.X!.Value)));
    }

    private static double Cross((double Y, double X)[] arm)
    {
        var (meanY, meanX) = (arm.Average(c => c.Y), arm.Average(c => c.X));
        return arm.Sum(c => (c.X - meanX) * (c.Y - meanY));
    }

    private static double Spread((double Y, double X)[] arm)
    {
        var meanX = arm.Average(c => c.X);
        return arm.Sum(c => (c.X - meanX) * (c.X - meanX));
    }
}
