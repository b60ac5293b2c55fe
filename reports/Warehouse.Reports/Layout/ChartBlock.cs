using ScottPlot;
using SkiaSharp;

namespace Warehouse.Reports.Layout;

/// <summary>
/// Places ScottPlot charts on report pages. The plot draws straight onto the page canvas, so the PDF gets
/// vector lines and real text in the report fonts rather than a picture of a chart.
/// </summary>
internal static class ChartBlock
{
    /// <summary>
    /// Gives <paramref name="plot"/> the report's fonts, sizes and colours. Call after adding every plottable
    /// and axis, since the font is applied to the components present.
    /// </summary>
    public static void ApplyReportStyle(Plot plot)
    {
        ChartFonts.Register();
        plot.Font.Set(ReportFonts.ChartFamilyName);
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.TickLabelStyle.FontSize = ReportTheme.ChartTickSize;
            axis.TickLabelStyle.ForeColor = ToChartColor(ReportTheme.MutedInk);
            axis.Label.FontSize = ReportTheme.ChartLabelSize;
            axis.Label.ForeColor = ToChartColor(ReportTheme.Ink);
            axis.Label.Bold = false;
            axis.FrameLineStyle.Color = ToChartColor(ReportTheme.Rule);
            axis.MajorTickStyle.Color = ToChartColor(ReportTheme.Rule);
            axis.MinorTickStyle.Length = 0;
        }

        plot.Legend.FontName = ReportFonts.ChartFamilyName;
        plot.Legend.FontSize = ReportTheme.ChartTickSize;
        plot.Legend.OutlineColor = ToChartColor(ReportTheme.Rule);
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.FontColor = ToChartColor(ReportTheme.Ink);
        plot.Grid.MajorLineColor = ToChartColor(ReportTheme.Rule).WithAlpha(0.5);
    }

    /// <summary>Draws <paramref name="plot"/> in a full-width block of <paramref name="height"/> points.</summary>
    public static void Draw(ReportLayout layout, Plot plot, float height)
    {
        var box = layout.Reserve(height);
        var canvas = layout.Canvas;

        // ScottPlot clears its canvas before drawing by default, which on a page would erase the page.
        plot.RenderManager.ClearCanvasBeforeEachRender = false;

        // A plot's first render draws it twice (the second pass after settling its axes and tick labels),
        // which on a page leaves every label in the PDF twice. A rehearsal off the page settles it first.
        var (pixelWidth, pixelHeight) = ((int)box.Width, (int)box.Height);
        using (var rehearsal = new SKPictureRecorder())
        {
            plot.Render(rehearsal.BeginRecording(SKRect.Create(pixelWidth, pixelHeight)), pixelWidth, pixelHeight);
            using var discarded = rehearsal.EndRecording();
        }

        canvas.Save();
        canvas.Translate(box.Left, box.Top);
        canvas.ClipRect(SKRect.Create(box.Width, box.Height));
        plot.Render(canvas, pixelWidth, pixelHeight);
        canvas.Restore();
    }

    /// <summary>
    /// A legend as a row of line swatches and labels under a chart, wrapping to more rows when needed. Drawn by
    /// the layout rather than by ScottPlot so that it sits tight under the chart and reads like the page text.
    /// </summary>
    public static void DrawLegend(ReportLayout layout, IReadOnlyList<LegendEntry> entries)
    {
        const float swatch = 16f;
        const float gap = 5f;
        const float itemGap = 16f;
        var style = ReportTheme.Note;
        var rows = new List<List<(LegendEntry Entry, float Width)>> { new() };
        var rowWidth = 0f;
        foreach (var entry in entries)
        {
            var width = swatch + gap + style.Measure(entry.Label);
            if (rowWidth > 0 && rowWidth + itemGap + width > layout.Width)
            {
                rows.Add([]);
                rowWidth = 0;
            }

            rowWidth += (rowWidth > 0 ? itemGap : 0) + width;
            rows[^1].Add((entry, width));
        }

        foreach (var row in rows)
        {
            var box = layout.Reserve(style.LineHeight);
            var x = box.Left;
            foreach (var (entry, width) in row)
            {
                using var line = new SKPaint
                {
                    Color = entry.Color,
                    StrokeWidth = 1.6f,
                    IsAntialias = true,
                    Style = SKPaintStyle.Stroke,
                    PathEffect = entry.IsDashed ? SKPathEffect.CreateDash([4f, 2.5f], 0) : null,
                };
                var middle = box.Top + (style.LineHeight / 2);
                layout.Canvas.DrawLine(x, middle, x + swatch, middle, line);
                style.Draw(layout.Canvas, entry.Label, x + swatch + gap, box.Top);
                x += width + itemGap;
            }
        }
    }

    public static Color ToChartColor(SKColor color) => new(color.Red, color.Green, color.Blue, color.Alpha);
}
