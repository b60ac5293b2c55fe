using ScottPlot;
using ScottPlot.TickGenerators;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Monthly;

/// <summary>
/// One pilot's relative lift per metric as a point with its 95% interval, against a zero line. Relative lift
/// puts rates, NPS and amounts on one scale. A metric without a relative lift (a control mean at or below
/// zero, or no estimate at all) gets a line of words on its row instead: why, and its absolute lift.
/// </summary>
internal static class LiftIntervalChart
{
    private static readonly Color Decisive = new(0x1B, 0x3A, 0x5C);
    private static readonly Color NotDecisionReady = new(0x9A, 0xA3, 0xAE);

    /// <summary>Height in points the chart needs for <paramref name="metrics"/> rows.</summary>
    public static float Height(int metrics) => 70f + (26f * metrics);

    /// <param name="rows">The pilot's metrics, drawn top down in this order.</param>
    /// <param name="isDecisionReady">False greys the intervals out: the pilot failed its sample-ratio check.</param>
    /// <param name="width">Width the chart is drawn at, in points; long row notes wrap within about half of it.</param>
    public static Plot Create(IReadOnlyList<PilotLiftRow> rows, bool isDecisionReady, float width)
    {
        var plot = new Plot();
        var color = isDecisionReady ? Decisive : NotDecisionReady;
        var scale = HorizontalScale(rows);

        // A line plottable rather than an axis line: axis lines are drawn over every plottable, row notes too.
        var zero = plot.Add.Line(0, -0.6, 0, rows.Count - 0.4);
        zero.LineWidth = 1f;
        zero.LineColor = ChartBlock.ToChartColor(ReportTheme.MutedInk);
        zero.LinePattern = LinePattern.Dashed;
        zero.MarkerSize = 0;

        var ticks = new NumericManual();
        for (var index = 0; index < rows.Count; index++)
        {
            var row = rows[index];

            // First metric at the top, as in the table above the chart.
            var y = rows.Count - 1 - index;
            var label = PilotMetricLabels.For(row.Metric);
            if (PilotLiftFormat.WhyNoRelativeLift(row) is { } why)
            {
                AddRowNote(plot, why, scale.Low, y, width);
            }
            else if (row.RelativeCiLow is { } low && row.RelativeCiHigh is { } high
                && double.IsFinite(low) && double.IsFinite(high))
            {
                var interval = plot.Add.Line(low * 100, y, high * 100, y);
                interval.LineWidth = 2.5f;
                interval.LineColor = color;
                plot.Add.Marker(row.RelativeLift!.Value * 100, y, MarkerShape.FilledCircle, 7f, color);
            }
            else
            {
                label += " (no interval)";
                plot.Add.Marker(row.RelativeLift!.Value * 100, y, MarkerShape.FilledCircle, 7f, color);
            }

            ticks.AddMajor(y, label);
        }

        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.SetLimitsY(-0.6, rows.Count - 0.4);
        plot.Axes.SetLimitsX(scale.Low, scale.High);
        plot.Axes.Bottom.Label.Text = "Relative lift against control, with 95% interval";
        var xTicks = new NumericManual();
        foreach (var tick in scale.Ticks())
        {
            xTicks.AddMajor(tick, FigureFormat.SignedPercent(tick, scale.Decimals));
        }

        plot.Axes.Bottom.TickGenerator = xTicks;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;

        ChartBlock.ApplyReportStyle(plot);
        return plot;
    }

    /// <summary>
    /// The x axis in percent: zero always in view, so an interval's side of it can be read at a glance, and
    /// headroom beyond the outermost interval ends so that none touches the frame.
    /// </summary>
    public static AxisScale HorizontalScale(IReadOnlyList<PilotLiftRow> rows)
    {
        var ends = rows
            .SelectMany(r => new[] { r.RelativeCiLow, r.RelativeCiHigh, r.RelativeLift })
            .Where(v => v is { } x && double.IsFinite(x))
            .Select(v => v!.Value * 100)
            .Append(0)
            .ToList();

        // Around zero alone (no metric with a relative lift) the scale would be a sliver; give it a span.
        if (ends.All(v => v == 0))
        {
            ends.AddRange([-10, 10]);
        }

        return AxisScale.Around(ends, ticks: 6)!;
    }

    // Words on a metric's row, at the left of the plot, on a white ground so that grid and zero line pass
    // behind them rather than through them.
    private static void AddRowNote(Plot plot, string text, double left, int y, float width)
    {
        var style = ReportTheme.Note.WithSize(ReportTheme.ChartTickSize);
        var note = plot.Add.Text(string.Join("\n", TextWrapper.Wrap(text, style, width * 0.6f)), left, y);
        note.Alignment = Alignment.MiddleLeft;
        note.OffsetX = 6;
        note.LabelFontSize = ReportTheme.ChartTickSize;
        note.LabelFontName = ReportFonts.ChartFamilyName;
        note.LabelFontColor = ChartBlock.ToChartColor(ReportTheme.Ink);
        note.LabelBackgroundColor = Colors.White;
        note.LabelPadding = 2;
    }
}
