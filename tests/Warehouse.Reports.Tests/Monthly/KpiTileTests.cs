using Warehouse.Reports.Monthly;

namespace Warehouse.Reports.Tests.Monthly;

/// <summary>
/// Why a headline tile shows a dash: the reasons the catalogue gives for each KPI the mart leaves null
/// (docs/schema.md says when it does), and the tile read back from the PDF with its reason under the dash.
/// </summary>
public sealed class KpiTileTests(RenderedSampleReport rendered) : IClassFixture<RenderedSampleReport>
{
    private const string Dash = "\u2014";

    private static readonly PortfolioMonth February = SampleMonthlyReport.Trend()[^2];

    private static readonly PortfolioMonth March = SampleMonthlyReport.Trend()[^1];

    [Fact]
    public void A_missing_figure_says_which_denominator_was_empty_this_month()
    {
        // The mart leaves each rate null when its denominator is zero: no survey responses, no outbound calls,
        // no promises due, no open accounts; engagement also without any engagement event.
        var empty = March with
        {
            Nps = null,
            SurveyResponses = 0,
            RightPartyContactRate = null,
            PromiseKeptRate = null,
            EngagementRate = null,
            Rate30Plus = null,
            CureRate = null,
        };

        var tiles = KpiCatalog.Tiles(empty, February, null, [February, empty]);

        Assert.Equal("no survey responses this month", Why(tiles, "NPS"));
        Assert.Equal("no outbound calls this month", Why(tiles, "Right-party contact"));
        Assert.Equal("no promises due this month", Why(tiles, "Promises kept"));
        Assert.Equal("no engagement data this month", Why(tiles, "Engagement rate"));
        Assert.Equal("no open accounts this month", Why(tiles, "30+ days past due"));
        Assert.Equal("no accounts 30+ last month to cure", Why(tiles, "Cure rate"));
        Assert.Null(Why(tiles, "60+ days past due"));
    }

    [Fact]
    public void Engagement_without_active_customers_says_so_rather_than_blaming_the_data()
    {
        var empty = March with { EngagementRate = null, CustomersActive = 0 };

        var tiles = KpiCatalog.Tiles(empty, February, null, [February, empty]);

        Assert.Equal("no active customers this month", Why(tiles, "Engagement rate"));
    }

    [Fact]
    public void A_default_rate_the_source_does_not_state_says_so()
    {
        // The sample's source states next-month default for February but not yet for March.
        var tiles = KpiCatalog.Tiles(March, February, null, SampleMonthlyReport.Trend());

        Assert.Equal("not yet stated by the source", Why(tiles, "Default next month"));
    }

    [Fact]
    public void A_missing_last_month_names_the_month_and_why()
    {
        var tiles = KpiCatalog.Tiles(March, February, null, SampleMonthlyReport.Trend());
        var withoutFebruary = KpiCatalog.Tiles(March, null, null, [March]);

        // The sample's February had no promises due.
        var promises = tiles.Single(t => t.Label == "Promises kept");
        Assert.Null(promises.WhyThisMonthMissing);
        Assert.Equal("no promises due in Feb 2024", promises.WhyLastMonthMissing);
        Assert.All(
            withoutFebruary,
            t => Assert.Equal("Feb 2024 not in the warehouse", t.WhyLastMonthMissing));
        Assert.Null(tiles.Single(t => t.Label == "NPS").WhyLastMonthMissing);
    }

    [Fact]
    public void The_tile_prints_the_reason_in_small_type_under_its_dash()
    {
        var report = SampleMonthlyReport.WithTrend(m => m with { Nps = null, SurveyResponses = 0 });

        var words = PdfWords.Read(RenderedSampleReport.Render(report));

        Assert.Equal(
            $"NPS {Dash} no survey responses this month Feb 2024: {Dash} \u00b7 Mar 2023: {Dash}",
            TileText(words, "NPS"));
        var page = words.Pages[1];
        var value = page.First(w => w.Text == Dash && w.PointSize > 12);
        var reason = PdfWords.Find(page, "no survey responses");
        Assert.True(reason.Top > value.Bottom, "The reason sits under the dash.");
        Assert.True(reason.PointSize < 8, $"The reason is in small type, not {reason.PointSize} pt.");
    }

