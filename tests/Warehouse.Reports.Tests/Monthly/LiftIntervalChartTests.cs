using System.Text.RegularExpressions;
using Warehouse.Reports.Layout;
using Warehouse.Reports.Monthly;

namespace Warehouse.Reports.Tests.Monthly;

/// <summary>
/// The pilot interval chart: what it draws for each metric, what it says where it cannot draw a relative
/// lift, and its x range. Figures are the sample's (see <see cref="SampleMonthlyReport"/>) or written here.
/// </summary>
public sealed partial class LiftIntervalChartTests(RenderedSampleReport rendered) : IClassFixture<RenderedSampleReport>
{
    private const string Minus = "\u2212";

    [Fact]
    public void Nps_against_a_control_below_zero_says_why_it_has_no_relative_lift_and_gives_the_absolute_one()
    {
        // The case the lift job leaves without a relative lift: control NPS -19.5, pilot 14.0, absolute lift
        // +33.5 points with interval +15.8 to +51.2.
        var nps = Row("nps", "nps", 14.0, -19.5, 33.5, 15.8, 51.2, relative: null);
        var report = SampleMonthlyReport.Build() with
        {
            PilotLift =
            [
                .. SampleMonthlyReport.PilotLift().Where(r => r.PilotId == "P-NUDGE" && r.Metric != "nps"),
                nps,
            ],
        };

        var text = PdfText.Read(RenderedSampleReport.Render(report)).All;

        PdfText.AssertInOrder(
            text,
            "Spend per customer",
            "NPS relative lift not defined: control below zero; absolute +33.5 pts [+15.8, +51.2]",
            "Relative lift against control, with 95% interval");
    }

    [Fact]
    public void The_x_axis_runs_past_the_outermost_interval_ends_on_both_sides()
    {
        // P-NUDGE's relative intervals reach from -35.25% (roll to 30+) to +114.29% (NPS), and zero is kept in
        // view. Headroom 0.08 x 149.54 = 11.96: -47.2 to +126.3; step at least 173.5 / 6 = 28.9, so 50.
        var page = rendered.Words.Pages[rendered.Words.PageOf("Digital payment nudges")];
        var axisLabel = PdfWords.IndexOf(page, "Relative lift against control, with 95% interval");
        var ticks = page.Take(axisLabel).Reverse().TakeWhile(w => PercentTick().IsMatch(w.Text)).Reverse();

        Assert.Equal([$"{Minus}50%", "0%", "+50%", "+100%", "+150%"], ticks.Select(w => w.Text));
    }

    [Fact]
    public void The_x_scale_keeps_every_interval_off_the_frame()
    {
        var scale = LiftIntervalChart.HorizontalScale(SampleMonthlyReport.PilotLift());

        // Over both sample pilots: -35.25% to +114.29% as above; P-CALL's ends lie inside them.
        Assert.Equal(new AxisScale(-50, 150, 50), scale);
    }

    [Fact]
    public void A_pilot_without_any_relative_lift_still_gets_an_axis_around_zero()
    {
        var scale = LiftIntervalChart.HorizontalScale([Row("nps", "nps", 14.0, -19.5, 33.5, 15.8, 51.2, null)]);

        Assert.True(scale.Low < 0 && scale.High > 0, $"{scale} should have zero inside it.");
    }

    [Theory]
    [InlineData("rate", 0.052, 0.061, -0.009, -0.0215, 0.0035, "\u22120.9 pp [\u22122.2, +0.4]")]
    [InlineData("nps", 14.0, -19.5, 33.5, 15.8, 51.2, "+33.5 pts [+15.8, +51.2]")]
    [InlineData("mean", 1_084.2, 1_080.1, 4.1, -2.35, 1_010.55, "+4.10 [\u22122.35, +1,010.55]")]
    public void The_absolute_lift_reads_with_its_interval_in_the_metrics_unit(
        string kind,
        double pilot,
        double control,
        double lift,
        double low,
        double high,
        string expected)
    {
        var row = Row("metric", kind, pilot, control, lift, low, high, relative: null);

        Assert.Equal(expected, PilotLiftFormat.AbsoluteWithInterval(row));
    }

    [Fact]
    public void Each_reason_for_a_missing_relative_lift_is_named()
    {
        var zero = Row("nps", "nps", 4.0, 0, 4.0, 1.0, 7.0, relative: null);
        var tiny = Row("nps", "nps", 4.0, 1e-300, 4.0, null, null, relative: null);
        var none = Row("nps", "nps", 25.0, 11.1, null, null, null, relative: null);
        var drawn = Row("nps", "nps", 18.5, 12.25, 6.25, -1.5, 14.0, relative: 0.5102);

        Assert.Equal(
            "relative lift not defined: control mean is zero; absolute +4.0 pts [+1.0, +7.0]",
            PilotLiftFormat.WhyNoRelativeLift(zero));
        Assert.Equal(
            "relative lift not defined: control too close to zero; absolute +4.0 pts (no interval)",
            PilotLiftFormat.WhyNoRelativeLift(tiny));
        Assert.Equal("no lift estimate: see the note in the table above", PilotLiftFormat.WhyNoRelativeLift(none));
        Assert.Null(PilotLiftFormat.WhyNoRelativeLift(drawn));
    }

    [GeneratedRegex("^[+\u2212]?[0-9.]+%$")]
    private static partial Regex PercentTick();

    private static PilotLiftRow Row(
        string metric,
        string kind,
        double pilot,
        double control,
        double? lift,
        double? low,
        double? high,
        double? relative) =>
        new(
            "P-NUDGE", "Digital payment nudges", metric, kind, false, 164, 149, pilot, control, lift, low, high,
            relative, null, null, lift is null ? null : 3.9, lift is null ? null : 0.0004, 0.5025, 0.5, 0.7521,
            false, null);
}
