using System.Globalization;

namespace Warehouse.Reports.Tests.Monthly;

/// <summary>
/// The trend charts of the sample report read back from the PDF: the labels each y axis carries, and the
/// sentence that replaces a chart without data. Expected ticks are worked by hand from the sample's values
/// as in <c>AxisScaleTests</c>: 8% headroom on the spread, a step of 1, 2 or 5 times a power of ten.
/// </summary>
public sealed class TrendChartTests(RenderedSampleReport rendered) : IClassFixture<RenderedSampleReport>
{
    private const string Minus = "\u2212";

    [Fact]
    public void The_delinquency_axis_runs_from_a_tick_below_the_lowest_rate_to_one_above_the_highest()
    {
        // Lowest: 90+ in April 2023, 0.8%; highest: 30+ by balance in March 2024, 4.1 + 11 x 0.12 = 5.42%.
        // Headroom 0.08 x 4.62 = 0.37: 0.43 to 5.79; step at least 5.36 / 6 = 0.89, so 1; ends 0 and 6.
        var ticks = YTickLabels(rendered.Words, "Delinquency, last 12 months", "30+ days past due 60+");

        Assert.Equal(["0.0%", "1.0%", "2.0%", "3.0%", "4.0%", "5.0%", "6.0%"], ticks.OrderBy(Numerically));
    }

    [Fact]
    public void The_engagement_axis_holds_every_rate_with_room_above_the_promises_kept_line()
    {
        // Lowest: engagement 30% in April 2023; highest: promises kept 60 + 11 x 0.2 = 62.2% in March 2024.
        // Headroom 0.08 x 32.2 = 2.58: 27.42 to 64.78; step at least 37.35 / 4 = 9.3, so 10; ends 20 and 70.
        var ticks = YTickLabels(
            rendered.Words,
            "Engagement, contact and promises, last 12 months",
            "Engagement rate Right-party contact");

        Assert.Equal(["20.0%", "30.0%", "40.0%", "50.0%", "60.0%", "70.0%"], ticks.OrderBy(Numerically));
    }

    [Fact]
    public void Nps_has_a_chart_and_axis_of_its_own_in_points()
    {
        // NPS 10 in April 2023 to 10 + 11 x 1.5 = 26.5 in March 2024. Headroom 0.08 x 16.5 = 1.32: 8.68 to
        // 27.82; step at least 19.14 / 4 = 4.8, so 5; ends 5 and 30.
        var ticks = YTickLabels(rendered.Words, "NPS, last 12 months", "NPS");

        Assert.Equal(["5", "10", "15", "20", "25", "30"], ticks.OrderBy(Numerically));
        Assert.Equal("NPS(points)", AxisLabel(rendered.Words, "NPS, last 12 months", "NPS"));
        Assert.Equal("Rate", AxisLabel(rendered.Words, "Engagement, contact and promises, last 12 months", "Engagement"));
        Assert.Equal(0, rendered.Text.Count("right axis"));
    }

    [Fact]
    public void A_chart_without_any_value_in_its_twelve_months_is_a_sentence_not_a_flat_line()
    {
        var report = SampleMonthlyReport.WithTrend(m => m with
        {
            EngagementRate = null,
            RightPartyContactRate = null,
            PromiseKeptRate = null,
            Nps = null,
            SurveyResponses = 0,
        });

        var pdf = RenderedSampleReport.Render(report);
        var words = PdfWords.Read(pdf);
        var text = PdfText.Read(pdf).All;

        PdfText.AssertInOrder(
            text,
            "Engagement, contact and promises, last 12 months",
            "No engagement, contact or promise figures for Apr 2023 to Mar 2024.",
            "NPS, last 12 months",
            "No survey responses for Apr 2023 to Mar 2024, so no NPS.",
            "Risk and engagement");
        Assert.Equal("", AxisLabel(words, "NPS, last 12 months", "Risk and engagement"));
        Assert.Equal(7, YTickLabels(words, "Delinquency, last 12 months", "30+ days past due 60+").Count);
    }

    [Fact]
    public void A_series_with_no_value_is_named_under_a_chart_that_has_others()
    {
        var report = SampleMonthlyReport.WithTrend(m => m with { PromiseKeptRate = null });

        var text = PdfText.Read(RenderedSampleReport.Render(report)).All;

        PdfText.AssertInOrder(
            text,
            "Engagement, contact and promises, last 12 months",
            "Engagement rate Right-party contact",
            "No data in these months for: Promises kept.",
            "NPS, last 12 months");
    }

    /// <summary>
    /// The y tick labels of the chart under <paramref name="heading"/>: the words left of the first month label
    /// and above the legend that starts with <paramref name="legend"/>.
    /// </summary>
    private static List<string> YTickLabels(PdfWords words, string heading, string legend)
    {
        var page = words.Pages[words.PageOf(heading)];
        var start = PdfWords.IndexOf(page, heading);
        var top = page[start].Bottom;
        var legendTop = PdfWords.Find(page, legend, start + heading.Split(' ').Length).Top;
        var firstMonth = page.Skip(start).First(w => w.Text == "Apr" && w.Top > top && w.Top < legendTop);
        return page
            .Where(w => w.IsHorizontal && w.Top > top && w.Bottom < legendTop && w.Right < firstMonth.Left)
            .Select(w => w.Text)
            .ToList();
    }

    /// <summary>The y axis label under <paramref name="heading"/>, read from its rotated letters, spaces dropped.</summary>
    private static string AxisLabel(PdfWords words, string heading, string next)
    {
        var page = words.Pages[words.PageOf(heading)];
        var start = PdfWords.IndexOf(page, heading);
        var end = PdfWords.IndexOf(page, next, start + heading.Split(' ').Length);
        return string.Concat(page.Take(end).Skip(start).Where(w => !w.IsHorizontal).OrderBy(w => -w.Bottom)
            .Select(w => w.Text));
    }

    private static double Numerically(string label) =>
        double.Parse(label.Replace(Minus, "-", StringComparison.Ordinal).TrimEnd('%'), CultureInfo.InvariantCulture);
}
