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
    public void The_last_row_never_goes_alone_to_a_new_page_the_row_before_it_goes_along()
    {
        TableColumn[] columns = [new TableColumn("Extract", 1f), new TableColumn("Rows", 1f)];
        var table = new ReportTable(columns);
        for (var row = 1; row <= 30; row++)
        {
            table.Add($"Extract{row:00}", $"{row}");
        }

        var headerOnly = new ReportTable(columns);
        var oneRow = new ReportTable(columns);
        oneRow.Add("Extract01", "1");

        var pages = Render(layout =>
        {
            // Room for the header and 29 of the 30 rows: the 30th alone would spill over.
            var header = headerOnly.Height(layout.Width);
            var row = oneRow.Height(layout.Width) - header;
            layout.Space(layout.Remaining - (header + (29 * row) + 1f));
            table.Draw(layout);
        });

        Assert.Equal(2, pages.Count);
        Assert.Contains("Extract28", pages[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Extract29", pages[0], StringComparison.Ordinal);
        PdfText.AssertInOrder(pages[1], "Extract Rows", "Extract29 29", "Extract30 30");
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

    [Fact]
    public void Three_hundred_rows_with_cells_of_a_few_hundred_characters_each_read_back_once_and_whole_on_one_page()
    {
        const int rows = 300;
        const int wordsPerNote = 40;
        var table = new ReportTable(
        [
            new TableColumn("Row", 1f),
            new TableColumn("Note", 4f),
            new TableColumn("Last", 1f, SKTextAlign.Right),
        ]);
        for (var row = 1; row <= rows; row++)
        {
            // 40 words of 7 characters and the spaces between them: 319 characters, several lines in its column.
            var note = string.Join(" ", Enumerable.Range(1, wordsPerNote).Select(w => $"r{row:000}w{w:00}"));
            table.Add($"Row{row:000}", note, $"End{row:000}");
        }

        var pdf = LaidOutPdf.Render(table.Draw);
        var pages = PdfText.Read(pdf).Pages;

        Assert.True(pages.Count >= 20, $"300 rows of several lines should take 20 pages or more, not {pages.Count}.");
        Assert.All(pages, page => Assert.StartsWith("Row Note Last Row", page, StringComparison.Ordinal));
        var pagesOfWord = PagesOfEachWord(pages);
        for (var row = 1; row <= rows; row++)
        {
            var page = Assert.Single(pagesOfWord[$"Row{row:000}"]);
            Assert.Equal([page], pagesOfWord[$"End{row:000}"]);
            for (var word = 1; word <= wordsPerNote; word++)
            {
                Assert.Equal([page], pagesOfWord[$"r{row:000}w{word:00}"]);
            }
        }

        // Long cells wrap inside their column: no word runs past the right edge of the content area.
        var right = PageGeometry.A4.Content.Right + 0.5f;
        Assert.All(
            Monthly.PdfWords.Read(pdf).Pages.SelectMany(p => p),
            word => Assert.True(word.Right <= right, $"\"{word.Text}\" ends at {word.Right}, past {right}."));
    }

    [Fact]
    public void A_row_taller_than_a_page_goes_on_under_the_repeated_header_marked_continued_and_loses_no_line()
    {
        var words = Enumerable.Range(1, 1200).Select(w => $"w{w:0000}").ToList();
        var table = new ReportTable([new TableColumn("Item", 1f), new TableColumn("Text", 3f)]);
        table.Add("Before", "short");
        table.Add("Long", string.Join(" ", words));
        table.Add("After", "short");

        var pages = PdfText.Read(LaidOutPdf.Render(table.Draw)).Pages;

        Assert.True(pages.Count >= 2, $"1,200 words in one cell should run over a page, not fit on {pages.Count}.");
        Assert.All(pages, page => Assert.StartsWith("Item Text", page, StringComparison.Ordinal));
        var readBack = pages.SelectMany(p => p.Split(' ')).Where(w => w.Length == 5 && w[0] == 'w').ToList();
        Assert.Equal(words, readBack);
        Assert.DoesNotContain(ReportTable.ContinuedMark, pages[0], StringComparison.Ordinal);
        Assert.All(pages.Skip(1), page => PdfText.AssertInOrder(page, "Item Text", ReportTable.ContinuedMark));
        PdfText.AssertInOrder(pages[0], "Before short", "Long w0001");
        Assert.Contains("After short", pages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_longer_than_its_column_is_split_within_the_column_and_every_character_kept()
    {
        var account = string.Concat(Enumerable.Range(0, 60).Select(i => (char)('A' + (i % 26))));
        var table = new ReportTable([new TableColumn("Account", 1f), new TableColumn("Balance", 3f)]);
        table.Add(account, "12.00");

        var pdf = LaidOutPdf.Render(table.Draw);

        var page = Monthly.PdfWords.Read(pdf).Pages[0];
        var pieces = page.Where(w => w.Text.All(char.IsAsciiLetterUpper) && w.Text.Length > 1 && w.Text != "ACCOUNT")
            .ToList();
        Assert.Equal(account, string.Concat(pieces.Select(w => w.Text)));
        var columnRight = PageGeometry.A4.Content.Left + (PageGeometry.A4.Content.Width / 4);
        Assert.All(
            pieces,
            w => Assert.True(w.Right <= columnRight, $"{w.Text} ends at {w.Right}, past {columnRight}."));
    }

    private static Dictionary<string, List<int>> PagesOfEachWord(IReadOnlyList<string> pages)
    {
        var pagesOfWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var page = 0; page < pages.Count; page++)
        {
            foreach (var word in pages[page].Split(' '))
            {
                if (!pagesOfWord.TryGetValue(word, out var list))
                {
                    list = [];
                    pagesOfWord[word] = list;
                }

                list.Add(page);
            }
        }

        return pagesOfWord;
    }

    private static IReadOnlyList<string> Render(Action<ReportLayout> write) =>
        PdfText.Read(LaidOutPdf.Render(write)).Pages;
}
