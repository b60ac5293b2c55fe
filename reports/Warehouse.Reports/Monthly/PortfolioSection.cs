using SkiaSharp;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Monthly;

/// <summary>Portfolio at a glance: the KPI tiles, then the thirteen-month trend charts.</summary>
internal static class PortfolioSection
{
    public const string Title = "Portfolio at a glance";

    private const int TilesPerRow = 3;
    private const float TileHeight = 84f;
    private const float TileGap = 8f;
    private const float ChartHeight = 195f;
    private const float SmallChartHeight = 150f;
    private const float PanelGap = 18f;

    private static TextStyle PanelTitle => ReportTheme.Body with { Typeface = ReportFonts.Bold };

    public static void Write(ReportLayout layout, MonthlyReport report)
    {
        var previousMonth = FigureFormat.ShortMonth(report.Month.AddMonths(-1));
        var yearAgo = FigureFormat.ShortMonth(report.Month.AddMonths(-12));
        layout.StartSection(Title, onNewPage: true);
        layout.Paragraph(Title, ReportTheme.SectionHeading, 6f);
        layout.Paragraph(
            $"Figures for {FigureFormat.Month(report.Month)}, each with its change on {previousMonth} and on "
            + $"{yearAgo}. A change is coloured only when it is beyond noise: larger than chance alone gives at the "
            + "95% level (the rule of each figure is in the appendix); \"within noise\" means steady. Delinquency "
            + "rates are shares of accounts open at month end. A dash marks a figure the data cannot give; the tile "
            + "says why.",
            ReportTheme.Body,
            12f);

        WriteTiles(layout, report, previousMonth, yearAgo);

        layout.Space(10f);
        var months = $"{FigureFormat.ShortMonth(report.Month.AddMonths(1 - TrendCharts.Months))} to "
            + FigureFormat.ShortMonth(report.Month);
        using (var delinquency = TrendCharts.Delinquency(report))
        {
            WriteTrend(
                layout,
                $"Delinquency, last {TrendCharts.Months} months",
                delinquency,
                ChartHeight,
                $"No account snapshots for {months}, so no delinquency figures.");
        }

        using var contact = TrendCharts.ContactRates(report);
        using var nps = TrendCharts.Nps(report);
        WriteTrendPair(
            layout,
            $"Engagement and NPS, last {TrendCharts.Months} months",
            new TrendPanel(
                "Engagement, contact and promises",
                contact,
                $"No engagement, contact or promise figures for {months}."),
            new TrendPanel("Net promoter score", nps, $"No survey responses for {months}, so no NPS."),
            $"No engagement, contact, promise or survey figures for {months}.");
    }

    private static void WriteTiles(ReportLayout layout, MonthlyReport report, string previousMonth, string yearAgo)
    {
        var width = (layout.Width - ((TilesPerRow - 1) * TileGap)) / TilesPerRow;
        for (var start = 0; start < report.Kpis.Count; start += TilesPerRow)
        {
            var band = layout.Reserve(TileHeight);
            var row = report.Kpis.Skip(start).Take(TilesPerRow).ToList();
            for (var column = 0; column < row.Count; column++)
            {
                var left = band.Left + (column * (width + TileGap));
                var box = SKRect.Create(left, band.Top, width, TileHeight);
                DrawTile(layout.Canvas, row[column], box, previousMonth, yearAgo);
            }

            layout.Space(TileGap);
        }
    }

