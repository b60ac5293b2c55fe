using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Warehouse.Reports.Tests.Monthly;

/// <summary>
/// The words of a PDF with where they sit, for tests about placement: which labels a chart's axis carries,
/// what fits on one line. Coordinates are PDF points from the page's top left, as the report lays them out.
/// </summary>
internal sealed class PdfWords
{
    private PdfWords(IReadOnlyList<IReadOnlyList<PlacedWord>> pages, float pageWidth)
    {
        Pages = pages;
        PageWidth = pageWidth;
    }

    /// <summary>Each page's words in drawing order, page 1 first.</summary>
    public IReadOnlyList<IReadOnlyList<PlacedWord>> Pages { get; }

    public float PageWidth { get; }

    public static PdfWords Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = new List<IReadOnlyList<PlacedWord>>();
        var width = 0f;
        foreach (var page in document.GetPages())
        {
            width = (float)page.Width;
            var height = page.Height;
            pages.Add(page.GetWords()
                .Select(w => new PlacedWord(
                    w.Text,
                    (float)w.BoundingBox.Left,
                    (float)w.BoundingBox.Right,
                    (float)(height - w.BoundingBox.Top),
                    (float)(height - w.BoundingBox.Bottom),
                    (float)(height - w.Letters[0].StartBaseLine.Y),
                    (float)w.Letters[0].PointSize,
                    w.TextOrientation == TextOrientation.Horizontal))
                .ToList());
        }

        return new PdfWords(pages, width);
    }

    /// <summary>The zero-based index of the page holding a word sequence equal to <paramref name="words"/>.</summary>
    public int PageOf(string words) =>
        Enumerable.Range(0, Pages.Count).First(i => IndexOf(Pages[i], words) >= 0);

    /// <summary>
    /// The first word of the first run of words reading <paramref name="words"/> on <paramref name="page"/>
    /// at or after word <paramref name="from"/>.
    /// </summary>
    public static PlacedWord Find(IReadOnlyList<PlacedWord> page, string words, int from = 0)
    {
        var index = IndexOf(page, words, from);
        Assert.True(index >= 0, $"\"{words}\" is not on the page: {string.Join(" ", page.Select(w => w.Text))}");
        return page[index];
    }

    /// <summary>Index of the first word of a run of words reading <paramref name="words"/>; -1 when none.</summary>
    public static int IndexOf(IReadOnlyList<PlacedWord> page, string words, int from = 0)
    {
        var parts = words.Split(' ');
        for (var start = from; start + parts.Length <= page.Count; start++)
        {
            if (parts.Select((p, i) => page[start + i].Text == p).All(match => match))
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>One word and its box.</summary>
    internal sealed record PlacedWord(
        string Text,
        float Left,
        float Right,
        float Top,
        float Bottom,
        float Baseline,
        float PointSize,
        bool IsHorizontal);
}
