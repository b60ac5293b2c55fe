using Warehouse.Reports.Monthly;

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
    public void The_report_has_ten_pages_for_the_sample()
    {
        // Cover; tiles; trend charts; roll rates and vintages; segments and early warnings; each pilot; the
        // appendix's loads and definitions over two pages; provenance.
        Assert.Equal(10, Pdf.Pages.Count);
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
            "Arrears in depth 4",
            "Risk and engagement 5",
            "Engagement pilots 6",
            "Appendix: data quality and definitions 8",
            "Appendix: provenance 10");
        Assert.Contains("Portfolio at a glance", Pdf.Pages[1], StringComparison.Ordinal);
        Assert.Contains("Arrears in depth", Pdf.Pages[3], StringComparison.Ordinal);
        Assert.Contains("Risk and engagement", Pdf.Pages[4], StringComparison.Ordinal);
        Assert.Contains("Engagement pilots", Pdf.Pages[5], StringComparison.Ordinal);
        Assert.Contains("Appendix: data quality and definitions", Pdf.Pages[7], StringComparison.Ordinal);
        Assert.Contains("Appendix: provenance", Pdf.Pages[9], StringComparison.Ordinal);
    }

    [Fact]
    public void The_cover_summarises_what_moved_against_last_month_and_last_year_in_sentences()
    {
        // From the sample's counts (SampleMonthlyReport.Trend): engagement 16,400 against 16,000 of 40,000, pooled
        // 0.405, standard error sqrt(0.405 x 0.595 x 2 / 40,000) = 0.00347, z = 2.88: the only rate of the ten
        // compared beyond noise. 30+ 2,300 against 2,250 of 50,000: z = 0.001 / 0.00132 = 0.76, steady; against
        // 1,700 a year before: z = 0.012 / 0.00124 = 9.7, up. Cure 390 against 400 of 2,000: z = 0.40, steady;
        // against 510: z = 4.5, down. NPS 26.5 (386 and 174 of 800) against 8.5 (314 and 246): variances 7.872
        // and 8.660, standard error 4.066, z = 4.4, up; its interval 26.5 +- 1.96 x 2.806 = 21.0 to 32.0.
        PdfText.AssertInOrder(
            Pdf.Pages[0],
            "Executive summary",
            "1 of 10 headline rates moved beyond month-to-month noise since February 2024: engagement rate up",
            "1.0 pp (better).",
            "The 30+ days past due rate was 4.6% in March 2024: steady on February 2024 (+0.1 pp, within noise)",
            "and up 1.2 pp on March 2023 (worse).",
            "The cure rate was 19.5% in March 2024: steady on February 2024",
            "and down 6.0 pp on March 2023 (worse).",
            "The engagement rate was 41.0% in March 2024: up 1.0 pp on February 2024 (better) and up 12.0 pp on",
            "The promise-kept rate was 62.2% in March 2024: not comparable with February 2024 (no promises due",
            "NPS was 26.5 in March 2024 (95% interval 21.0 to 32.0): steady on February 2024 (+1.5 points, within",
            "noise) and up 18.0 points on March 2023 (better).",
            "2 pilots reported; 1 not decision-ready.",
            "Contents");
        Assert.Equal(0, Pdf.Count("up 0.1 pp"));
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
    public void The_kpi_tiles_show_this_month_and_the_judged_change_on_last_month_and_last_year()
    {
        // Tiles sit three to a row, and text reads back line by line across a row: labels, values, the change on
        // February 2024, on March 2023, then both months' values. Counts and rates are the sample's
        // (SampleMonthlyReport.Trend, j = 11, 10 and -1). 30+: 2,300, 2,250 and 1,700 of 50,000; pooled z 0.76
        // on February (within noise), 9.7 on March 2023 (beyond). 60+: 1,120, 1,100, 880: z 0.43 and 5.4.
        // 90+: 510, 500, 390: z 0.32 and 4.0. A change under 0.05 pp rounds to 0.0 pp and carries no sign.
        PdfText.AssertInOrder(
            Pdf.Pages[1],
            "30+ days past due 60+ days past due 90+ days past due",
            "4.6% 2.2% 1.0%",
            "vs Feb 2024 +0.1 pp within noise vs Feb 2024 0.0 pp within noise vs Feb 2024 0.0 pp within noise",
            "vs Mar 2023 +1.2 pp beyond noise vs Mar 2023 +0.5 pp beyond noise vs Mar 2023 +0.2 pp beyond noise",
            "Feb 2024: 4.5% \u00b7 Mar 2023: 3.4% Feb 2024: 2.2% \u00b7 Mar 2023: 1.8% Feb 2024: 1.0% \u00b7 "
                + "Mar 2023: 0.8%",

            // 30+ by balance 5.42%, 5.30%, 3.98% of 100m owed with squared balances summing to 2.5e11: variances
            // 1.2816e-6, 1.2548e-6 and 9.554e-7; z = 0.0012 / 0.00159 = 0.75 and 0.0144 / 0.00150 = 9.6.
            "30+ by balance 60+ by balance 90+ by balance",
            "5.4% 2.2% 1.0%",
            "vs Feb 2024 +0.1 pp within noise vs Feb 2024 0.0 pp within noise vs Feb 2024 0.0 pp within noise",
            "vs Mar 2023 +1.4 pp beyond noise vs Mar 2023 0.0 pp within noise vs Mar 2023 0.0 pp within noise",

            // Cure 390, 400, 510 of 2,000: z 0.40 and 4.5. Engagement 16,400, 16,000, 11,600 of 40,000: z 2.88
            // and far beyond. Right-party contact flat at 2,000 of 5,000.
            "Cure rate Engagement rate Right-party contact",
            "19.5% 41.0% 40.0%",
            $"vs Feb 2024 {Minus}0.5 pp within noise vs Feb 2024 +1.0 pp beyond noise vs Feb 2024 0.0 pp within noise",
            $"vs Mar 2023 {Minus}6.0 pp beyond noise vs Mar 2023 +12.0 pp beyond noise vs Mar 2023 0.0 pp within noise",
            "Feb 2024: 20.0% \u00b7 Mar 2023: 25.5% Feb 2024: 40.0% \u00b7 Mar 2023: 29.0%",

            // Promises kept: none due in February 2024, so no change; 311 against 299 of 500 a year before:
            // pooled 0.61, z 0.78. NPS with its interval (worked in the summary test); next-month default not yet
            // stated for March.
            "Promises kept NPS Default next month",
            "95% CI 21.0 to 32.0",
            $"62.2% 26.5 {Dash}",
            "no promises due in Feb 2024 vs Feb 2024 +1.5 pts within noise not yet stated by the source",
            "vs Mar 2023 +2.4 pp within noise vs Mar 2023 +18.0 pts beyond noise",
            $"Feb 2024: {Dash} \u00b7 Mar 2023: 59.8% Feb 2024: 25.0 \u00b7 Mar 2023: 8.5 Feb 2024: 0.4% \u00b7 "
                + "Mar 2023: 0.4%",

            // Counts are exact: their change carries no noise word.
            "Open accounts Active customers Survey responses",
            "50,000 40,000 800",
            "vs Feb 2024 0 vs Feb 2024 0 vs Feb 2024 0");
        Assert.Equal(0, Pdf.Count("0 within noise"));
    }

    [Fact]
    public void Every_segment_cell_shows_its_customers_share_and_movement_since_last_month()
    {
        var page = PageWith("Customers by risk band");

        // Shares of the 43,160 customers in the sample's twelve cells, to one decimal; movement is this month's
        // customers less last month's (12,400 - 12,300 = +100, ...). Balances are row sums in millions: low
        // 18.25 + 11.4 + 2.95 = 32.6m. Each row reads back as the counts, then the shares and movements.
        PdfText.AssertInOrder(
            page,
            "Risk band Engaged Passive Dark All engagement Balance",
            "Low 12,400 9,800 3,100 25,300 32.6m",
            $"28.7% \u00b7 +100 22.7% \u00b7 {Minus}50 7.2% \u00b7 +20 58.6% \u00b7 +70",
            "Medium 5,600 4,900 2,200 12,700 19.1m",
            $"13.0% \u00b7 0 11.4% \u00b7 +30 5.1% \u00b7 {Minus}40 29.4% \u00b7 {Minus}10",
            "High 1,400 1,300 900 3,600 5.8m",
            $"3.2% \u00b7 +10 3.0% \u00b7 {Minus}10 2.1% \u00b7 +5 8.3% \u00b7 +5",
            "Delinquent 500 450 610 1,560 2.9m",
            $"1.2% \u00b7 {Minus}25 1.0% \u00b7 +15 1.4% \u00b7 +60 3.6% \u00b7 +50",
            "All risk bands 19,900 16,450 6,810 43,160 60.3m",
            $"46.1% \u00b7 +85 38.1% \u00b7 {Minus}15 15.8% \u00b7 +45 100.0% \u00b7 +115",
            "Risk band, from the customer's accounts at month end");
    }

    [Fact]
    public void Last_months_cells_show_how_many_are_30_plus_now_out_of_how_many()
    {
        PdfText.AssertInOrder(
            PageWith("How last month's cells fared"),
            "Of the customers in each cell in Feb 2024, the share 30+ days past due in Mar 2024.",
            "Low 0.4% 0.6% 1.1% of 12,300 of 9,850 of 3,080",
            "Medium 1.8% 2.7% 4.6% of 5,600 of 4,870 of 2,240",
            "High 7.2% 9.4% 15.1% of 1,390 of 1,310 of 895",
            "Delinquent 41.2% 53.8% 70.5% of 525 of 435 of 550");
    }

    [Fact]
    public void The_roll_rate_heat_map_prints_every_cell_with_its_accounts()
    {
        // Shares are each cell's accounts over its row's: 920 / 46,000 = 2.0%, 600 / 1,000 = 60.0%, ...
        PdfText.AssertInOrder(
            PageWith("Roll rates, Feb 2024 to Mar 2024"),
            "Last month \\ this Current 1-29 days 30-59 days 60-89 days 90+ days Charged off",
            "Current 98.0% 2.0% 0.0% 0.0% 0.0% 0.0% 46,000 accounts 45,080 920 0 0 0 0",
            "1-29 days 40.0% 30.0% 30.0% 0.0% 0.0% 0.0% 1,500 accounts 600 450 450 0 0 0",
            "30-59 days 15.0% 10.0% 15.0% 60.0% 0.0% 0.0% 1,000 accounts 150 100 150 600 0 0",
            "60-89 days 10.0% 0.0% 5.0% 15.0% 70.0% 0.0% 600 accounts 60 0 30 90 420 0",
            "90+ days 0.0% 0.0% 0.0% 0.0% 75.0% 25.0% 400 accounts 0 0 0 0 300 100");
    }

    [Fact]
    public void The_vintage_table_has_a_row_per_quarter_and_a_cell_per_age_reached()
    {
        PdfText.AssertInOrder(
            PageWith("Delinquency by vintage"),
            "3 6 9 12 15 18 21 24",
            "2023 Q1 1.0% 2.0% 3.0% 4.0% 200 200 200 200",
            "2023 Q2 1.0% 2.0% 3.0% 200 200 200",
            "2023 Q3 2.0% 4.0% 200 200",
            "2023 Q4 1.0% 200");
    }

    [Fact]
    public void Heat_map_shades_darken_with_the_value_in_grey_as_in_colour()
    {
        // Rec. 601 luma of the fill: white at 0, the accent colour (0x1B3A5C) at 1, falling in between.
        static double Luma(double intensity)
        {
            var colour = HeatGrid.Shade(intensity);
            return (0.299 * colour.Red) + (0.587 * colour.Green) + (0.114 * colour.Blue);
        }

        var lumas = new[] { 0, 0.25, 0.5, 0.75, 1 }.Select(Luma).ToList();

        Assert.Equal(255, lumas[0], 6);
        Assert.Equal((0.299 * 0x1B) + (0.587 * 0x3A) + (0.114 * 0x5C), lumas[^1], 6);
        Assert.Equal(lumas.OrderDescending(), lumas);
        Assert.All(lumas.Zip(lumas.Skip(1)), pair => Assert.True(pair.First - pair.Second > 40));
    }

    [Fact]
    public void Under_the_segment_table_the_bands_are_defined_with_the_models_thresholds()
    {
        // The rules of marts.customer_month_profile: delinquent at 30+ days or charged off, high at 1-29 days
        // or a score under 580, medium at 580-669 or no score, low at 670 and over; engaged 2-3 of the last
        // three months with a digital action, passive 1, dark 0.
        PdfText.AssertInOrder(
            Pdf.All,
            "All risk bands 19,900 16,450 6,810 43,160",
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
    public void The_data_quality_appendix_lists_every_extract_with_its_latest_data_month()
    {
        var appendix = PageWith("Extract loads");

        // Rejected share = rejected / (loaded + rejected): 12 / 48,222 = 0.02%; 1,377 / 1,205,709 = 0.11%. The
        // sample keeps no drift record, so there is no drift column.
        PdfText.AssertInOrder(
            appendix,
            "customers 3 0 48,210 12 0.02% Mar 2024 2024-04-03 06:02",
            "engagement 12 1 1,204,332 1,377 0.11% Mar 2024 2024-04-03 06:12",
            "risk 12 0 602,118 0 0.00% Mar 2024 2024-04-03 06:08",
            "surveys 12 0 9,870 30 0.30% Feb 2024 2024-04-03 06:09");
        Assert.Equal(0, Pdf.Count("drift"));
    }

    [Fact]
    public void Drift_is_shown_per_extract_where_the_warehouse_records_it()
    {
        var report = SampleMonthlyReport.Build();
        var withDrift = report with
        {
            DataQuality = report.DataQuality
                .Select((e, i) => e with { DriftChanges = i == 2 ? 3 : 0 })
                .ToList(),
        };

        var text = PdfText.Read(RenderedSampleReport.Render(withDrift)).All;

        PdfText.AssertInOrder(
            text,
            "Drift changes",
            "customers 3 0 48,210 12 0.02% 0 Mar 2024",
            "risk 12 0 602,118 0 0.00% 3 Mar 2024");
    }

    [Fact]
    public void Provenance_lists_each_batch_and_model_with_its_fingerprint()
    {
        var page = PageWith("Load batches");

        // Twelve hex digits of each SHA-256; file names without their folder. The sample has pilots, whose figures
        // the lift job writes outside the fingerprinted SQL models, and the intro says so.
        PdfText.AssertInOrder(
            page,
            "1 customers customers_2024-03.csv 0d5c6e534259 48,210 2024-04-03 06:02",
            "7 engagement engagement_2024-03.csv ad071d9fde11 104,332 2024-04-03 06:12",
            "4 risk risk_2024-03.csv dd7acd59c64b 50,118 2024-04-03 06:08",
            "Build run 12, finished 2024-04-03 06:30 UTC",
            "3 models, then 404",
            "the warehouse records no version of that job.",
            "staging.stg_risk 602,118 27c4c965f7c0",
            "marts.portfolio_kpis_monthly 13 9f00aa1b2c3d",
            "marts.retired_model 5 not recorded");
    }

    [Fact]
    public void The_appendix_defines_every_tile_band_and_flag_and_says_amounts_are_in_the_sources_currency()
    {
        // The definitions run onto the page after the loads.
        var appendix = string.Join(
            " ", Pdf.Pages.SkipWhile(p => !p.Contains("Extract loads", StringComparison.Ordinal)));

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
            "Relative lift Lift over the control arm's level, in percent. Its 95% interval is Fieller's",
            "Amounts Balances and spend are in the source's currency, as the extracts state them; the warehouse");
    }

    [Fact]
    public void Charts_are_vectors_with_their_labels_as_text()
    {
        Assert.Equal(0, Pdf.ImageCount);

        // Tick labels come back once each: a chart drawn twice over itself would double every letter.
        PdfText.AssertInOrder(
            Pdf.Pages[2],
            "Delinquency, last 13 months",
            "5.0%",
            "4.0%",
            "Mar Apr May Jun Jul Aug Sep Oct Nov Dec Jan Feb Mar 2023 2024",
            "30+ days past due 60+ days past due 90+ days past due 30+ by balance",
            "Engagement and NPS, last 13 months",
            "Engagement, contact and promises Net promoter score",
            "Mar May Jul Sep Nov Jan Mar Mar May Jul Sep Nov Jan Mar 2023 2024 2023 2024",
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
            RollRates = [],
            Vintages = [],
            Batches = [],
            Build = null,
        };

        var text = PdfText.Read(RenderedSampleReport.Render(sparse)).All;

        PdfText.AssertInOrder(
            text,
            $"Data last loaded {Dash}",
            "No roll rates for Mar 2024: the warehouse has no account snapshots for both Feb 2024 and Mar 2024.",
            "No vintage has reached 3 months on book within the months the warehouse holds.",
            "The warehouse has no segments for this month.",
            "No customer was flagged in Mar 2024 or Feb 2024.",
            "The warehouse has no pilot results.",
            "The warehouse has no record of any load.",
            "The warehouse has no loaded batch.",
            "The warehouse records no build whose models all built.");
    }

    private string PageWith(string text) => Pdf.Pages.First(p => p.Contains(text, StringComparison.Ordinal));
}