    private static void DrawTile(SKCanvas canvas, KpiTile tile, SKRect box, string previousMonth, string yearAgo)
    {
        using (var fill = new SKPaint { Color = ReportTheme.Stripe, IsAntialias = true })
        {
            canvas.DrawRoundRect(box, 3f, 3f, fill);
        }

        using (var accent = new SKPaint { Color = ReportTheme.Accent, IsAntialias = true })
        {
            canvas.DrawRect(SKRect.Create(box.Left, box.Top, 2.5f, box.Height), accent);
        }

        var x = box.Left + 9f;
        var right = box.Right - 6f;
        var label = ReportTheme.Note.WithSize(7.5f);
        var value = new TextStyle(ReportFonts.Bold, 16f, ReportTheme.Ink);
        var small = ReportTheme.Note.WithSize(7f);

        label.Draw(canvas, tile.Label, x, box.Top + 5f);
        var shown = KpiTileFormat.Value(tile.Unit, tile.ThisMonth);
        value.Draw(canvas, shown, x, box.Top + 16f);
        if (tile.Interval is { } interval)
        {
            small.Draw(canvas, KpiTileFormat.Interval(tile.Unit, interval), right, box.Top + 23f, SKTextAlign.Right);
        }

        if (tile.ThisMonth is null)
        {
            // Where a dash stands for the figure, the lines under it say why, in up to two lines.
            var top = box.Top + 40f;
            var reason = ReportTheme.Note.WithSize(7.5f);
            foreach (var line in TextWrapper.Wrap(tile.WhyThisMonthMissing ?? "", reason, right - x).Take(2))
            {
                reason.Draw(canvas, line, x, top);
                top += reason.LineHeight;
            }
        }
        else
        {
            var (left, top) = (x, box.Top + 40f);
            DrawChange(canvas, tile, tile.MonthOnMonth, tile.WhyLastMonthMissing, previousMonth, left, right, top);
            DrawChange(canvas, tile, tile.YearOnYear, tile.WhyYearAgoMissing, yearAgo, left, right, top + 11f);
        }

        var before = $"{previousMonth}: {KpiTileFormat.Value(tile.Unit, tile.LastMonth)} \u00b7 "
            + $"{yearAgo}: {KpiTileFormat.Value(tile.Unit, tile.YearAgo)}";
        small.Draw(canvas, before, x, box.Bottom - 12.5f);
    }

    /// <summary>
    /// One comparison line: "vs Sep 2026" then the change, coloured only when beyond noise, then what the noise rule
    /// made of it; or why there is no change to show, naming the month.
    /// </summary>
    private static void DrawChange(
        SKCanvas canvas,
        KpiTile tile,
        KpiChange? change,
        string? whyMissing,
        string month,
        float x,
        float right,
        float top)
    {
        var muted = ReportTheme.Note.WithSize(7.5f);
        if (change is null)
        {
            // The reason names the month itself ("no promises due in Feb 2024").
            var reason = TextWrapper.Ellipsized(whyMissing ?? $"no figure for {month}", muted, right - x);
            muted.Draw(canvas, reason, x, top);
            return;
        }

        var lead = $"vs {month}  ";
        muted.Draw(canvas, lead, x, top);
        var after = x + muted.Measure(lead);

        var figure = ReportTheme.ForTone(muted, KpiTileFormat.Tone(tile, change));
        var text = KpiTileFormat.Change(tile.Unit, change);
        figure.Draw(canvas, text, after, top);
        var noise = KpiTileFormat.Noise(change);
        if (noise.Length > 0)
        {
            muted.Draw(canvas, noise, right, top, SKTextAlign.Right);
        }
    }

    private static void WriteTrend(ReportLayout layout, string title, TrendChart chart, float height, string noData)
    {
        if (chart.Plot is null)
        {
            var lines = TextWrapper.Wrap(noData, ReportTheme.Body, layout.Width).Count;
            layout.Heading(title, ReportTheme.Subheading, lines * ReportTheme.Body.LineHeight, 2f);
            layout.Paragraph(noData, ReportTheme.Body);
            layout.Space(12f);
            return;
        }

        var note = MissingSeriesNote(chart);
        var below = (2 * ReportTheme.Note.LineHeight) + (note is null ? 0f : 2 * ReportTheme.Note.LineHeight);
        layout.Heading(title, ReportTheme.Subheading, height + below, 2f);
        ChartBlock.Draw(layout, chart.Plot, height);
        ChartBlock.DrawLegend(layout, chart.Legend);
        if (note is not null)
        {
            layout.Paragraph(note, ReportTheme.Note);
        }

        layout.Space(12f);
    }

