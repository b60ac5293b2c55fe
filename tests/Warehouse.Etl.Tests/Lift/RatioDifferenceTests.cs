using Warehouse.Etl.Lift;

namespace Warehouse.Etl.Tests.Lift;

public sealed class RatioDifferenceTests
{
    private static readonly (double Paid, double Due)[] PilotCustomers = [(80, 100), (40, 50), (150, 200), (10, 40)];
    private static readonly (double Paid, double Due)[] ControlCustomers = [(50, 100), (30, 60), (90, 150), (5, 50)];

    [Fact]
    public void The_delta_method_variance_matches_the_linearised_customers_worked_out_one_by_one()
    {
        // Independent route: R = Σx/Σy; each customer's linearised value zᵢ = (xᵢ − R·yᵢ)/ȳ has mean 0, and
        // Var(R) ≈ var(z)/n with the sample variance of the zᵢ. The estimator works from the sums alone.
        var estimate = RatioDifference.Between(Arm(PilotCustomers), Arm(ControlCustomers)).Estimate!;

        Assert.Equal(280.0 / 390, estimate.PilotValue, 12);
        Assert.Equal(175.0 / 360, estimate.ControlValue, 12);
        Assert.Equal(LinearisedVariance(PilotCustomers), estimate.PilotVariance, 12);
        Assert.Equal(LinearisedVariance(ControlCustomers), estimate.ControlVariance, 12);
        Assert.Null(estimate.DegreesOfFreedom);
        Assert.Equal("delta_method_ratio", estimate.Method);
    }

    [Fact]
    public void Leaving_out_the_covariance_term_would_overstate_the_uncertainty()
    {
        // Paid and due rise together, so the covariance term −2R·sₓᵧ takes a large share off the variance.
        var arm = Arm(PilotCustomers);
        var withCovariance = RatioDifference.Linearised(arm.Outcome, arm.Ratio!)!.Value.PerCustomerVariance;
        var noCovariance = RatioDifference.Linearised(
            arm.Outcome, arm.Ratio! with { ValueDenominatorSum = 280.0 * 390 / 4 })!.Value.PerCustomerVariance;

        Assert.True(withCovariance < noCovariance / 4, $"{withCovariance} against {noCovariance}");
    }

    [Fact]
    public void A_zero_denominator_or_missing_denominator_sums_give_a_reason()
    {
        var zero = RatioDifference.Between(
            Arm(PilotCustomers), new ArmStatistics(new ArmSummary(3, 0, 0), new RatioSums(0, 0, 0), PairedSums.None));
        var missing = RatioDifference.Between(Arm(PilotCustomers), ArmStatistics.OfOutcome(new ArmSummary(3, 3, 5)));

        Assert.Contains("denominators of an arm sum to zero", zero.Reason, StringComparison.Ordinal);
        Assert.Contains("no denominator sums", missing.Reason, StringComparison.Ordinal);
    }

    private static ArmStatistics Arm((double Paid, double Due)[] customers) => new(
        ArmSummary.FromValues(customers.Select(c => c.Paid)),
        new RatioSums(
            customers.Sum(c => c.Due), customers.Sum(c => c.Due * c.Due), customers.Sum(c => c.Paid * c.Due)),
        PairedSums.None);

    private static double LinearisedVariance((double Paid, double Due)[] customers)
    {
        var ratio = customers.Sum(c => c.Paid) / customers.Sum(c => c.Due);
        var meanDue = customers.Average(c => c.Due);
        var z = customers.Select(c => (c.Paid - ratio * c.Due) / meanDue).ToArray();
        var mean = z.Average();
        return z.Sum(v => (v - mean) * (v - mean)) / (z.Length - 1) / z.Length;
    }
}
