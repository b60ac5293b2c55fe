using Warehouse.Reports.Layout;
using Warehouse.Reports.Pilots;
using Warehouse.Reports.Tests.Layout;

namespace Warehouse.Reports.Tests.Pilots;

public sealed class PilotReportRendererTests
{
    [Fact]
    public void A_pilot_that_failed_its_sample_ratio_check_says_not_decision_ready_on_every_page_of_figures()
    {
        var report = SamplePilotReport.WithSampleRatioFailure();

        var pdf = PdfText.Read(Render(report, PaperSize.A4));

        Assert.Contains("Verdict: Not decision-ready", pdf.Pages[0], StringComparison.Ordinal);
        Assert.Contains(SamplePilotReport.Reason, pdf.Pages[0], StringComparison.Ordinal);
        foreach (var title in new[] { "Design and checks", "Results", "Lift over time" })
        {
            var page = pdf.Pages.Single(p => p.Contains(title + " ", StringComparison.Ordinal)
                && !p.Contains("Contents", StringComparison.Ordinal));
            Assert.Contains(
                "NOT DECISION-READY: sample-ratio check failed (p < 0.001)", page, StringComparison.Ordinal);
        }

        Assert.Contains("FAILED: the arms are not split as planned", pdf.All, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_goal_balance_row_and_integrity_check_appears_and_imbalance_is_flagged()
    {
        var pdf = PdfText.Read(Render(SamplePilotReport.WithSampleRatioFailure(), PaperSize.A4));

        Assert.Contains("Roll to 30+ days past due", pdf.All, StringComparison.Ordinal);
        Assert.Contains("Guardrail, margin 2.0 pts; higher is better", pdf.All, StringComparison.Ordinal);
        Assert.Contains("Secondary, Holm-adjusted; higher is better", pdf.All, StringComparison.Ordinal);

        // -0.386 is beyond the 0.1 threshold, 0.033 within it.
        Assert.Equal(1, pdf.Count("imbalanced: |d| > 0.1"));
        Assert.Contains("Customers in both arms", pdf.All, StringComparison.Ordinal);
        Assert.Contains("Outcomes before assignment", pdf.All, StringComparison.Ordinal);

        // Lift of -0.031 with interval [-0.062, 0.0] as percentage points.
        Assert.Contains("\u22123.1 pp [\u22126.2 pp, 0.0 pp]", pdf.All, StringComparison.Ordinal);
    }

    [Fact]
    public void A_covariate_no_customer_has_and_months_that_repeat_the_last_estimate_are_left_out_with_a_note()
    {
        var pdf = PdfText.Read(Render(SamplePilotReport.WithSampleRatioFailure(), PaperSize.A4));

        // Months on book has no value in either arm; May 2024 repeats April's figures exactly.
        Assert.DoesNotContain("Months on book", pdf.All, StringComparison.Ordinal);
        Assert.Contains(
            "Not shown, as no customer of either arm has a pre-period value: months on book.",
            pdf.All,
            StringComparison.Ordinal);
        Assert.Contains(
            "No customer or outcome was added after Apr 2024: the months to May 2024 repeat its estimate",
            pdf.All,
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_lift_over_time_axis_is_labelled_in_whole_steps_with_the_reports_minus_sign()
    {
        // The sample's roll-rate lift runs from -7.0 pp to +3.0 pp: four intervals of that spread with headroom
        // need a step of 5 (AxisScale), so the ticks are -10, -5, 0 and 5, written as the report writes figures.
        var pdf = PdfText.Read(Render(SamplePilotReport.WithSampleRatioFailure(), PaperSize.A4));

        var page = pdf.Pages.Single(p => p.Contains(LiftOverTimeSection.Title + " ", StringComparison.Ordinal)
            && !p.Contains("Contents", StringComparison.Ordinal));

        Assert.Contains("\u221210", page, StringComparison.Ordinal);
        Assert.Contains("\u22125", page, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(^|\s)-\d", page);
    }

    [Fact]
    public void The_cuped_and_power_tables_show_each_goals_figures_in_the_metrics_unit()
    {
        // Each row reads figures first, then the small type under them. CUPED narrowed the primary's interval
        // from [-6.2, 0.0] pp (width 6.2) to [-5.0, -0.6] pp (width 4.4): 1 - 4.4 / 6.2 = 29.0%. Power: a 0.06
        // minimum detectable effect is 6.0 pp, 40% of the baseline; the lift seen, -0.031, is -3.1 pp, beside the
        // 3,640 customers the power row states are needed.
        var sample = SamplePilotReport.WithSampleRatioFailure();
        var primary = sample.Goals[0] with
        {
            CupedLift = -0.028,
            CupedCiLow = -0.050,
            CupedCiHigh = -0.006,
            VarianceReduction = 1 - (4.4 / 6.2),
        };
        var report = sample with { Goals = [primary, .. sample.Goals.Skip(1)] };

        var pdf = PdfText.Read(Render(report, PaperSize.A4));

        PdfText.AssertInOrder(
            pdf.All,
            "CUPED: the lift adjusted",
            "Roll to 30+ days past due \u22123.1 pp \u22122.8 pp +29.0% \u22126.2 pp to 0.0 pp \u22125.0 pp to "
                + "\u22120.6 pp",
            "Power",
            "Roll to 30+ days past due 1,000 6.0 pp \u22123.1 pp 3,640 planned 40.0% of the baseline");
    }

    [Fact]
    public void The_definitions_say_what_a_relative_lift_is_and_when_its_interval_is_unbounded()
    {
        var pdf = PdfText.Read(Render(SamplePilotReport.WithSampleRatioFailure(), PaperSize.A4));

        PdfText.AssertInOrder(
            pdf.Pages[^1],
            "Definitions",
            "Lift Pilot arm less control arm",
            "Relative lift Lift over the control arm's level, in percent. Its 95% interval is Fieller's;",
            "unbounded and only the absolute lift can be read.");
    }

    [Fact]
    public void The_same_report_renders_the_same_bytes_twice_and_letter_differs_from_a4()
    {
        var report = SamplePilotReport.WithSampleRatioFailure();

        var first = Render(report, PaperSize.A4);
        var second = Render(report, PaperSize.A4);
        var letter = Render(report, PaperSize.Letter);

        Assert.Equal(first, second);
        Assert.NotEqual(first, letter);
    }

    [Theory]
    [InlineData(PaperSize.A4)]
    [InlineData(PaperSize.Letter)]
    public void Every_word_of_the_pilot_report_sits_inside_the_margins_of_either_paper(PaperSize paper)
    {
        // The forest plot's column headings and figures share the right third of the page with nothing beyond.
        var pdf = Render(SamplePilotReport.WithSampleRatioFailure(), paper);

        PageMargins.AssertEveryWordInside(pdf, paper);
    }

    [Fact]
    public void Every_font_in_the_pdf_is_an_embedded_dejavu_font()
    {
        var pdf = PdfText.Read(Render(SamplePilotReport.WithSampleRatioFailure(), PaperSize.A4));

        var fonts = pdf.FontsByPage.SelectMany(f => f).Distinct(StringComparer.Ordinal).ToList();

        Assert.All(fonts, name => Assert.Matches("^[A-Z]{6}\\+DejaVuSans(-Bold)?$", name));
    }

    private static byte[] Render(PilotReport report, PaperSize paper)
    {
        using var stream = new MemoryStream();
        new PilotReportRenderer(paper).Render(report, stream);
        return stream.ToArray();
    }
}