    /// <summary>
    /// Two half-width charts side by side under one heading, each with its own title, axis and legend; one
    /// sentence, <paramref name="noData"/>, when neither has a value to plot.
    /// </summary>
    private static void WriteTrendPair(
        ReportLayout layout,
        string title,
        TrendPanel left,
        TrendPanel right,
        string noData)
    {
        if (left.Chart.Plot is null && right.Chart.Plot is null)
        {
            var lines = TextWrapper.Wrap(noData, ReportTheme.Body, layout.Width).Count;
            layout.Heading(title, ReportTheme.Subheading, lines * ReportTheme.Body.LineHeight, 2f);
            layout.Paragraph(noData, ReportTheme.Body);
            layout.Space(12f);
            return;
        }

        var width = (layout.Width - PanelGap) / 2;
        var height = Math.Max(PanelHeight(left, width), PanelHeight(right, width));
        layout.Heading(title, ReportTheme.Subheading, height, 5f);
        var box = layout.Reserve(height);
        DrawPanel(layout.Canvas, left, SKRect.Create(box.Left, box.Top, width, height));
        DrawPanel(layout.Canvas, right, SKRect.Create(box.Left + width + PanelGap, box.Top, width, height));
        layout.Space(12f);
    }

    private static float PanelHeight(TrendPanel panel, float width)
    {
        var height = PanelTitle.LineHeight + 2f;
        if (panel.Chart.Plot is null)
        {
            var lines = TextWrapper.Wrap(panel.NoData, ReportTheme.Body, width).Count;
            return height + (lines * ReportTheme.Body.LineHeight);
        }

        height += SmallChartHeight + ChartBlock.LegendHeight(panel.Chart.Legend, width);
        if (MissingSeriesNote(panel.Chart) is { } note)
        {
            height += TextWrapper.Wrap(note, ReportTheme.Note, width).Count * ReportTheme.Note.LineHeight;
        }

        return height;
    }

    private static void DrawPanel(SKCanvas canvas, TrendPanel panel, SKRect box)
    {
        PanelTitle.Draw(canvas, panel.Title, box.Left, box.Top);
        var top = box.Top + PanelTitle.LineHeight + 2f;
        if (panel.Chart.Plot is null)
        {
            foreach (var line in TextWrapper.Wrap(panel.NoData, ReportTheme.Body, box.Width))
            {
                ReportTheme.Body.Draw(canvas, line, box.Left, top);
                top += ReportTheme.Body.LineHeight;
            }

            return;
        }

        ChartBlock.DrawAt(canvas, panel.Chart.Plot, SKRect.Create(box.Left, top, box.Width, SmallChartHeight));
        top += SmallChartHeight;
        ChartBlock.DrawLegendAt(canvas, panel.Chart.Legend, new SKRect(box.Left, top, box.Right, box.Bottom));
        top += ChartBlock.LegendHeight(panel.Chart.Legend, box.Width);
        if (MissingSeriesNote(panel.Chart) is { } note)
        {
            foreach (var line in TextWrapper.Wrap(note, ReportTheme.Note, box.Width))
            {
                ReportTheme.Note.Draw(canvas, line, box.Left, top);
                top += ReportTheme.Note.LineHeight;
            }
        }
    }

    private static string? MissingSeriesNote(TrendChart chart) =>
        chart.SeriesWithoutData.Count == 0
            ? null
            : $"No data in these months for: {string.Join(", ", chart.SeriesWithoutData)}.";

    /// <summary>One half of a chart pair: its title, its chart, and the sentence shown if the chart is empty.</summary>
    private sealed record TrendPanel(string Title, TrendChart Chart, string NoData);
}
