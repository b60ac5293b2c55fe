using Warehouse.Etl.Lift;

namespace Warehouse.Etl.Tests.Lift;

public sealed class ArmSummaryTests
{
    [Fact]
    public void Mean_and_variance_of_a_small_arm_match_the_textbook_figures()
    {
        // {2, 4, 6, 8}: mean 20/4 = 5; squared deviations 9 + 1 + 1 + 9 = 20; variance 20/(4 − 1) = 20/3.
        var arm = ArmSummary.FromValues([2, 4, 6, 8]);

        Assert.Equal(4, arm.Customers);
        Assert.Equal(5, arm.Mean);
        Assert.Equal(20.0 / 3, arm.Variance!.Value, 14);
    }

    [Fact]
    public void Variance_stays_exact_when_the_mean_dwarfs_the_spread()
    {
        // {47000000, 47000002, 47000003}: mean 47000001 + 2/3, squared deviations 25/9 + 1/9 + 16/9 = 42/9,
        // variance 42/9 / 2 = 7/3. The stored sums are exact, but (Σx)² = 2.0e16 is not representable: the
        // textbook (Σx² − (Σx)²/n)/(n − 1) in doubles gives 2.5 (worked out with exact fractions).
        var arm = new ArmSummary(3, 141000005, 47000000.0 * 47000000 + 47000002.0 * 47000002 + 47000003.0 * 47000003);
        var textbook = (arm.SumOfSquares - arm.Sum * arm.Sum / 3) / 2;

        Assert.Equal(2.5, textbook);
        Assert.Equal(7.0 / 3, arm.Variance!.Value, 14);
    }

    [Fact]
    public void A_constant_arm_never_has_a_negative_variance()
    {
        // Seven values of 0.3 (not a binary fraction): the rounded sums give Σx² − (Σx)²/n = −1.6e-16 when
        // worked out with exact fractions, and the textbook formula in doubles gives −1.1e-16.
        var arm = ArmSummary.FromValues(Enumerable.Repeat(0.3, 7));
        var textbook = (arm.SumOfSquares - arm.Sum * arm.Sum / 7) / 6;

        Assert.True(textbook < 0);
        Assert.Equal(0, arm.Variance);
    }

    [Fact]
    public void A_constant_arm_of_integers_has_exactly_zero_variance()
    {
        Assert.Equal(0, ArmSummary.FromValues(Enumerable.Repeat(1.0, 5_000)).Variance);
        Assert.Equal(0, ArmSummary.FromValues(Enumerable.Repeat(-100.0, 301)).Variance);
    }

    [Theory]
    [InlineData(0, false, false)]
    [InlineData(1, true, false)]
    [InlineData(2, true, true)]
    public void Mean_needs_one_customer_and_variance_two(long customers, bool hasMean, bool hasVariance)
    {
        var arm = new ArmSummary(customers, customers * 3.0, customers * 9.0);

        Assert.Equal(hasMean, arm.Mean is not null);
        Assert.Equal(hasVariance, arm.Variance is not null);
    }

    [Fact]
    public void Negative_or_non_finite_figures_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArmSummary(-1, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArmSummary(2, double.NaN, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArmSummary(2, 1, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArmSummary(2, 1, double.PositiveInfinity));
    }
}
