using Warehouse.Reports.Monthly;

namespace Warehouse.Reports.Tests.Monthly;

/// <summary>
/// A portfolio title on the cover and in the running header: a long title shrinks to two lines on the cover,
/// and the header keeps the report's name whole, shortening only the title, at a word.
/// </summary>
public sealed class TitleTests
{
    // 72 characters, of the length the cover must fit on two lines.
    private const string LongTitle = "Northern Region Consumer Credit Cards and Personal Loans, Retail Banking";

    // Too long for the header line beside the month, which leaves room for about 85 characters.
    private const string LongerTitle =
        "Northern and Western Regions Consumer Credit Cards and Personal Loans, Retail Banking Division";

    private static readonly Lazy<PdfWords> LongTitleReport = new(() => Rendered(LongTitle));

    private static readonly Lazy<PdfWords> LongerTitleReport = new(() => Rendered(LongerTitle));

    [Fact]
    public void A_title_of_seventy_characters_sits_on_two_lines_of_the_cover_in_a_smaller_size()
    {
        var cover = LongTitleReport.Value.Pages[0];
        var month = PdfWords.Find(cover, "March 2024");
        var title = cover.Where(w => w.PointSize > 17 && w.Bottom < month.Top).ToList();

        Assert.Equal(LongTitle, string.Join(" ", title.Select(w => w.Text)));
        Assert.Equal(2, title.Select(w => Math.Round(w.Baseline)).Distinct().Count());
        Assert.All(title, w => Assert.InRange(w.PointSize, 18, 27.9));
        Assert.All(title, w => Assert.True(w.Right <= 545.3, $"'{w.Text}' runs past the right margin."));
    }

    [Fact]
    public void A_short_title_keeps_the_full_title_size()
    {
        var (style, lines) = CoverPage.TitleLines(SampleMonthlyReport.Portfolio, 495.28f);

        Assert.Equal(28, style.Size);
        Assert.Equal([SampleMonthlyReport.Portfolio], lines);
    }

    [Fact]
    public void A_title_too_long_for_five_lines_at_the_smallest_size_ends_in_an_ellipsis()
    {
        var title = string.Join(" ", Enumerable.Repeat("Consumer credit portfolio of the northern region", 8));

        var (style, lines) = CoverPage.TitleLines(title, 495.28f);

        Assert.Equal(18, style.Size);
        Assert.Equal(5, lines.Count);
        Assert.EndsWith("\u2026", lines[^1], StringComparison.Ordinal);
        Assert.All(lines, line => Assert.True(style.Measure(line) <= 495.28f, $"'{line}' is too wide."));
    }

    [Fact]
    public void The_running_header_keeps_the_report_name_whole_and_cuts_the_title_at_a_word()
    {
        var page = LongerTitleReport.Value.Pages[1];
        var month = PdfWords.Find(page, "March 2024");
        var header = page.Where(w => Math.Abs(w.Baseline - month.Baseline) < 0.5 && w.Right < month.Left).ToList();
        var text = string.Join(" ", header.Select(w => w.Text));

        Assert.StartsWith("Monthly leadership report \u00b7 Northern and Western", text, StringComparison.Ordinal);
        Assert.EndsWith("\u2026", text, StringComparison.Ordinal);
        var kept = text["Monthly leadership report \u00b7 ".Length..^1];
        // Whole words: what is kept is the title's start and ends where a word of the title ends.
        Assert.StartsWith(kept, LongerTitle, StringComparison.Ordinal);
        Assert.Contains(LongerTitle[kept.Length], " ,");
        Assert.True(header[^1].Right < month.Left - 12, "The header keeps clear of the month.");
    }

    private static PdfWords Rendered(string title) =>
        PdfWords.Read(RenderedSampleReport.Render(SampleMonthlyReport.Build() with { PortfolioTitle = title }));
}
