using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Monthly;

/// <summary>
/// The twelve-month trend charts. The x axis holds the twelve calendar months ending at the report month;
/// a month the warehouse lacks, or a rate that is null, leaves a gap in its line rather than a fake zero.
/// </summary>
internal static class TrendCharts
{
    private const int Months = 12;

    /// <summary>30+, 60+ and 90+ rates and the balance-weighted 30+ rate, in percent.</summary>
    public static TrendChart Delinquency(MonthlyReport report)
    {
        var chart = new SeriesSet(report);
        chart.Add("30+ days past due", m => m.Rate30Plus, ReportTheme.Accent, isDashed: false);
        chart.Add("60+ days past due", m => m.Rate60Plus, ReportTheme.SeriesAmber, isDashed: false);
        chart.Add("90+ days past due", m => m.Rate90Plus, ReportTheme.Bad, isDashed: false);
        chart.Add("30+ by balance", m => m.BalanceRate30Plus, ReportTheme.Accent, isDashed: true);
        PercentAxis(chart.Plot.Axes.Left, "Share of open accounts");
        return chart.Finish();
    }

    /// <summary>Engagement, right-party contact and promise-kept rates in percent (left), NPS (right).</summary>
    public static TrendChart EngagementAndNps(MonthlyReport report)
    {
        var chart = new SeriesSet(report);
        chart.Add("Engagement rate", m => m.EngagementRate, ReportTheme.SeriesTeal, isDashed: false);
        chart.Add("Right-party contact", m => m.RightPartyContactRate, ReportTheme.SeriesAmber, isDashed: false);
        chart.Add("Promises kept", m => m.PromiseKeptRate, ReportTheme.Bad, isDashed: false);
        var npsLines = chart.Add("NPS (right axis)", m => m.Nps, ReportTheme.Accent, isDashed: true, scale: 1);
        PercentAxis(chart.Plot.Axes.Left, "Rate");
        foreach (var line in npsLines)
        {
            line.Axes.YAxis = chart.Plot.Axes.Right;
        }

        chart.Plot.Axes.Right.Label.Text = "NPS (points)";
        chart.Plot.Axes.Right.TickGenerator = new NumericAutomatic { LabelFormatter = v => FigureFormat.Nps(v) };
        return chart.Finish();
    }

    // Rates are shares; the axis shows them as percentages, as the tiles do.
    private static void PercentAxis(IAxis axis, string label)
    {
        axis.Label.Text = label;
        axis.TickGenerator = new NumericAutomatic { LabelFormatter = v => FigureFormat.Rate(v / 100) };
    }

    /// <summary>A plot over the report's twelve months that series are added to one by one.</summary>
    private sealed class SeriesSet
    {
        private readonly MonthlyReport _report;

        private readonly List<LegendEntry> _legend = [];

        private readonly List<string> _withoutData = [];

        public SeriesSet(MonthlyReport report)
        {
            _report = report;
            Plot = new Plot();
            var ticks = new NumericManual();
            for (var index = 0; index < Months; index++)
            {
                var month = MonthlyReportQuery.MonthEnd(report.Month.AddMonths(index - (Months - 1)));
                var format = index == 0 || month.Month == 1 ? "MMM\nyyyy" : "MMM";
                ticks.AddMajor(index, month.ToString(format, CultureInfo.InvariantCulture));
            }

            Plot.Axes.Bottom.TickGenerator = ticks;
            Plot.Axes.SetLimitsX(-0.4, Months - 0.6);
        }

        public Plot Plot { get; }

        /// <summary>
        /// Adds one series as a line per run of consecutive months with a value. A series with no value at
        /// all adds nothing and is reported as without data.
        /// </summary>
        public List<ScottPlot.Plottables.Scatter> Add(
            string label,
            Func<PortfolioMonth, double?> value,
            SKColor color,
            bool isDashed,
            double scale = 100)
        {
            var points = new double?[Months];
            foreach (var month in _report.Trend)
            {
                var index = Months - 1 - MonthsBetween(month.MonthDate, _report.Month);
                if (index is >= 0 and < Months && value(month) is { } v && double.IsFinite(v))
                {
                    points[index] = v * scale;
                }
            }

            var lines = new List<ScottPlot.Plottables.Scatter>();
            foreach (var (start, end) in Runs(points))
            {
                var xs = Enumerable.Range(start, end - start + 1).Select(i => (double)i).ToArray();
                var ys = Enumerable.Range(start, end - start + 1).Select(i => points[i]!.Value).ToArray();
                var line = Plot.Add.Scatter(xs, ys, ChartBlock.ToChartColor(color));
                line.LineWidth = 1.6f;
                line.LinePattern = isDashed ? LinePattern.Dashed : LinePattern.Solid;
                line.MarkerSize = 3.5f;
                lines.Add(line);
            }

            if (lines.Count == 0)
            {
                _withoutData.Add(label);
            }
            else
            {
                _legend.Add(new LegendEntry(label, color, isDashed));
            }

            return lines;
        }

        public TrendChart Finish()
        {
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
