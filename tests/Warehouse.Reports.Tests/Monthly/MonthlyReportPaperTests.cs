using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using Warehouse.Reports.Layout;
using Warehouse.Reports.Monthly;
using Warehouse.Reports.Tests.Layout;

namespace Warehouse.Reports.Tests.Monthly;

/// <summary>
/// The sample report rendered on A4 and on Letter and read back as a document: page size, margins, contents,
/// running header and page numbers, type size, and the same bytes on every render.
/// </summary>
public sealed partial class MonthlyReportPaperTests
{
    private static readonly string[] Sections =
    [
        "Portfolio at a glance",
        "Risk and engagement",
        "Engagement pilots",
        "Appendix: data quality and definitions",
    ];

    [Theory]
    [InlineData(PaperSize.A4, 595, 842)]
    [InlineData(PaperSize.Letter, 612, 792)]
    public void Every_page_has_the_papers_size_and_every_word_sits_inside_its_margins(
        PaperSize paper,
        double width,
        double height)
    {
        var bytes = Render(SampleMonthlyReport.Build(), paper).Bytes;

        PageMargins.AssertEveryWordInside(bytes, paper);
        using var document = PdfDocument.Open(bytes);
        Assert.All(document.GetPages(), page => Assert.Equal((width, height), (page.Width, page.Height)));
    }

    [Theory]
    [InlineData(PaperSize.A4)]
    [InlineData(PaperSize.Letter)]
    public void The_cover_lists_each_section_on_the_page_it_starts_and_every_later_page_has_header_and_number(
        PaperSize paper)
    {
        var pages = PdfText.Read(Render(SampleMonthlyReport.Build(), paper).Bytes).Pages;

        foreach (var section in Sections)
        {
            var match = Regex.Match(pages[0], Regex.Escape(section) + " (\\d+)");
            Assert.True(match.Success, $"The cover lists no page for \"{section}\": {pages[0]}");
            var number = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains(section, pages[number - 1], StringComparison.Ordinal);
        }

        for (var page = 2; page <= pages.Count; page++)
        {
            Assert.StartsWith(
                "Monthly leadership report \u00b7 Consumer cards, UK March 2024",
                pages[page - 1],
                StringComparison.Ordinal);
            Assert.EndsWith($"Page {page} of {pages.Count}", pages[page - 1], StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(PaperSize.A4)]
    [InlineData(PaperSize.Letter)]
    public void No_text_is_set_smaller_than_six_and_a_half_points(PaperSize paper)
    {
        // Charts draw at one pixel a point, so their text keeps the size the theme gives it on either paper.
        var words = PdfWords.Read(Render(SampleMonthlyReport.Build(), paper).Bytes);

        var smallest = words.Pages.SelectMany(p => p).Min(w => w.PointSize);

        Assert.True(smallest >= 6.5f, $"The smallest text is {smallest} points.");
    }

    [Fact]
    public void The_same_report_on_letter_renders_to_the_same_bytes()
    {
        var first = Render(SampleMonthlyReport.Build(), PaperSize.Letter).Bytes;

        var second = Render(SampleMonthlyReport.Build(), PaperSize.Letter).Bytes;

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_report_whose_text_the_font_covers_lists_no_missing_characters()
    {
        var (bytes, rendered) = Render(SampleMonthlyReport.Build(), PaperSize.A4);

        Assert.Empty(rendered.MissingCharacters);
        Assert.DoesNotContain(MissingGlyphNote.Heading, PdfText.Read(bytes).All, StringComparison.Ordinal);
        Assert.Equal(PdfText.Read(bytes).Pages.Count, rendered.Pages);
    }

    [Fact]
    public void Characters_the_font_lacks_print_as_the_marker_and_are_listed_at_the_end_of_the_appendix()
    {
        // U+4E2D (CJK) in the title, which only the cover and the running header show, and U+0E01 (Thai) in an
        // extract's name in the appendix's load table: DejaVu Sans has neither script.
        var sample = SampleMonthlyReport.Build();
        var report = sample with
        {
            PortfolioTitle = "Consumer cards \u4E2D",
            DataQuality = [.. sample.DataQuality, new DataQualityRow("surveys-\u0E01", 1, 0, 10, 0, null)],
        };

        var (bytes, rendered) = Render(report, PaperSize.A4);

        Assert.Equal([new Rune(0x0E01), new Rune(0x4E2D)], rendered.MissingCharacters);
        var pages = PdfText.Read(bytes).Pages;
        Assert.Contains("Consumer cards \uFFFD", pages[0], StringComparison.Ordinal);
        var all = string.Join("\n", pages);
        PdfText.AssertInOrder(all, "Extract loads", "surveys-\uFFFD", "Definitions");
        PdfText.AssertInOrder(pages[^1], MissingGlyphNote.Heading, "U+0E01, U+4E2D.");
        Assert.All(pages, page => Assert.DoesNotContain("\u4E2D", page, StringComparison.Ordinal));
    }

    private static (byte[] Bytes, RenderedReport Rendered) Render(MonthlyReport report, PaperSize paper)
    {
        using var output = new MemoryStream();
        var rendered = new MonthlyReportRenderer(paper).Render(report, output);
        return (output.ToArray(), rendered);
    }
}
