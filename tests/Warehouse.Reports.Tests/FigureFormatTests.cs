namespace Warehouse.Reports.Tests;

/// <summary>How figures read: expected strings written out by hand from the rules in FigureFormat's summary.</summary>
public sealed class FigureFormatTests
{
    private const string Dash = "\u2014";

    [Theory]
    [InlineData(null, Dash)]
    [InlineData(double.NaN, Dash)]
    [InlineData(double.PositiveInfinity, Dash)]
    [InlineData(0d, "0.0%")]
    [InlineData(0.0004, "0.0%")]
    [InlineData(0.0432, "4.3%")]
    [InlineData(1d, "100.0%")]
    public void A_rate_reads_as_a_percentage_and_a_missing_one_as_a_dash(double? share, string expected)
    {
        Assert.Equal(expected, FigureFormat.Rate(share));
    }

    [Theory]
    [InlineData(null, Dash)]
    [InlineData(-0.012, "\u22121.2 pp")]
    [InlineData(-0.0004, "0.0 pp")]
    [InlineData(0d, "0.0 pp")]
    [InlineData(0.0004, "0.0 pp")]
    [InlineData(0.004, "+0.4 pp")]
    public void A_rate_change_reads_in_signed_percentage_points_and_rounds_to_an_unsigned_zero(
        double? change,
        string expected)
    {
        Assert.Equal(expected, FigureFormat.RateChange(change));
    }

    [Theory]
    [InlineData(-100d, "\u2212100.0")]
    [InlineData(0d, "0.0")]
    [InlineData(26.5, "26.5")]
    public void Nps_reads_with_one_decimal_and_a_typographic_minus(double score, string expected)
    {
        Assert.Equal(expected, FigureFormat.Nps(score));
    }

    [Theory]
    [InlineData(0.2, "0.200")]
    [InlineData(0.0015, "0.002")]
    [InlineData(0.001, "0.001")]
    [InlineData(0.00099, "<0.001")]
    [InlineData(0d, "<0.001")]
    public void A_p_value_reads_with_three_decimals_or_as_below_one_in_a_thousand(double p, string expected)
    {
        Assert.Equal(expected, FigureFormat.PValue(p));
    }

    [Theory]
    [InlineData(0.012, "p = 0.012")]
    [InlineData(0.00099, "p < 0.001")]
    [InlineData(double.NaN, "p = \u2014")]
    public void A_p_value_in_a_sentence_states_a_bound_without_an_equals_sign(double p, string expected)
    {
        Assert.Equal(expected, FigureFormat.PStatement(p));
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(999, "999")]
    [InlineData(999.4, "999")]
    [InlineData(999.5, "1.0k")]
    [InlineData(1000, "1.0k")]
    [InlineData(45678, "45.7k")]
    [InlineData(999_949, "999.9k")]
    [InlineData(999_950, "1.00m")]
    [InlineData(1_234_567, "1.23m")]
    [InlineData(999_995_000, "1.00bn")]
    [InlineData(-2_500, "\u22122.5k")]
    public void Money_reads_compactly_with_the_unit_chosen_after_rounding(double amount, string expected)
    {
        Assert.Equal(expected, FigureFormat.Money((decimal)amount));
    }

    [Theory]
    [InlineData(null, Dash)]
    [InlineData(-24d, "\u221224")]
    [InlineData(0d, "0")]
    [InlineData(1200d, "+1,200")]
    public void A_count_change_is_signed_with_thousands_separators(double? change, string expected)
    {
        Assert.Equal(expected, FigureFormat.CountChange(change));
    }

    [Fact]
    public void A_stored_identifier_reads_as_a_sentence_case_name()
    {
        var name = FigureFormat.Humanize("missed_payment_after_digital_silence");

        Assert.Equal("Missed payment after digital silence", name);
    }

    [Fact]
    public void Months_and_timestamps_read_in_english_whatever_the_machine_culture()
    {
        Assert.Equal("February 2024", FigureFormat.Month(new DateOnly(2024, 2, 29)));
        Assert.Equal("Feb 2024", FigureFormat.ShortMonth(new DateOnly(2024, 2, 29)));
        var loadedAt = new DateTime(2024, 4, 3, 6, 12, 59, DateTimeKind.Utc);
        Assert.Equal("2024-04-03 06:12 UTC", FigureFormat.Timestamp(loadedAt));
        Assert.Equal(Dash, FigureFormat.Timestamp(null));
    }
}