    [Fact]
    public void The_sample_tiles_explain_their_dashes()
    {
        // Promises kept: 311 of 500 in March 2024, none due in February, 299 of 500 in March 2023 (59.8%).
        // Pooled 610 / 1,000 = 0.61, standard error sqrt(0.61 x 0.39 x 2 / 500) = 0.0308; the change 0.024 is
        // 0.78 of them: within noise.
        Assert.Equal(
            $"Default next month {Dash} not yet stated by the source Feb 2024: 0.4% \u00b7 Mar 2023: 0.4%",
            TileText(rendered.Words, "Default next month"));
        Assert.Equal(
            $"Promises kept 62.2% no promises due in Feb 2024 vs Mar 2023 +2.4 pp within noise "
                + $"Feb 2024: {Dash} \u00b7 Mar 2023: 59.8%",
            TileText(rendered.Words, "Promises kept"));
    }

    [Fact]
    public void Every_reason_for_a_missing_comparison_fits_its_tile_line_whole()
    {
        // February with open accounts but every other denominator empty, and no month a year before: each tile's
        // two comparison lines are reasons, the longest ones the catalogue gives.
        var trend = SampleMonthlyReport.Trend().Skip(1).ToList();
        trend[^2] = trend[^2] with
        {
            BalanceRate30Plus = null,
            BalanceRate60Plus = null,
            BalanceRate90Plus = null,
            CureRate = null,
            Accounts30PlusLastMonth = 0,
            EngagementRate = null,
            RightPartyContactRate = null,
            PhoneAttempts = 0,
            Nps = null,
            SurveyResponses = 0,
        };
        var report = SampleMonthlyReport.Build() with
        {
            Kpis = KpiCatalog.Tiles(trend[^1], trend[^2], null, trend),
            Trend = trend,
        };

        var page = PdfText.Read(RenderedSampleReport.Render(report)).Pages[1];

        Assert.DoesNotContain("\u2026", page, StringComparison.Ordinal);
        // Fifteen tiles; the default tile has no figure for March, so it gives that reason and no comparison.
        Assert.Equal(14, page.Split("Mar 2023 not in the warehouse").Length - 1);
        Assert.Contains("no balance owed in Feb 2024", page, StringComparison.Ordinal);
        Assert.Contains("no accounts 30+ to cure in Feb 2024", page, StringComparison.Ordinal);
        Assert.Contains("no engagement data in Feb 2024", page, StringComparison.Ordinal);
        Assert.Contains("no survey responses in Feb 2024", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_sentence_without_a_figure_gives_the_tiles_reason()
    {
        var report = SampleMonthlyReport.WithTrend(m => m with { Nps = null, SurveyResponses = 0 });

        var cover = PdfText.Read(RenderedSampleReport.Render(report)).Pages[0];

        Assert.Contains(
            "NPS has no figure for March 2024: no survey responses this month.", cover, StringComparison.Ordinal);
    }

    private static string? Why(IReadOnlyList<KpiTile> tiles, string label) =>
        tiles.Single(t => t.Label == label).WhyThisMonthMissing;

    /// <summary>The words of the tile labelled <paramref name="label"/> on the page of tiles, line by line.</summary>
    private static string TileText(PdfWords words, string label)
    {
        var page = words.Pages[1];
        var labelWord = PdfWords.Find(page, label);
        return string.Join(" ", page
            .Where(w => w.Left >= labelWord.Left - 1 && w.Left < labelWord.Left + 150
                && w.Top >= labelWord.Top - 1 && w.Bottom <= labelWord.Top + 80)
            .OrderBy(w => Math.Round(w.Baseline))
            .ThenBy(w => w.Left)
            .Select(w => w.Text));
    }
}
