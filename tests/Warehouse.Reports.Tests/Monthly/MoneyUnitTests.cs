namespace Warehouse.Reports.Tests.Monthly;

/// <summary>
/// One unit per column of money amounts (the segment table's balances): the smallest of plain, k, m and bn in
/// which the column's largest amount reads under 10,000 once rounded. Expected strings worked by hand.
/// </summary>
public sealed class MoneyUnitTests
{
    [Fact]
    public void Balances_of_the_real_sample_read_in_millions_with_one_decimal_each()
    {
        // The public sample's two cells and total: 1,240,180,000 + 297,180,000 = 1,537,360,000, which is
        // 1,537.4 in millions (under 10,000) but 1,537,360.0 in thousands.
        decimal[] column = [1_240_180_000m, 297_180_000m, 0m, 1_537_360_000m];

        var unit = MoneyUnit.For(column);

        Assert.Equal(["1,240.2m", "297.2m", "0.0m", "1,537.4m"], column.Select(unit.Format));
    }

    [Fact]
    public void A_cell_under_a_million_reads_in_the_columns_millions_not_in_thousands()
    {
        decimal[] column = [49_100_000m, 799_700m, 105_670_000m];

        var unit = MoneyUnit.For(column);

        Assert.Equal(["49.1m", "0.8m", "105.7m"], column.Select(unit.Format));
    }

    [Theory]

    // The boundary ladder between thousands and millions: 9,999.949k rounds to 9,999.9k; 9,999.95k to 10,000.0k,
    // which is four digits too many, so millions.
    [InlineData(9_999_949, "9,999.9k")]
    [InlineData(9_999_950, "10.0m")]
    [InlineData(9_999, "9,999")]
    [InlineData(10_000, "10.0k")]
    [InlineData(12_345_678_900_000, "12,345.7bn")]
    public void The_largest_amount_picks_the_unit(long amount, string expected)
    {
        var unit = MoneyUnit.For([amount, 0m]);

        Assert.Equal(expected, unit.Format(amount));
    }

    [Fact]
    public void A_negative_amount_keeps_its_minus_unless_it_rounds_to_zero()
    {
        var unit = MoneyUnit.For([20_000_000m]);

        Assert.Equal("\u22121.5m", unit.Format(-1_500_000m));
        Assert.Equal("0.0m", unit.Format(-40m));
    }

    [Fact]
    public void An_empty_column_reads_in_plain_units()
    {
        Assert.Equal("0", MoneyUnit.For([]).Format(0m));
    }
}
