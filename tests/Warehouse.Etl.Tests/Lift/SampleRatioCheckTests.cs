using MathNet.Numerics.Distributions;
using Warehouse.Etl.Lift;

namespace Warehouse.Etl.Tests.Lift;

public sealed class SampleRatioCheckTests
{
    [Fact]
    public void A_small_imbalance_at_an_even_plan_is_not_a_mismatch()
    {
        // 50,000 vs 50,600 planned 50/50: expected 50,300 each; χ² = 300²/50,300 + 300²/50,300 = 3.578529;
        // with 1 df, P(χ² ≥ x) = P(|Z| ≥ √x) = erfc(√(x/2)) = erfc(1.337629) = 0.058531.
        var check = SampleRatioCheck.Compute(50_000, 50_600, 0.5);

        Assert.Equal(50_000.0 / 100_600, check.ObservedShare!.Value, 12);
        Assert.Equal(3.5785288270377733, check.ChiSquare!.Value, 10);
        Assert.Equal(0.058530965566157646, check.PValue!.Value, 10);
        Assert.False(check.IsMismatch);
    }

    [Fact]
    public void The_check_tests_against_an_uneven_plan()
    {
        // Planned 80/20. 8,000 vs 2,150: expected 8,120 and 2,030; χ² = 120²/8,120 + 120²/2,030 = 8.866995,
        // p = erfc(√(8.866995/2)) = 0.0029037: uneven but above 0.001. 8,000 vs 2,300: expected 8,240 and 2,060;
        // χ² = 240²/8,240 + 240²/2,060 = 34.951456, p = 3.3803e-9: a mismatch.
        var close = SampleRatioCheck.Compute(8_000, 2_150, 0.8);
        var off = SampleRatioCheck.Compute(8_000, 2_300, 0.8);

        Assert.Equal(8.866995073891626, close.ChiSquare!.Value, 9);
        Assert.Equal(0.0029037272465492286, close.PValue!.Value, 12);
        Assert.False(close.IsMismatch);
        Assert.Equal(34.95145631067961, off.ChiSquare!.Value, 9);
        Assert.Equal(1, off.PValue!.Value / 3.380284801288736e-09, 9);
        Assert.True(off.IsMismatch);
    }

    [Fact]
    public void The_same_counts_against_an_even_plan_give_a_vanishing_but_positive_p_value()
    {
        // 8,000 vs 2,150 at 50/50: χ² = 2 × 2,925²/5,075 = 3,371.67; the true tail is about 1e-733, below the
        // smallest double, so it is reported as that bound (2^-1074) rather than 0 or NaN.
        var check = SampleRatioCheck.Compute(8_000, 2_150, 0.5);

        Assert.Equal(3371.6748768472908, check.ChiSquare!.Value, 8);
        Assert.Equal(double.Epsilon, check.PValue);
        Assert.True(check.IsMismatch);
    }

    [Fact]
    public void The_tail_agrees_with_one_minus_mathnet_chi_squared_cdf_where_that_is_accurate()
    {
        // Cross-check the direct upper tail against MathNet's ChiSquared lower tail at ordinary values.
        var check = SampleRatioCheck.Compute(1_030, 970, 0.5);

        Assert.Equal(1 - ChiSquared.CDF(1, check.ChiSquare!.Value), check.PValue!.Value, 13);
    }

    [Fact]
    public void Without_assigned_customers_there_is_no_check_and_no_mismatch()
    {
        var check = SampleRatioCheck.Compute(0, 0, 0.5);

        Assert.Null(check.ObservedShare);
        Assert.Null(check.PValue);
        Assert.False(check.IsMismatch);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.2)]
    [InlineData(double.NaN)]
    public void A_planned_split_outside_zero_to_one_is_refused(double planned)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleRatioCheck.Compute(10, 10, planned));
    }
}
