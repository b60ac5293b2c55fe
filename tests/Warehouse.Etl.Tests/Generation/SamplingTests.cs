using Warehouse.Etl.Generation;

namespace Warehouse.Etl.Tests.Generation;

public sealed class SamplingTests
{
    [Theory]
    [InlineData(0.05)]
    [InlineData(0.4)]
    [InlineData(2.5)]
    public void Poisson_counts_average_to_their_mean(double mean)
    {
        // Midpoints of an even grid on (0, 1) integrate the inverse distribution function; a Poisson
        // distribution's mean is its parameter.
        const int points = 200_000;

        var average = Enumerable.Range(0, points).Average(i => Sampling.Poisson((i + 0.5) / points, mean, cap: 60));

        Assert.Equal(mean, average, 3);
    }

    [Fact]
    public void A_higher_mean_never_gives_a_lower_count_for_the_same_draw()
    {
        var draws = Enumerable.Range(0, 1_000).Select(i => (i + 0.5) / 1_000);

        var lower = draws.Select(u => Sampling.Poisson(u, 0.3, 8));
        var higher = draws.Select(u => Sampling.Poisson(u, 0.3 * EarlyOutreachPilot.DigitalMultiplier, 8));

        Assert.All(lower.Zip(higher), pair => Assert.True(pair.First <= pair.Second));
        Assert.True(higher.Sum() > lower.Sum());
    }

    [Theory]
    [InlineData(0.5, 0.0)]
    [InlineData(0.975, 1.959964)]
    [InlineData(0.025, -1.959964)]
    [InlineData(0.8413447, 1.0)]
    public void Standard_normal_values_match_the_published_quantiles(double uniform, double expected)
    {
        // Quantiles of the standard normal distribution from printed tables (for example 97.5% at 1.959964).
        Assert.Equal(expected, Sampling.StandardNormal(uniform), 5);
    }

    [Theory]
    [InlineData(0.0, 3)]
    [InlineData(0.2499, 3)]
    [InlineData(0.25, 4)]
    [InlineData(0.9999, 6)]
    public void Between_spreads_a_draw_evenly_over_the_integers_of_a_range(double uniform, int expected)
    {
        Assert.Equal(expected, Sampling.Between(uniform, 3, 6));
    }
}
