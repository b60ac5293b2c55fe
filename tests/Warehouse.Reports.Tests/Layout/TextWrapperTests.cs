using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Tests.Layout;

/// <summary>Line breaking measured with the report's body style.</summary>
public sealed class TextWrapperTests
{
    private static readonly TextStyle Style = ReportTheme.Body;

    [Fact]
    public void Text_that_fits_stays_on_one_line()
    {
        var text = "Cure rate";

        var lines = TextWrapper.Wrap(text, Style, Style.Measure(text));

        Assert.Equal([text], lines);
    }

    [Fact]
    public void Words_move_to_the_next_line_when_the_line_is_full_and_no_line_is_wider_than_the_width()
    {
        var text = "Accounts at least that many days past due at month end over accounts open at month end.";
        var width = Style.Measure("Accounts at least that many days");

        var lines = TextWrapper.Wrap(text, Style, width);

        Assert.Equal("Accounts at least that many days", lines[0]);
        Assert.Equal(text, string.Join(" ", lines));
        Assert.All(lines, line => Assert.True(Style.Measure(line) <= width, $"'{line}' is wider than {width}."));
    }

    [Fact]
    public void A_hyphenated_word_breaks_after_its_hyphen()
    {
        var width = Style.Measure("Not decision-");

        var lines = TextWrapper.Wrap("Not decision-ready", Style, width);

        Assert.Equal(["Not decision-", "ready"], lines);
    }

    [Fact]
    public void A_word_wider_than_the_width_is_split_between_characters()
    {
        var width = Style.Measure("missed_payment");

        var lines = TextWrapper.Wrap("missed_payment_after_digital_silence", Style, width);

        Assert.True(lines.Count > 1);
        Assert.Equal("missed_payment_after_digital_silence", string.Concat(lines));
        Assert.All(lines, line => Assert.True(Style.Measure(line) <= width, $"'{line}' is wider than {width}."));
    }

    [Fact]
    public void Explicit_line_breaks_are_kept()
    {
        var lines = TextWrapper.Wrap("Apr\n2023", Style, 500f);

        Assert.Equal(["Apr", "2023"], lines);
    }

    [Fact]
    public void Text_that_fits_keeps_every_word_and_no_ellipsis()
    {
        var text = "Consumer cards, UK";

        Assert.Equal(text, TextWrapper.Ellipsized(text, Style, Style.Measure(text)));
    }

    [Fact]
    public void Text_too_long_is_cut_after_the_last_whole_word_that_fits_with_the_ellipsis()
    {
        var text = "Northern Region Consumer Credit Cards and Personal Loans, Retail Banking";

        // Room for "...Personal Loans," and the ellipsis but not for "Retail": the comma goes, the word stays whole.
        var width = Style.Measure("Northern Region Consumer Credit Cards and Personal Loans, Ret");
        var shortened = TextWrapper.Ellipsized(text, Style, width);

        Assert.Equal("Northern Region Consumer Credit Cards and Personal Loans\u2026", shortened);
        Assert.True(Style.Measure(shortened) <= width);
    }

    [Fact]
    public void A_first_word_wider_than_the_room_is_cut_between_characters()
    {
        var width = Style.Measure("Supercalifrag\u2026");

        Assert.Equal("Supercalifrag\u2026", TextWrapper.Ellipsized("Supercalifragilistic portfolio", Style, width));
    }

    [Fact]
    public void Without_room_for_the_ellipsis_nothing_is_left()
    {
        Assert.Equal("", TextWrapper.Ellipsized("Consumer cards", Style, 1f));
    }
}
