using ScottPlot;
using ScottPlot.TickGenerators;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Monthly;

/// <summary>
/// One pilot's relative lift per metric as a point with its 95% interval, against a zero line. Relative lift
/// puts rates, NPS and amounts on one scale; a metric without an interval is named but not drawn.
/// </summary>
internal static class LiftIntervalChart
{
    private static readonly Color Decisive = new(0x1B, 0x3A, 0x5C);
    private static readonly Color NotDecisionReady = new(0x9A, 0xA3, 0xAE);

    /// <summary>Height in points the chart needs for <paramref name="metrics"/> rows.</summary>
    public static float Height(int metrics) => 70f + (26f * metrics);

    public static Plot Create(IReadOnlyList<PilotLiftRow> rows, bool isDecisionReady)
    {
        var plot = new Plot();
        var color = isDecisionReady ? Decisive : NotDecisionReady;
        var ticks = new NumericManual();
        for (var index = 0; index < rows.Count; index++)
        {
            var row = rows[index];

            // First metric at the top, as in the table above the chart.
            var y = rows.Count - 1 - index;
            var hasInterval = row.RelativeCiLow is { } low && row.RelativeCiHigh is { } high
                && double.IsFinite(low) && double.IsFinite(high);
            ticks.AddMajor(y, PilotMetricLabels.For(row.Metric) + (hasInterval ? "" : " (no interval)"));
            if (!hasInterval)
            {
                continue;
            }

            var interval = plot.Add.Line(row.RelativeCiLow!.Value * 100, y, row.RelativeCiHigh!.Value * 100, y);
            interval.LineWidth = 2.5f;
            interval.LineColor = color;
            if (row.RelativeLift is { } lift && double.IsFinite(lift))
            {
                plot.Add.Marker(lift * 100, y, MarkerShape.FilledCircle, 7f, color);
            }
        }

        plot.Add.VerticalLine(0, 1f, ChartBlock.ToChartColor(ReportTheme.MutedInk), LinePattern.Dashed);
        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.SetLimitsY(-0.6, rows.Count - 0.4);
        var (left, right) = HorizontalLimits(rows);
        plot.Axes.SetLimitsX(left, right);
        plot.Axes.Bottom.Label.Text = "Relative lift against control, with 95% interval";
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic
        {
            LabelFormatter = v => FigureFormat.RelativeChange(v / 100),
        };
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;

        ChartBlock.ApplyReportStyle(plot);
        return plot;
    }

    // Zero is always in view, so an interval's side of it can be read at a glance.
    private static (double Left, double Right) HorizontalLimits(IReadOnlyList<PilotLiftRow> rows)
    {
        var ends = rows
            .SelectMany(r => new[] { r.RelativeCiLow, r.RelativeCiHigh, r.RelativeLift })
            .Where(v => v is { } x && double.IsFinite(x))
            .Select(v => v!.Value * 100)
            .Append(0)
            .ToList();
        var left = ends.Min();
        var right = ends.Max();
        var padding = Math.Max((right - left) * 0.1, 1);
        return (left - padding, right + padding);
    }
}
