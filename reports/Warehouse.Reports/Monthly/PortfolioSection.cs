using SkiaSharp;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Monthly;

/// <summary>Portfolio at a glance: the KPI tiles, then the twelve-month trend charts.</summary>
internal static class PortfolioSection
{
    public const string Title = "Portfolio at a glance";

    private const int TilesPerRow = 4;
    private const float TileHeight = 66f;
    private const float TileGap = 8f;
    private const float ChartHeight = 195f;
    private const float SmallChartHeight = 140f;

    public static void Write(ReportLayout layout, MonthlyReport report)
    {
        var previousMonth = FigureFormat.ShortMonth(report.Month.AddMonths(-1));
        layout.StartSection(Title, onNewPage: true);
        layout.Paragraph(Title, ReportTheme.SectionHeading, 6f);
        layout.Paragraph(
            $"Figures for {FigureFormat.Month(report.Month)}, each with its change on {previousMonth}. "
            + "Delinquency rates are shares of accounts open at month end; engagement is the share of active "
            + "customers with a digital action of their own. A dash marks a figure the data cannot give.",
            ReportTheme.Body,
            12f);

        WriteTiles(layout, report, previousMonth);

        layout.Space(10f);
        var months = $"{FigureFormat.ShortMonth(report.Month.AddMonths(1 - TrendCharts.Months))} to "
            + FigureFormat.ShortMonth(report.Month);
        using (var delinquency = TrendCharts.Delinquency(report))
        {
            WriteTrend(
                layout,
                "Delinquency, last 12 months",
                delinquency,
                ChartHeight,
                $"No account snapshots for {months}, so no delinquency figures.");
        }

        using (var contact = TrendCharts.ContactRates(report))
        {
            WriteTrend(
                layout,
                "Engagement, contact and promises, last 12 months",
                contact,
                SmallChartHeight,
                $"No engagement, contact or promise figures for {months}.");
        }

        using (var nps = TrendCharts.Nps(report))
        {
            WriteTrend(
                layout,
                "NPS, last 12 months",
                nps,
                SmallChartHeight,
                $"No survey responses for {months}, so no NPS.");
        }
    }

    private static void WriteTiles(ReportLayout layout, MonthlyReport report, string previousMonth)
    {
        var width = (layout.Width - ((TilesPerRow - 1) * TileGap)) / TilesPerRow;
        for (var start = 0; start < report.Kpis.Count; start += TilesPerRow)
        {
            var band = layout.Reserve(TileHeight);
            var row = report.Kpis.Skip(start).Take(TilesPerRow).ToList();
            for (var column = 0; column < row.Count; column++)
            {
                var left = band.Left + (column * (width + TileGap));
                DrawTile(layout.Canvas, row[column], SKRect.Create(left, band.Top, width, TileHeight), previousMonth);
            }

            layout.Space(TileGap);
        }
    }

    private static void DrawTile(SKCanvas canvas, KpiTile tile, SKRect box, string previousMonth)
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
        var label = ReportTheme.Note.WithSize(7.5f);
        var value = new TextStyle(ReportFonts.Bold, 16f, ReportTheme.Ink);
        var change = ReportTheme.ForTone(ReportTheme.Note.WithSize(7.5f), KpiTileFormat.Tone(tile));
        var before = ReportTheme.Note.WithSize(7f);

        label.Draw(canvas, tile.Label, x, box.Top + 5f);
        value.Draw(canvas, KpiTileFormat.Value(tile.Unit, tile.ThisMonth), x, box.Top + 16f);
        change.Draw(canvas, KpiTileFormat.Change(tile), x, box.Top + 38f);
        before.Draw(canvas, $"{previousMonth}: {KpiTileFormat.Value(tile.Unit, tile.LastMonth)}", x, box.Top + 50f);
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

        var note = chart.SeriesWithoutData.Count == 0
            ? null
            : $"No data in these months for: {string.Join(", ", chart.SeriesWithoutData)}.";
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
}
