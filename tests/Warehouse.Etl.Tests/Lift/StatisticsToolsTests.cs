using MathNet.Numerics.Distributions;
using Warehouse.Etl.Lift;

namespace Warehouse.Etl.Tests.Lift;

/// <summary>Holm, the pre-period trend check, power and the Student t quantile.</summary>
public sealed class StatisticsToolsTests
{
    [Fact]
    public void Holm_adjusts_step_down_and_keeps_the_order_given()
    {
        // Sorted: 0.005 × 4 = 0.02; 0.01 × 3 = 0.03; 0.03 × 2 = 0.06; 0.04 × 1 = 0.04, raised to 0.06 so the
        // adjusted values never fall as the raw ones rise (Holm 1979). The missing p-value stays missing.
        var adjusted = HolmAdjustment.Adjust([0.01, 0.04, null, 0.03, 0.005]);

        Assert.Equal([0.03, 0.06, null, 0.06, 0.02], adjusted.Select(p => p is { } v ? Math.Round(v, 12) : (double?)null));
    }

    [Fact]
    public void Holm_never_exceeds_one()
    {
        Assert.Equal([1.0, 1.0], HolmAdjustment.Adjust([0.6, 0.9]));
    }

    [Fact]
    public void A_flat_gap_passes_the_trend_check_and_a_growing_one_fails()
    {
        var flat = PreTrendCheck.Of(Months(gapPerMonth: 0));
        var growing = PreTrendCheck.Of(Months(gapPerMonth: 0.05));

        Assert.Equal(0, flat.Slope!.Value, 12);
        Assert.True(flat.Passes);
        // Equal weights: the slope is the least-squares slope of the gaps 0.05·k on k, i.e. 0.05.
        Assert.Equal(0.05, growing.Slope!.Value, 10);
        Assert.False(growing.Passes);
    }

    [Fact]
    public void Fewer_than_three_usable_months_leave_the_trend_unchecked_with_a_reason()
    {
        var check = PreTrendCheck.Of(Months(gapPerMonth: 0).Take(2));

        Assert.Null(check.PValue);
        Assert.False(check.Passes);
        Assert.Contains("needs 3", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_minimum_detectable_effect_and_the_size_needed_are_each_others_inverse()
    {
        // σ = 1, α = 0.05, power 0.8, even split: 126 customers detect δ = (1.959964 + 0.841621)·√(4/126)
        // = 0.49916; and δ = 0.5 needs 4 × 2.801585² / 0.25 = 125.58 → 126 customers (63 an arm, the textbook
        // normal-approximation figure for an effect of half a standard deviation).
        var mde = PowerCalculation.MinimumDetectableEffect(1, 126, 0.5, 0.05, 0.8);
        var needed = PowerCalculation.CustomersNeeded(1, 0.5, 0.5, 0.05, 0.8);

        Assert.Equal(2.801585218113 * Math.Sqrt(4.0 / 126), mde, 9);
        Assert.Equal(126, needed);
        Assert.Null(PowerCalculation.CustomersNeeded(1, 0, 0.5, 0.05, 0.8));
    }

    [Fact]
    public void An_unequal_split_needs_more_customers_for_the_same_effect()
    {
        // 1/s + 1/(1 − s): 4 at 50/50, 6.25 at 80/20.
        var even = PowerCalculation.CustomersNeeded(2, 0.4, 0.5, 0.05, 0.8)!.Value;
        var uneven = PowerCalculation.CustomersNeeded(2, 0.4, 0.8, 0.05, 0.8)!.Value;

        Assert.Equal(6.25 / 4, (double)uneven / even, 2);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2.5)]
    [InlineData(4)]
    [InlineData(37.3)]
    public void The_student_t_quantile_inverts_the_distribution_function(double degreesOfFreedom)
    {
        var t = TailProbability.StudentTCritical(0.95, degreesOfFreedom);

        Assert.Equal(0.975, StudentT.CDF(0, 1, degreesOfFreedom, t), 13);
    }

    [Fact]
    public void With_millions_of_degrees_of_freedom_the_t_quantile_is_the_normal_one()
    {
        // The t quantile exceeds the normal 1.959964 by about (z³ + z)/(4ν) = 1.2e-6 at ν = 2,000,000.
        var t = TailProbability.StudentTCritical(0.95, 2_000_000);

        Assert.Equal(1.959963984540054 + (Math.Pow(1.959963984540054, 3) + 1.959963984540054) / 8_000_000, t, 9);
    }

    private static IEnumerable<(int, ArmSummary, ArmSummary)> Months(double gapPerMonth)
    {
        // 1,000 customers an arm with variance 0.25 each month; the pilot arm's mean moves by the gap.
        for (var offset = -6; offset <= -1; offset++)
        {
            var pilotMean = 0.5 + gapPerMonth * offset;
            yield return (offset, Arm(1_000, pilotMean, 0.25), Arm(1_000, 0.5, 0.25));
        }
    }

    private static ArmSummary Arm(long customers, double mean, double variance) =>
        new(customers, customers * mean, customers * mean * mean + (customers - 1) * variance);
}
