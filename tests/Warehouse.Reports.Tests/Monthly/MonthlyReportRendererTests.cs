namespace Warehouse.Reports.Tests.Monthly;

/// <summary>
/// The sample report (see <see cref="SampleMonthlyReport"/>) read back from the PDF. Expected strings are the
/// sample's figures formatted by hand: rates as percentages to one decimal, changes in percentage points,
/// counts with thousands separators, missing figures as an em dash.
/// </summary>
public sealed class MonthlyReportRendererTests(RenderedSampleReport rendered) : IClassFixture<RenderedSampleReport>
{
    private const string Dash = "\u2014";

    private const string Minus = "\u2212";

    private PdfText Pdf => rendered.Text;

    [Fact]
    public void The_report_has_six_pages_for_the_sample()
    {
        // Cover; tiles and delinquency chart; engagement chart and segments; early warnings and the first
        // pilot; the second pilot; the appendix.
        Assert.Equal(6, Pdf.Pages.Count);
    }

    [Fact]
    public void The_cover_names_the_month_and_the_portfolio_and_carries_no_page_number()
    {
        var cover = Pdf.Pages[0];

        Assert.Contains("March 2024", cover, StringComparison.Ordinal);
        Assert.Contains("Consumer cards, UK", cover, StringComparison.Ordinal);
        Assert.Contains("Data last loaded 2024-04-03 06:12 UTC.", cover, StringComparison.Ordinal);
        Assert.DoesNotContain("Page 1", cover, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cover_lists_the_sections_with_the_pages_they_start_on()
    {
        PdfText.AssertInOrder(
            Pdf.Pages[0],
            "Portfolio at a glance 2",
            "Risk and engagement 3",
            "Engagement pilots 4",
            "Appendix: data quality and definitions 6");
        Assert.Contains("Portfolio at a glance", Pdf.Pages[1], StringComparison.Ordinal);
        Assert.Contains("Risk and engagement", Pdf.Pages[2], StringComparison.Ordinal);
        Assert.Contains("Engagement pilots", Pdf.Pages[3], StringComparison.Ordinal);
        Assert.Contains("Appendix: data quality and definitions", Pdf.Pages[5], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_after_the_cover_has_the_running_header_and_its_page_number()
    {
        for (var page = 2; page <= Pdf.Pages.Count; page++)
        {
            var text = Pdf.Pages[page - 1];
            var header = "Monthly leadership report \u00b7 Consumer cards, UK March 2024";
            Assert.StartsWith(header, text, StringComparison.Ordinal);
            Assert.EndsWith($"Page {page} of {Pdf.Pages.Count}", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_kpi_tiles_show_this_month_the_change_and_last_month()
    {
        // Tiles sit four to a row, and text reads back line by line across a row: labels, values, changes,
        // last month. The figures are the sample's March and February values (index 11 and 10 of its trend):
        // 30+ 0.035 + 0.001 i, 60+ 0.018 + 0.0004 i, 90+ 0.008 + 0.0002 i, 30+ by balance 0.041 + 0.0012 i;
        // a change under 0.05 pp rounds to 0.0 pp and carries no sign.
        PdfText.AssertInOrder(
            Pdf.Pages[1],
            "30+ days past due 60+ days past due 90+ days past due 30+ by balance",
            "4.6% 2.2% 1.0% 5.4%",
            "+0.1 pp 0.0 pp 0.0 pp +0.1 pp",
            "Feb 2024: 4.5% Feb 2024: 2.2% Feb 2024: 1.0% Feb 2024: 5.3%",

            // Cure 0.25 - 0.005 i; engagement 0.30 + 0.01 i; right-party contact flat 0.40; promise-kept
            // 0.6 + 0.002 i except February, which had no promises due: no rate and so no change.
            "Cure rate Engagement rate Right-party contact Promises kept",
            "19.5% 41.0% 40.0% 62.2%",
            $"{Minus}0.5 pp +1.0 pp 0.0 pp no change: no promises due in Feb 2024",
            $"Feb 2024: 20.0% Feb 2024: 40.0% Feb 2024: 40.0% Feb 2024: {Dash}",

            // NPS 10 + 1.5 i; next-month default 0.4% but not stated yet for March, and the tile says so; open accounts
            // 50,000 + 100 i; active customers 42,000 + 80 i.
            "NPS Default next month Open accounts Active customers",
            $"26.5 {Dash} 51,100 42,880",
            "+1.5 pts not stated by the source +100 +80",
            "Feb 2024: 25.0 Feb 2024: 0.4% Feb 2024: 51,000 Feb 2024: 42,800",

            // Survey responses 800 + i.
            "Survey responses",
            "811",
            "+1",
            "Feb 2024: 810");
    }

    [Fact]
    public void Every_segment_row_is_in_the_table_with_its_share_balance_and_last_months_cell_outcome()
    {
        var page = PageWith("Customers by risk band");

        // Shares of the 43,160 customers in the sample's twelve cells, to one decimal. Balances all in
        // millions, as the largest (the 60,340,000 total) reads 60.3 in millions: rounded half away from zero.
        PdfText.AssertInOrder(
            page,
            "Of last month's customers in",
            "this cell: share 30+ now",
            "Low Engaged 12,400 28.7% 18.3m 0.4%",
            "Low Passive 9,800 22.7% 11.4m 0.6%",
            "Low Dark 3,100 7.2% 3.0m 1.1%",
            "Medium Engaged 5,600 13.0% 9.1m 1.8%",
            "Medium Passive 4,900 11.4% 7.4m 2.7%",
            "Medium Dark 2,200 5.1% 2.6m 4.6%",
            "High Engaged 1,400 3.2% 2.5m 7.2%",
            "High Passive 1,300 3.0% 2.1m 9.4%",
            "High Dark 900 2.1% 1.3m 15.1%",
            "Delinquent Engaged 500 1.2% 1.0m 41.2%",
            "Delinquent Passive 450 1.0% 0.8m 53.8%",
            "Delinquent Dark 610 1.4% 1.1m 70.5%",
            "Total 43,160 100.0% 60.3m",
            "Risk band, from the customer's accounts at month end");
        Assert.Equal(0, Pdf.Count("a month later"));
    }

    [Fact]
    public void Under_the_segment_table_the_bands_are_defined_with_the_models_thresholds()
    {
        // The rules of marts.customer_month_profile: delinquent at 30+ days or charged off, high at 1-29 days
        // or a score under 580, medium at 580-669 or no score, low at 670 and over; engaged 2-3 of the last
        // three months with a digital action, passive 1, dark 0.
        PdfText.AssertInOrder(
            Pdf.All,
            "Total 43,160",
            "delinquent 30 or more days past due on any account, or any account charged off;",
            "high 1-29 days past due, or bureau score below 580;",
            "medium up to date with a score of 580-669 or no score;",
            "low up to date with a score of 670 or more.",
            "engaged 2 or 3, passive 1, dark 0.",
            "that is why its total differs from active customers");
    }

    [Fact]
    public void Every_early_warning_flag_is_listed_with_both_months_and_the_change()
    {
        PdfText.AssertInOrder(
            Pdf.All,
            "Missed payment after digital silence 412 388 +24",
            $"Broken promise streak 96 120 {Minus}24",
            "Bureau score drop 57 57 0");
    }

    [Fact]
    public void Every_pilot_row_shows_both_arms_both_lifts_with_intervals_and_the_p_value()
    {
        // Each row reads back as two lines: the figures, then their details (arm sizes and 95% intervals).
        PdfText.AssertInOrder(
            Pdf.All,
            "Digital payment nudges Pilot id P-NUDGE",
            "Sample ratio as planned",
            "Roll to 30+ days past",
            $"5.2% 6.1% {Minus}0.9 pp {Minus}14.8% 0.012",
            $"n = 2,010 n = 1,990 {Minus}2.2 pp to +0.4 pp {Minus}35.3% to +5.8%",
            "Digital engagement 41.2% 36.5% +4.7 pp +12.9% 0.002",
            "n = 2,010 n = 1,990 +1.8 pp to +7.7 pp +4.8% to +21.0%",
            "NPS 18.5 12.3 +6.3 pts +51.0% 0.113",
            $"n = 640 n = 611 {Minus}1.5 pts to +14.0 pts {Minus}12.2% to +114.3%",
            "Spend per customer 84.20 80.10 +4.10 +5.1% 0.213",
            $"n = 2,010 n = 1,990 {Minus}2.35 to +10.55 {Minus}2.9% to +13.2%",
            "Early courtesy call Pilot id P-CALL",
            "Roll to 30+ days past",
            "8.1% 7.9% +0.2 pp +2.5% 0.841",
            $"n = 1,560 n = 1,210 {Minus}1.8 pp to +2.2 pp {Minus}22.8% to +27.9%",
            $"NPS 25.0 11.1 {Dash} {Dash} {Dash}",
            "Not decision-ready. Fewer",
            $"n = 12 n = 9 {Dash} {Dash}",
            "than 30 survey responses in an arm.");
    }

    [Fact]
    public void Only_the_pilot_with_a_sample_ratio_mismatch_is_marked_not_decision_ready()
    {
        Assert.Equal(1, Pdf.Count("Not decision-ready: sample ratio mismatch"));
        PdfText.AssertInOrder(
            Pdf.All,
            "Early courtesy call Pilot id P-CALL",
            "Not decision-ready: sample ratio mismatch",
            "Observed pilot share 56.3% against a planned 50.0% (sample-ratio p-value <0.001).");
        Assert.Equal(1, Pdf.Count("Sample ratio as planned"));
    }

    [Fact]
    public void The_interval_chart_labels_each_metric_and_says_which_has_no_estimate()
    {
        PdfText.AssertInOrder(
            Pdf.All,
            "Early courtesy call Pilot id P-CALL",
            "Roll to 30+ days past due",
            "NPS no lift estimate: see the note in the table above",
            "Relative lift against control, with 95% interval");
        Assert.Equal(0, Pdf.Count("(no interval)"));
    }

    [Fact]
    public void The_data_quality_appendix_lists_every_extract()
    {
        var appendix = PageWith("Extract loads");

        // Rejected share = rejected / (loaded + rejected): 12 / 48,222 = 0.02%; 1,377 / 1,205,709 = 0.11%.
        PdfText.AssertInOrder(
            appendix,
            "customers 3 0 48,210 12 0.02% 2024-04-03 06:02",
            "engagement 12 1 1,204,332 1,377 0.11% 2024-04-03 06:12",
            "risk 12 0 602,118 0 0.00% 2024-04-03 06:08",
            "surveys 12 0 9,870 30 0.30% 2024-04-03 06:09");
    }

    [Fact]
    public void The_appendix_defines_every_tile_band_and_flag_and_says_amounts_are_in_the_sources_currency()
    {
        var appendix = PageWith("Extract loads");

        // The first line of each definition row: the term, then its definition as docs/schema.md states it.
        PdfText.AssertInOrder(
            appendix,
            "Definitions",
            "Default next month Of the open accounts whose month-end snapshot states whether they defaulted",
            "the share stated as defaulted; shown only where the source states it.",
            "Open accounts Accounts with a snapshot at month end that are not charged off.",
            "Active customers Customers in the book with an open account or an active customer status at month end.",
            "Risk band From the customer's accounts at month end, the first rule that holds: delinquent 30",
            "score below 580; medium up to date with a score of 580-669 or no score; low up to date with",
            "Engagement band From how many of this month and the two before had a customer-initiated",
            "engaged 2 or 3, passive 1, dark 0.",
            "Missed payment after",
            "Broken promise to",
            "Bureau score drop",
            "50 points or more",
            "Amounts Balances and spend are in the source's currency, as the extracts state them; the warehouse");
    }

    [Fact]
    public void Charts_are_vectors_with_their_labels_as_text()
    {
        Assert.Equal(0, Pdf.ImageCount);

        // Tick labels come back once each: a chart drawn twice over itself would double every letter.
        PdfText.AssertInOrder(
            Pdf.Pages[1],
            "Delinquency, last 12 months",
            "5.0%",
            "4.0%",
            "Apr May Jun Jul Aug Sep Oct Nov Dec Jan Feb Mar 2023 2024",
            "30+ days past due 60+ days past due 90+ days past due 30+ by balance");
        PdfText.AssertInOrder(
            Pdf.Pages[2],
            "Engagement and NPS, last 12 months",
            "Engagement, contact and promises Net promoter score",
            "May Jul Sep Nov Jan Mar May Jul Sep Nov Jan Mar 2023 2024 2023 2024",
            "Engagement rate Right-party contact NPS Promises kept");
    }

    [Fact]
    public void Every_letter_is_set_in_the_embedded_dejavu_fonts()
    {
        var fonts = Pdf.FontsByPage.SelectMany(f => f).Distinct(StringComparer.Ordinal).ToList();

        // Subset fonts carry a six-letter tag before the name, as in "AAAAAA+DejaVuSans".
        Assert.All(fonts, name => Assert.Matches("^[A-Z]{6}\\+DejaVuSans(-Bold)?$", name));
        Assert.Contains(fonts, name => name.EndsWith("+DejaVuSans", StringComparison.Ordinal));
        Assert.Contains(fonts, name => name.EndsWith("+DejaVuSans-Bold", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_report_renders_to_the_same_bytes()
    {
        var again = RenderedSampleReport.Render(SampleMonthlyReport.Build());

        Assert.Equal(rendered.Bytes, again);
    }

    [Fact]
    public void A_report_with_nothing_but_its_kpis_still_renders_with_every_section()
    {
        var sparse = SampleMonthlyReport.Build() with
        {
            Segments = [],
            EarlyWarnings = [],
            PilotLift = [],
            DataQuality = [],
            DataLoadedAt = null,
        };

        var text = PdfText.Read(RenderedSampleReport.Render(sparse)).All;

        PdfText.AssertInOrder(
            text,
            $"Data last loaded {Dash}",
            "The warehouse has no segments for this month.",
            "No customer was flagged in Mar 2024 or Feb 2024.",
            "The warehouse has no pilot results.",
            "The warehouse has no record of any load.");
    }

    private string PageWith(string text) => Pdf.Pages.First(p => p.Contains(text, StringComparison.Ordinal));
}
