using UglyToad.PdfPig;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Tests.Layout;

/// <summary>Where the words of a rendered report sit on its pages, checked against the paper's geometry.</summary>
internal static class PageMargins
{
    /// <summary>
    /// Every page has the paper's size, and every word lies inside the content's side margins and between the
    /// running header and the bottom of the page number, within half a point.
    /// </summary>
    public static void AssertEveryWordInside(byte[] pdf, PaperSize paper)
    {
        var geometry = PageGeometry.For(paper);
        var (width, height) = (geometry.Size.Width, geometry.Size.Height);

        using var document = PdfDocument.Open(pdf);

        foreach (var page in document.GetPages())
        {
            Assert.Equal(width, page.Width, 0.01);
            Assert.Equal(height, page.Height, 0.01);
            foreach (var word in page.GetWords())
            {
                // PdfPig measures from the bottom left; the layout from the top left.
                var box = word.BoundingBox;
                var where = $"\"{word.Text}\" on page {page.Number} at x {box.Left:0.0}-{box.Right:0.0}, "
                    + $"y {height - box.Top:0.0}-{height - box.Bottom:0.0}";
                Assert.True(
                    box.Left >= geometry.Content.Left - 0.5 && box.Right <= geometry.Content.Right + 0.5, where);
                Assert.True(height - box.Top >= geometry.HeaderTop - 0.5 && height - box.Bottom <= height - 20, where);
            }
        }
    }
}
