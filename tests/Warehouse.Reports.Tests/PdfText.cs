using UglyToad.PdfPig;

namespace Warehouse.Reports.Tests;

/// <summary>
/// A PDF read back as a reader would: the words of each page in drawing order, joined by single spaces,
/// and the fonts of every letter.
/// </summary>
internal sealed class PdfText
{
    private PdfText(IReadOnlyList<string> pages, IReadOnlyList<IReadOnlyList<string>> fontsByPage, int imageCount)
    {
        Pages = pages;
        FontsByPage = fontsByPage;
        ImageCount = imageCount;
    }

    /// <summary>Each page's words joined by single spaces, page 1 first.</summary>
    public IReadOnlyList<string> Pages { get; }

    /// <summary>Each page's distinct letter font names.</summary>
    public IReadOnlyList<IReadOnlyList<string>> FontsByPage { get; }

    /// <summary>Raster images over all pages.</summary>
    public int ImageCount { get; }

    public string All => string.Join("\n", Pages);

    public static PdfText Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = new List<string>();
        var fonts = new List<IReadOnlyList<string>>();
        var images = 0;
        foreach (var page in document.GetPages())
        {
            pages.Add(string.Join(" ", page.GetWords().Select(w => w.Text)));
            fonts.Add(page.Letters.Select(l => l.FontName ?? "").Distinct(StringComparer.Ordinal).ToList());
            images += page.GetImages().Count();
        }

        return new PdfText(pages, fonts, images);
    }

    /// <summary>How many times <paramref name="text"/> occurs in the whole document.</summary>
    public int Count(string text)
    {
        var count = 0;
        var all = All;
        var at = all.IndexOf(text, StringComparison.Ordinal);
        while (at >= 0)
        {
            count++;
            at = all.IndexOf(text, at + 1, StringComparison.Ordinal);
        }

        return count;
    }

    /// <summary>Asserts that <paramref name="parts"/> occur on one page in this order.</summary>
    public static void AssertInOrder(string page, params string[] parts)
    {
        var at = 0;
        foreach (var part in parts)
        {
            var found = page.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"Expected \"{part}\" after position {at} in: {page}");
            at = found + part.Length;
        }
    }
}
