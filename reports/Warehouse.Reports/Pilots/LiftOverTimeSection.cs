using ScottPlot;
using ScottPlot.TickGenerators;
using Warehouse.Reports.Layout;
using Warehouse.Reports.Monthly;

namespace Warehouse.Reports.Pilots;

/// <summary>
/// Each goal's decision estimate as it stood at each month end (<c>marts.pilot_lift_monthly</c>), with its 95%
/// interval and the no-effect line: how the evidence built up. One small chart per goal, in goal order.
/// </summary>
internal static class LiftOverTimeSection
{
    public const string Title = "Lift over time";

    private const float ChartHeight = 125f;

    private const int MaxMonthLabels = 8;

    public static void Write(ReportLayout layout, PilotReport report)
    {
        layout.StartSection(Title, onNewPage: true);
        layout.Paragraph(Title, ReportTheme.SectionHeading, 6f);
        ReadinessBand.Draw(layout, report.Verdict);
        layout.Paragraph(
            "The deciding estimate of each goal over the outcome windows closed (or cut) at each month end, with its "
            + "95% interval. Early months rest on few customers; looking month after month at a running pilot raises "
            + "the chance of a false \u201cmet\u201d, so read the last point, not the best one."
            + (report.Verdict.IsObservational ? " " + VerdictText.ObservationalLabel + " estimates." : ""),
            ReportTheme.Body,
            8f);

        var months = report.LiftOverTime.ToLookup(m => m.Metric, StringComparer.Ordinal);
        foreach (var goal in report.Goals)
        {
            var estimated = months[goal.Metric].Where(m => m.Lift is { } v && double.IsFinite(v)).ToList();
            var points = WithoutRepeats(estimated);
            var heading = $"{PilotMetricLabels.For(goal.Metric)} \u00b7 {VerdictText.RoleDetail(goal)}"
                + (goal.IsObservational ? " \u00b7 observational" : "");
            layout.Heading(heading, ReportTheme.Body with { Typeface = ReportFonts.Bold }, ChartHeight, 2f);
            if (points.Count == 0)
            {
                layout.Paragraph("No month has an estimate yet.", ReportTheme.Note, 8f);
                continue;
            }

            using var plot = Create(goal, points, report.Verdict.IsDecisionReady);
            ChartBlock.Draw(layout, plot, ChartHeight);
            if (points.Count < estimated.Count)
            {
                layout.Paragraph(
                    $"No customer or outcome was added after {FigureFormat.ShortMonth(points[^1].AsOfMonth)}: the "
                    + $"months to {FigureFormat.ShortMonth(estimated[^1].AsOfMonth)} repeat its estimate and are "
                    + "not drawn.",
                    ReportTheme.Note,
                    2f);
            }

            layout.Space(6f);
        }
    }

    /// <summary>
    /// The months up to the last one whose estimate differs from the month before: once every window has closed
    /// and no customer joins, each later month end repeats the same figures.
    /// </summary>
    private static List<MonthlyGoalLift> WithoutRepeats(List<MonthlyGoalLift> points)
    {
        var count = points.Count;
        while (count > 1 && SameEstimate(points[count - 1], points[count - 2]))
        {
            count--;
        }

        return points[..count];
    }

    private static bool SameEstimate(MonthlyGoalLift later, MonthlyGoalLift earlier) =>
        later with { AsOfMonth = earlier.AsOfMonth } == earlier;

    private static Plot Create(PilotGoal goal, IReadOnlyList<MonthlyGoalLift> points, bool isDecisionReady)
    {
        var plot = new Plot();
        var scale = goal.MetricKind is "rate" ? 100d : 1d;
        var xs = Enumerable.Range(0, points.Count).Select(i => (double)i).ToArray();
        var series = ChartPalette.For(isDecisionReady ? 0 : 2);

        var zero = plot.Add.HorizontalLine(0);
        zero.LineColor = ChartBlock.ToChartColor(ReportTheme.MutedInk);
        zero.LinePattern = LinePattern.Dashed;
        zero.LineWidth = 1f;
        if (goal.IsGuardrail && goal.MarginLine is { } margin)
        {
            var line = plot.Add.HorizontalLine(margin * scale);
            line.LineColor = ChartPalette.For(1).ChartColor;
            line.LineWidth = 1.4f;
        }

        for (var index = 0; index < points.Count; index++)
        {
            if (points[index].CiLow is { } low && points[index].CiHigh is { } high
                && double.IsFinite(low) && double.IsFinite(high))
            {
                var bar = plot.Add.Line(index, low * scale, index, high * scale);
                bar.LineColor = series.ChartColor.WithAlpha(0.55);
                bar.LineWidth = 2.5f;
                bar.MarkerSize = 0;
            }
        }

        var lift = plot.Add.Scatter(xs, points.Select(p => p.Lift!.Value * scale).ToArray());
        series.ApplyTo(lift);

        // at most about eight labels, always the latest month's
        var labelEvery = (points.Count + MaxMonthLabels - 1) / MaxMonthLabels;
        var ticks = new NumericManual();
        for (var index = 0; index < points.Count; index++)
        {
            var label = (points.Count - 1 - index) % labelEvery == 0
                ? FigureFormat.ShortMonth(points[index].AsOfMonth)
                : "";
            ticks.AddMajor(index, label);
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Left.Label.Text = goal.MetricKind switch
        {
            "rate" => "Lift (pp)",
            "nps" => "Lift (points)",
            _ => "Lift",
        };
        plot.Axes.SetLimitsX(-0.5, points.Count - 0.5);

        // Every interval end, no effect and the margin in view, each tick labelled as the report writes figures.
        var drawn = points.SelectMany(p => new[] { p.Lift, p.CiLow, p.CiHigh })
            .Append(0d)
            .Append(goal.IsGuardrail ? goal.MarginLine : null)
            .Where(v => v is { } x && double.IsFinite(x))
            .Select(v => v!.Value * scale);
        if (AxisScale.Around(drawn, ticks: 4) is { } axis)
        {
            ChartBlock.ApplyLeftScale(plot, axis, tick => FigureFormat.Decimal(tick, axis.Decimals));
        }

        ChartBlock.ApplyReportStyle(plot);
        return plot;
    }
}
