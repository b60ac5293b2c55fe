using SkiaSharp;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Tests.Layout;

/// <summary>The series looks of every chart, checked for what survives printing in grey.</summary>
public sealed class ChartPaletteTests
{
    [Fact]
    public void Printed_in_grey_every_series_colour_differs_in_lightness_from_every_other_by_the_stated_step()
    {
        var lightness = ChartPalette.Series.Select(s => Lightness(s.Color)).ToList();

        // Worked out by hand from the hex colours with the formulas below: 1B3A5C 23.8, B42318 39.5,
        // 2A9896 57.2, E0A93B 72.6 - darkest to lightest in palette order.
        Assert.Equal([23.8, 39.5, 57.2, 72.6], lightness.Select(l => Math.Round(l, 1)));
        for (var first = 0; first < lightness.Count; first++)
        {
            for (var second = first + 1; second < lightness.Count; second++)
            {
                var step = Math.Abs(lightness[first] - lightness[second]);
                Assert.True(
                    step >= ChartPalette.LightnessStep,
                    $"{ChartPalette.Series[first].Name} and {ChartPalette.Series[second].Name} are "
                    + $"{step:0.0} L* apart.");
            }
        }
    }

    [Fact]
    public void The_lightest_series_still_stands_out_from_white_paper()
    {
        // White is L* 100; a line lighter than about 75 fades on paper, in colour or in grey.
        Assert.All(ChartPalette.Series, s => Assert.True(Lightness(s.Color) <= 75, $"{s.Name} is too light."));
    }

    [Fact]
    public void Every_series_has_a_line_pattern_and_a_marker_of_its_own()
    {
        var patterns = ChartPalette.Series.Select(s => string.Join(",", s.Pattern.Intervals ?? [])).ToList();
        var markers = ChartPalette.Series.Select(s => s.Marker).ToList();

        Assert.Equal(patterns.Count, patterns.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(markers.Count, markers.Distinct().Count());
    }

    [Fact]
    public void A_chart_with_more_series_than_the_palette_has_looks_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChartPalette.For(ChartPalette.Series.Count));
    }

    // CIE 1976 L* of an sRGB colour: undo the sRGB transfer curve (IEC 61966-2-1), take the luminance Y with
    // the Rec. 709 weights, then L* = 116 f(Y) - 16 with the cube root above (6/29)^3 and the linear part below.
    private static double Lightness(SKColor color)
    {
        static double Linear(byte channel)
        {
            var c = channel / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        var y = (0.2126 * Linear(color.Red)) + (0.7152 * Linear(color.Green)) + (0.0722 * Linear(color.Blue));
        var f = y > Math.Pow(6.0 / 29, 3) ? Math.Cbrt(y) : (y / (3 * Math.Pow(6.0 / 29, 2))) + (4.0 / 29);
        return (116 * f) - 16;
    }
}
