using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;
using UglyToad.PdfPig;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Tests.Layout;

/// <summary>A chart drawn on a page through <see cref="ChartBlock"/> and read back from the PDF.</summary>
public sealed class ChartBlockTests
{
    [Fact]
    public void A_chart_is_vector_paths_in_the_palette_colours_and_text_not_a_picture()
    {
        var pdf = LaidOutPdf.Render(layout => DrawTwoSeries(layout, "Month end"));

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        Assert.Empty(page.GetImages());
        var paths = page.Paths.Where(p => p.IsStroked || p.IsFilled).ToList();
        Assert.True(paths.Count > 20, $"Expected the chart as many vector paths, found {paths.Count}.");
        foreach (var series in ChartPalette.Series.Take(2))
        {
            // Skia writes a dashed line as its dashes filled, a solid one as a stroke: either way a path.
            Assert.Contains(
                paths,
                p => (p.IsStroked && IsColor(p.StrokeColor, series.Color))
                    || (p.IsFilled && IsColor(p.FillColor, series.Color)));
        }

        var words = string.Join(" ", page.GetWords().Select(w => w.Text));
        PdfText.AssertInOrder(words, "Jan", "Feb", "Mar", "First series", "Second series");
        Assert.Contains("10%", words, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_label_with_a_character_the_font_lacks_prints_the_marker_and_is_recorded()
    {
        using var log = MissingGlyphLog.Begin();

        var text = PdfText.Read(LaidOutPdf.Render(layout => DrawTwoSeries(layout, "Month \u4E2D"))).All;

        Assert.Contains("Month \uFFFD", text, StringComparison.Ordinal);
        Assert.Contains("Jan", text, StringComparison.Ordinal);
        Assert.Equal(["U+4E2D"], log.Characters.Select(GlyphCoverage.CodePoint));
    }

    /// <summary>Two series over three months; <paramref name="axisLabel"/> names the horizontal axis.</summary>
    private static void DrawTwoSeries(ReportLayout layout, string axisLabel)
    {
        using var plot = new Plot();
        var legend = new List<LegendEntry>();
        double[] xs = [0, 1, 2];
        var data = new[] { ("First series", new[] { 10.0, 12, 11 }, 0), ("Second series", [4, 5, 7], 1) };
        foreach (var (label, ys, index) in data)
        {
            var series = ChartPalette.For(index);
            series.ApplyTo(plot.Add.Scatter(xs, ys));
            legend.Add(new LegendEntry(label, series));
        }

        var months = new NumericManual();
        months.AddMajor(0, "Jan");
        months.AddMajor(1, "Feb");
        months.AddMajor(2, "Mar");
        plot.Axes.Bottom.TickGenerator = months;
        var rates = new NumericManual();
        foreach (var rate in new[] { 0, 5, 10, 15 })
        {
            rates.AddMajor(rate, $"{rate}%");
        }

        plot.Axes.Left.TickGenerator = rates;
        plot.Axes.Bottom.Label.Text = axisLabel;
        plot.Axes.SetLimits(-0.3, 2.3, 0, 15);
        ChartBlock.ApplyReportStyle(plot);
        ChartBlock.Draw(layout, plot, 200f);
        ChartBlock.DrawLegend(layout, legend);
    }

    private static bool IsColor(UglyToad.PdfPig.Graphics.Colors.IColor? color, SKColor expected)
    {
        if (color is null)
        {
            return false;
        }

        var (r, g, b) = color.ToRGBValues();
        return Math.Abs((r * 255) - expected.Red) < 1 && Math.Abs((g * 255) - expected.Green) < 1
            && Math.Abs((b * 255) - expected.Blue) < 1;
    }
}
