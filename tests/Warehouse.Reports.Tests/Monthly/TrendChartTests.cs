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

    private const string EngagementHeading = "Engagement and NPS, last 13 months";

    [Fact]
    public void The_delinquency_axis_runs_from_a_tick_below_the_lowest_rate_to_one_above_the_highest()
    {
        // Lowest: 90+ in March 2023, 390 / 50,000 = 0.78%; highest: 30+ by balance in March 2024, 4.1 + 11 x 0.12 =
        // 5.42%. Headroom 0.08 x 4.64 = 0.37: 0.41 to 5.79; step at least 5.38 / 6 = 0.9, so 1; ends 0 and 6.
        var ticks = YTickLabels(rendered.Words, "Delinquency, last 13 months", Panel.Whole, "Mar", "30+");

        Assert.Equal(["0.0%", "1.0%", "2.0%", "3.0%", "4.0%", "5.0%", "6.0%"], ticks.OrderBy(Numerically));
    }

    [Fact]
    public void The_engagement_axis_holds_every_rate_with_room_above_the_promises_kept_line()
    {
        // Lowest: engagement 11,600 / 40,000 = 29% in March 2023; highest: promises kept 311 / 500 = 62.2% in
        // March 2024. Headroom 0.08 x 33.2 = 2.66: 26.34 to 64.86; step at least 38.5 / 4 = 9.6, so 10; ends 20 and
        // 70.
        var ticks = YTickLabels(rendered.Words, EngagementHeading, Panel.Left, "Mar", "Engagement");

        Assert.Equal(["20.0%", "30.0%", "40.0%", "50.0%", "60.0%", "70.0%"], ticks.OrderBy(Numerically));
        Assert.Equal("Rate", AxisLabel(rendered.Words, Panel.Left));
    }

    [Fact]
    public void Nps_has_a_chart_beside_the_rates_with_an_axis_of_its_own_in_points()
    {
        // NPS 10 - 1.5 = 8.5 in March 2023 to 10 + 11 x 1.5 = 26.5 in March 2024. Headroom 0.08 x 18 = 1.44: 7.06
        // to 27.94; step at least 20.88 / 4 = 5.2, so 10; ends 0 and 30.
        var ticks = YTickLabels(rendered.Words, EngagementHeading, Panel.Right, "Mar", "NPS");

        Assert.Equal(["0", "10", "20", "30"], ticks.OrderBy(Numerically));
        Assert.Equal("NPS(points)", AxisLabel(rendered.Words, Panel.Right));
        Assert.Equal(0, rendered.Text.Count("right axis"));
    }

    [Fact]
    public void The_narrow_charts_label_every_other_month_back_from_the_report_month_with_the_year_where_it_changes()
    {
        PdfText.AssertInOrder(
            rendered.Text.All,
            "Net promoter score",
            "Mar May Jul Sep Nov Jan Mar Mar May Jul Sep Nov Jan Mar 2023 2024 2023 2024");
    }

    [Fact]
    public void A_chart_without_any_value_in_its_thirteen_months_is_a_sentence_not_a_flat_line()
    {
        var report = SampleMonthlyReport.WithTrend(m => m with { Nps = null, SurveyResponses = 0 });

        var pdf = RenderedSampleReport.Render(report);
        var words = PdfWords.Read(pdf);
        var text = PdfText.Read(pdf).All;

        PdfText.AssertInOrder(text, EngagementHeading, "Engagement, contact and promises Net promoter score");
        Assert.Equal(
            "Net promoter score No survey responses for Mar 2023 to Mar 2024, so no NPS.",
            PanelText(words, Panel.Right));
        Assert.Equal("", AxisLabel(words, Panel.Right));
        Assert.Equal("Rate", AxisLabel(words, Panel.Left));
    }

    [Fact]
    public void When_both_engagement_charts_are_empty_one_sentence_says_so()
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
        var text = PdfText.Read(pdf).All;

        PdfText.AssertInOrder(
            text,
            EngagementHeading,
            "No engagement, contact, promise or survey figures for Mar 2023 to Mar 2024.",
            "Arrears in depth");
        Assert.Equal(0, PdfText.Read(pdf).Count("Net promoter score"));
        var delinquency = YTickLabels(PdfWords.Read(pdf), "Delinquency, last 13 months", Panel.Whole, "Mar", "30+");
        Assert.Equal(7, delinquency.Count);
    }

    [Fact]
    public void A_series_with_no_value_is_named_under_a_chart_that_has_others()
    {
        var report = SampleMonthlyReport.WithTrend(m => m with { PromiseKeptRate = null });

        var text = PdfText.Read(RenderedSampleReport.Render(report)).All;

        PdfText.AssertInOrder(text, EngagementHeading, "No data in these months for: Promises kept.");
    }

    private enum Panel
    {
        Whole,
        Left,
        Right,
    }

    /// <summary>
    /// The y tick labels of a chart under <paramref name="heading"/>: the numbers in the chart's panel below the
    /// heading and above its legend (which starts with <paramref name="legend"/>), left of its first month label.
    /// </summary>
    private static List<string> YTickLabels(
        PdfWords words,
        string heading,
        Panel panel,
        string firstMonth,
        string legend)
    {
        var (page, top, left, right) = Area(words, heading, panel);
        var inPanel = page.Where(w => w.IsHorizontal && w.Top > top && w.Left >= left && w.Right <= right).ToList();
        var legendTop = inPanel.First(w => w.Text == legend && w.PointSize < 9).Top;
        var month = inPanel.First(w => w.Text == firstMonth && w.Top < legendTop);
        return inPanel
            .Where(w => w.Bottom < legendTop && w.Right < month.Left && w.Text.Any(char.IsDigit))
            .Select(w => w.Text)
            .ToList();
    }

    /// <summary>The y axis label of a half-width chart, read from its rotated letters, spaces dropped.</summary>
    private static string AxisLabel(PdfWords words, Panel panel)
    {
        var (page, top, left, right) = Area(words, EngagementHeading, panel);
        var bottom = page.Last(w => w.Text == "Page").Top;
        return string.Concat(page
            .Where(w => !w.IsHorizontal && w.Top > top && w.Bottom < bottom && w.Left >= left && w.Right <= right)
            .OrderBy(w => -w.Bottom)
            .Select(w => w.Text));
    }

    /// <summary>The horizontal words of a half-width panel, line by line.</summary>
    private static string PanelText(PdfWords words, Panel panel)
    {
        var (page, top, left, right) = Area(words, EngagementHeading, panel);
        var bottom = page.Last(w => w.Text == "Page").Top;
        return string.Join(" ", page
            .Where(w => w.IsHorizontal && w.Top > top && w.Bottom < bottom && w.Left >= left && w.Right <= right)
            .Select(w => w.Text));
    }

    // The page holding the heading, the heading's bottom, and the x range of the panel.
    private static (IReadOnlyList<PdfWords.PlacedWord> Page, float Top, float Left, float Right) Area(
        PdfWords words,
        string heading,
        Panel panel)
    {
        var page = words.Pages[words.PageOf(heading)];
        var top = PdfWords.Find(page, heading).Bottom;
        if (panel == Panel.Whole)
        {
            return (page, top, 0, words.PageWidth);
        }

        var middle = PdfWords.Find(page, "Net promoter score").Left - 2;
        return panel == Panel.Left ? (page, top, 0, middle) : (page, top, middle, words.PageWidth);
    }

    private static double Numerically(string label) =>
        double.Parse(label.Replace(Minus, "-", StringComparison.Ordinal).TrimEnd('%'), CultureInfo.InvariantCulture);
}
