using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Monthly;

/// <summary>
/// The thirteen-month trend charts: the report month and the same month a year before are both on the x axis,
/// which holds the thirteen calendar months ending at the report month. A month the warehouse lacks, or a rate
/// that is null, leaves a gap in its line rather than a fake zero.
/// The y axis runs from a labelled tick below the lowest plotted value to one above the highest, with
/// headroom (<see cref="AxisScale"/>). A chart none of whose series has a value has no plot at all.
/// </summary>
internal static class TrendCharts
{
    /// <summary>Months on the x axis, the report month last.</summary>
    public const int Months = 13;

    private const float LeftAxisWidth = 58f;

    /// <summary>30+, 60+ and 90+ rates and the balance-weighted 30+ rate, in percent.</summary>
    public static TrendChart Delinquency(MonthlyReport report)
    {
        var chart = new SeriesSet(report, labelEvery: 1);
        chart.Add("30+ days past due", m => m.Rate30Plus);
        chart.Add("60+ days past due", m => m.Rate60Plus);
        chart.Add("90+ days past due", m => m.Rate90Plus);
        chart.Add("30+ by balance", m => m.BalanceRate30Plus);
        return chart.Finish("Share of open accounts", ticks: 6, floor: 0, ceiling: 100, PercentLabel);
    }

    /// <summary>
    /// Engagement, right-party contact and promise-kept rates, in percent; half-width, every other month labelled.
    /// </summary>
    public static TrendChart ContactRates(MonthlyReport report)
    {
        var chart = new SeriesSet(report, labelEvery: 2);
        chart.Add("Engagement rate", m => m.EngagementRate);
        chart.Add("Right-party contact", m => m.RightPartyContactRate);
        chart.Add("Promises kept", m => m.PromiseKeptRate);
        return chart.Finish("Rate", ticks: 4, floor: 0, ceiling: 100, PercentLabel);
    }

    /// <summary>NPS on its own axis, in points of the -100..100 scale; half-width, every other month named.</summary>
    public static TrendChart Nps(MonthlyReport report)
    {
        var chart = new SeriesSet(report, labelEvery: 2);
        chart.Add("NPS", m => m.Nps, scale: 1);
        return chart.Finish("NPS (points)", ticks: 4, floor: -100, ceiling: 100, PointsLabel);
    }

    // Rates are shares; the axis shows them as percentages with the tiles' one decimal, more for a fine step.
    private static string PercentLabel(double percent, AxisScale scale) =>
        FigureFormat.Percent(percent, Math.Max(1, scale.Decimals));

    private static string PointsLabel(double points, AxisScale scale) =>
        FigureFormat.Decimal(points, Math.Max(0, scale.Decimals));

    /// <summary>A plot over the report's thirteen months that series are added to one by one.</summary>
    private sealed class SeriesSet
    {
        private readonly MonthlyReport _report;

        private readonly List<LegendEntry> _legend = [];

        private readonly List<string> _withoutData = [];

        private readonly List<double> _plotted = [];

        private int _seriesCount;

        /// <param name="report">The report whose trend the series come from.</param>
        /// <param name="labelEvery">Label every month (1) or every other month (2), for a narrow chart.</param>
        public SeriesSet(MonthlyReport report, int labelEvery)
        {
            _report = report;
            Plot = new Plot();
            var ticks = new NumericManual();
            int? labelledYear = null;
            for (var index = 0; index < Months; index++)
            {
                // Counted back from the report month, which is always labelled; the others get a grid line.
                var month = MonthlyReportQuery.MonthEnd(report.Month.AddMonths(index - (Months - 1)));
                if ((Months - 1 - index) % labelEvery != 0)
                {
                    ticks.AddMajor(index, "");
                    continue;
                }

                // The year under the first labelled month and wherever it changes from the last labelled one.
                var format = labelledYear == month.Year ? "MMM" : "MMM\nyyyy";
                labelledYear = month.Year;
                ticks.AddMajor(index, month.ToString(format, CultureInfo.InvariantCulture));
            }

            Plot.Axes.Bottom.TickGenerator = ticks;
            Plot.Axes.SetLimitsX(-0.4, Months - 0.6);
        }

        private Plot Plot { get; }

        /// <summary>
        /// Adds one series as a line per run of consecutive months with a value, in the palette's next look
        /// (<see cref="ChartPalette"/>). A series with no value at all adds nothing and is reported as without
        /// data; it still takes its look, so a series looks the same whichever others have data.
        /// </summary>
        public void Add(string label, Func<PortfolioMonth, double?> value, double scale = 100)
        {
            var series = ChartPalette.For(_seriesCount++);
            var points = new double?[Months];
            foreach (var month in _report.Trend)
            {
                var index = Months - 1 - MonthsBetween(month.MonthDate, _report.Month);
                if (index is >= 0 and < Months && value(month) is { } v && double.IsFinite(v))
                {
                    points[index] = v * scale;
                }
            }

            var runs = Runs(points).ToList();
            foreach (var (start, end) in runs)
            {
                var xs = Enumerable.Range(start, end - start + 1).Select(i => (double)i).ToArray();
                var ys = Enumerable.Range(start, end - start + 1).Select(i => points[i]!.Value).ToArray();
                var line = Plot.Add.Scatter(xs, ys);
                series.ApplyTo(line);
                _plotted.AddRange(ys);
            }

            if (runs.Count == 0)
            {
                _withoutData.Add(label);
            }
            else
            {
                _legend.Add(new LegendEntry(label, series));
            }
        }

        /// <summary>
        /// Sets the y axis around the plotted values and styles the plot; without any plotted value the plot
        /// is dropped and the chart has none.
        /// </summary>
        public TrendChart Finish(
            string axisLabel,
            int ticks,
            double floor,
            double ceiling,
            Func<double, AxisScale, string> tickLabel)
        {
            var scale = AxisScale.Around(_plotted, ticks, floor, ceiling);
            if (scale is null)
            {
                Plot.Dispose();
                return new TrendChart(null, _legend, _withoutData);
            }

            var axis = Plot.Axes.Left;
            axis.Label.Text = axisLabel;
            ChartBlock.ApplyLeftScale(Plot, scale, tick => tickLabel(tick, scale));

            // One width for every trend chart's left axis, so that the months line up from chart to chart.
            axis.MinimumSize = LeftAxisWidth;
            ChartBlock.ApplyReportStyle(Plot);
            return new TrendChart(Plot, _legend, _withoutData);
        }

        private static int MonthsBetween(DateOnly earlier, DateOnly later) =>
            ((later.Year - earlier.Year) * 12) + later.Month - earlier.Month;

        private static IEnumerable<(int Start, int End)> Runs(double?[] points)
        {
            var start = 0;
            while (start < points.Length)
            {
                if (points[start] is null)
                {
                    start++;
                    continue;
                }

                var end = start;
                while (end + 1 < points.Length && points[end + 1] is not null)
                {
                    end++;
                }

                yield return (start, end);
                start = end + 1;
            }
        }
    }
}
