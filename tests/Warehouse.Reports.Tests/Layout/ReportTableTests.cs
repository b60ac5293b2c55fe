using SkiaSharp;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Tests.Layout;

/// <summary>Tables laid out on A4 pages and read back from the PDF.</summary>
public sealed class ReportTableTests
{
    [Fact]
    public void A_long_table_breaks_across_pages_repeating_its_header_and_keeping_every_row_whole()
    {
        var table = new ReportTable(
            [new TableColumn("Account", 1f), new TableColumn("Balance", 1f, SKTextAlign.Right)]);
        for (var row = 1; row <= 120; row++)
        {
            // Every fifth row wraps to two lines, so rows differ in height.
            var name = row % 5 == 0
                ? $"Row{row:000} with a note long enough to wrap in its narrow column"
                : $"Row{row:000}";
            table.Add(name, $"Balance{row:000}");
        }

        var pages = Render(layout => table.Draw(layout));

        Assert.True(pages.Count >= 3, $"120 rows should need at least three pages, not {pages.Count}.");
        Assert.All(pages, page => Assert.StartsWith("Account Balance Row", page, StringComparison.Ordinal));
        for (var row = 1; row <= 120; row++)
        {
            // A whole row: its first cell and its last cell are on one page, once in the document.
            var holding = pages.Where(p => p.Contains($"Row{row:000}", StringComparison.Ordinal)).ToList();
            Assert.Single(holding);
            Assert.Contains($"Balance{row:000}", holding[0], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_row_that_does_not_fit_starts_the_next_page_under_a_repeated_header()
    {
        var table = new ReportTable([new TableColumn("Extract", 1f), new TableColumn("Rows", 1f)]);
        for (var row = 1; row <= 40; row++)
        {
            table.Add($"Extract{row:00}", $"{row}");
        }

        var pages = Render(layout =>
        {
            // Leave room on the first page for the header and a few rows only.
            layout.Space(layout.Remaining - 100f);
            table.Draw(layout);
        });

        Assert.Equal(2, pages.Count);
        PdfText.AssertInOrder(pages[0], "Extract Rows", "Extract01");
        PdfText.AssertInOrder(pages[1], "Extract Rows", "Extract40");
    }

    [Fact]
    public void A_short_table_near_the_bottom_of_a_page_moves_whole_to_the_next()
    {
        var table = new ReportTable([new TableColumn("Flag", 1f), new TableColumn("Customers", 1f)]);
        table.Add("First", "1");
        table.Add("Second", "2");
        table.Add("Third", "3");

        var pages = Render(layout =>
        {
            layout.Paragraph("Above the table", ReportTheme.Body);
            layout.Space(layout.Remaining - 50f);
            table.Draw(layout);
        });

        Assert.Equal(2, pages.Count);
        Assert.DoesNotContain("Flag", pages[0], StringComparison.Ordinal);
        PdfText.AssertInOrder(pages[1], "Flag Customers", "First 1", "Second 2", "Third 3");
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_refused()
    {
        var table = new ReportTable([new TableColumn("A", 1f), new TableColumn("B", 1f)]);

        Assert.Throws<ArgumentException>(() => table.Add("only one"));
    }

    private static IReadOnlyList<string> Render(Action<ReportLayout> write)
    {
        using var layout = new ReportLayout(PageGeometry.A4);
        write(layout);
        var pages = layout.Finish();
        using var output = new MemoryStream();
        PdfPages.Write(output, PageGeometry.A4, pages, SKDocumentPdfMetadata.Default, (_, _, _) => { });
        return PdfText.Read(output.ToArray()).Pages;
    }
}
