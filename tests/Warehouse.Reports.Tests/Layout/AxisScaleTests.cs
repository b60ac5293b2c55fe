using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Tests.Layout;

/// <summary>
/// Axis ranges worked by hand: headroom is 8% of the values' spread on each side, the step the smallest of
/// 1, 2 or 5 times a power of ten at least (range with headroom) / ticks, and the ends rounded out to steps.
/// </summary>
public sealed class AxisScaleTests
{
    [Fact]
    public void The_delinquency_rates_a_newcomer_saw_outside_the_ticks_now_sit_inside_them()
    {
        // 90+ at 2.4% sat below the lowest tick, 30+ by balance at 6.4% above the top one. Spread 4, headroom
        // 0.32: 2.08 to 6.72; step at least 4.64 / 6 = 0.77, so 1; ends rounded out to 2 and 7.
        var scale = AxisScale.Around([2.4, 3.4, 4.8, 6.4], ticks: 6, floor: 0, ceiling: 100)!;

        Assert.Equal(new AxisScale(2, 7, 1), scale);
        Assert.Equal([2, 3, 4, 5, 6, 7], scale.Ticks());
    }

    [Fact]
    public void An_engagement_rate_of_64_percent_gets_a_tick_above_it()
    {
        // 22.8 to 64.8: spread 42, headroom 3.36, so 19.44 to 68.16; step at least 48.72 / 4 = 12.2, so 20.
        var scale = AxisScale.Around([22.8, 33.7, 64.8], ticks: 4, floor: 0, ceiling: 100)!;

        Assert.Equal(new AxisScale(0, 80, 20), scale);
    }

    [Fact]
    public void A_negative_nps_keeps_clear_of_the_frame_on_both_sides()
    {
        // -25.2 to -6: spread 19.2, headroom 1.536, so -26.736 to -4.464; step at least 5.57, so 10.
        var scale = AxisScale.Around([-25.2, -15.2, -6], ticks: 4, floor: -100, ceiling: 100)!;

        Assert.Equal(new AxisScale(-30, 0, 10), scale);
        Assert.True(scale.Low < -25.2 - (19.2 * AxisScale.Headroom));
        Assert.True(scale.High > -6 + (19.2 * AxisScale.Headroom));
    }

    [Fact]
    public void A_flat_series_gets_a_range_around_it_with_finer_ticks()
    {
        // Spread taken as 20% of 40 = 8, headroom 0.64: 39.36 to 40.64; step at least 0.32, so 0.5.
        var scale = AxisScale.Around([40, 40, 40], ticks: 4)!;

        Assert.Equal(new AxisScale(39, 41, 0.5), scale);
        Assert.Equal(1, scale.Decimals);
        Assert.Equal([39, 39.5, 40, 40.5, 41], scale.Ticks());
    }

    [Fact]
    public void A_share_never_gets_a_negative_tick_even_at_zero()
    {
        var scale = AxisScale.Around([0, 1.5, 3], ticks: 4, floor: 0, ceiling: 100)!;

        Assert.Equal(0, scale.Low);
        Assert.True(scale.High >= 3 + (3 * AxisScale.Headroom));
    }

    [Fact]
    public void Without_a_finite_value_there_is_no_scale()
    {
        Assert.Null(AxisScale.Around([], ticks: 4));
        Assert.Null(AxisScale.Around([double.NaN, double.PositiveInfinity], ticks: 4));
    }

    [Theory]
    [InlineData(0.05, 2)]
    [InlineData(0.1, 1)]
    [InlineData(0.5, 1)]
    [InlineData(1, 0)]
    [InlineData(20, 0)]
    public void Tick_labels_carry_the_decimals_their_step_needs(double step, int decimals)
    {
        Assert.Equal(decimals, new AxisScale(0, step * 4, step).Decimals);
    }

    [Theory]
    [InlineData(0.0004, 0.0131)]
    [InlineData(-3.2, 180.5)]
    [InlineData(99.1, 99.9)]
    [InlineData(-100, 100)]
    public void Every_value_lies_between_the_end_ticks_and_the_ends_are_whole_steps(double min, double max)
    {
        var scale = AxisScale.Around([min, (min + max) / 2, max], ticks: 5, floor: -100, ceiling: 100)!;

        Assert.InRange(min, scale.Low, scale.High);
        Assert.InRange(max, scale.Low, scale.High);
        var ticks = scale.Ticks();
        Assert.Equal(scale.Low, ticks[0]);
        Assert.Equal(scale.High, ticks[^1]);
        Assert.InRange(ticks.Count, 3, 8);
    }
}
