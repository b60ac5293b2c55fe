using Warehouse.Etl.Lift;

namespace Warehouse.Etl.Tests.Lift;

public sealed class MetricKindsTests
{
    [Theory]
    [InlineData("rate", MetricKind.Rate)]
    [InlineData("mean", MetricKind.Mean)]
    [InlineData("nps", MetricKind.Nps)]
    [InlineData(" NPS ", MetricKind.Nps)]
    [InlineData("count", MetricKind.Count)]
    [InlineData("Ratio", MetricKind.Ratio)]
    public void Stored_names_parse_to_their_kind(string name, MetricKind expected)
    {
        Assert.Equal(expected, MetricKinds.Parse(name));
    }

    [Fact]
    public void Every_kind_round_trips_through_its_name()
    {
        foreach (var kind in Enum.GetValues<MetricKind>())
        {
            Assert.Equal(kind, MetricKinds.Parse(kind.ToName()));
        }
    }

    [Theory]
    [InlineData("share")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unknown_name_is_refused_with_the_accepted_ones(string? name)
    {
        var error = Assert.Throws<WarehouseException>(() => MetricKinds.Parse(name));

        Assert.Contains("rate, mean, count, nps, ratio", error.Message, StringComparison.Ordinal);
        Assert.False(MetricKinds.TryParse(name, out _));
    }
}
