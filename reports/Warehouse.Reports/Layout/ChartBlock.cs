using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace Warehouse.Reports.Layout;

/// <summary>
/// Places ScottPlot charts on report pages. The plot draws straight onto the page canvas, so the PDF gets
/// vector lines and real text in the report fonts rather than a picture of a chart.
/// </summary>
internal static class ChartBlock
{
    private const float LegendSwatch = 16f;
    private const float LegendGap = 5f;
    private const float LegendItemGap = 16f;

    private static TextStyle LegendStyle => ReportTheme.Note;

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

    /// <summary>
    /// Sets the left axis of <paramref name="plot"/> to <paramref name="scale"/>: its range, and a tick at every
    /// step labelled by <paramref name="label"/> (the report's figures, with a typographic minus).
    /// </summary>
    public static void ApplyLeftScale(Plot plot, AxisScale scale, Func<double, string> label)
    {
        var generator = new NumericManual();
        foreach (var tick in scale.Ticks())
        {
            generator.AddMajor(tick, label(tick));
        }

        plot.Axes.Left.TickGenerator = generator;
        plot.Axes.SetLimitsY(scale.Low, scale.High);
    }

    /// <summary>Draws <paramref name="plot"/> in a full-width block of <paramref name="height"/> points.</summary>
    public static void Draw(ReportLayout layout, Plot plot, float height)
    {
        var box = layout.Reserve(height);
        DrawAt(layout.Canvas, plot, box);
    }

    /// <summary>Draws <paramref name="plot"/> filling <paramref name="box"/> on <paramref name="canvas"/>.</summary>
    public static void DrawAt(SKCanvas canvas, Plot plot, SKRect box)
    {
        // ScottPlot clears its canvas before drawing by default, which on a page would erase the page.
        plot.RenderManager.ClearCanvasBeforeEachRender = false;

        // A plot's first render draws it twice (the second pass after settling its axes and tick labels),
        // which on a page leaves every label in the PDF twice. A rehearsal off the page settles it first. Manual
        // ticks exist only once rendered, so the text check follows it, and a changed label rehearses again.
        var (pixelWidth, pixelHeight) = ((int)box.Width, (int)box.Height);
        Rehearse(plot, pixelWidth, pixelHeight);
        if (MakeTextPrintable(plot))
        {
            Rehearse(plot, pixelWidth, pixelHeight);
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
        var box = layout.Reserve(LegendHeight(entries, layout.Width));
        DrawLegendAt(layout.Canvas, entries, box);
    }

    /// <summary>Height of the legend of <paramref name="entries"/> when it wraps at <paramref name="width"/>.</summary>
    public static float LegendHeight(IReadOnlyList<LegendEntry> entries, float width) =>
        entries.Count == 0 ? 0f : LegendRows(entries, width).Count * LegendStyle.LineHeight;

    /// <summary>Draws the legend of <paramref name="entries"/> from the top left of <paramref name="box"/>.</summary>
    public static void DrawLegendAt(SKCanvas canvas, IReadOnlyList<LegendEntry> entries, SKRect box)
    {
        var style = LegendStyle;
        var top = box.Top;
        foreach (var row in LegendRows(entries, box.Width))
        {
            var x = box.Left;
            foreach (var (entry, width) in row)
            {
                using var line = new SKPaint
                {
                    Color = entry.Series.Color,
                    StrokeWidth = ChartSeries.LineWidth,
                    IsAntialias = true,
                    Style = SKPaintStyle.Stroke,
                    PathEffect = entry.Series.CreatePathEffect(),
                };
                var middle = top + (style.LineHeight / 2);
                canvas.DrawLine(x, middle, x + LegendSwatch, middle, line);
                DrawMarker(canvas, entry.Series, x + (LegendSwatch / 2), middle);
                style.Draw(canvas, entry.Label, x + LegendSwatch + LegendGap, top);
                x += width + LegendItemGap;
            }

            top += style.LineHeight;
        }
    }

    public static Color ToChartColor(SKColor color) => new(color.Red, color.Green, color.Blue, color.Alpha);

    private static void Rehearse(Plot plot, int pixelWidth, int pixelHeight)
    {
        using var rehearsal = new SKPictureRecorder();
        plot.Render(rehearsal.BeginRecording(SKRect.Create(pixelWidth, pixelHeight)), pixelWidth, pixelHeight);
        using var discarded = rehearsal.EndRecording();
    }

    private static void DrawMarker(SKCanvas canvas, ChartSeries series, float x, float y)
    {
        using var paint = Paint.NewDisposablePaint();
        Drawing.DrawMarker(
            canvas,
            paint,
            new Pixel(x, y),
            new MarkerStyle(series.Marker, ChartSeries.MarkerSize, series.ChartColor));
    }

    // ScottPlot draws chart text itself rather than through TextStyle, so the labels it will draw get the same
    // check: a character the report font lacks becomes the marker and is recorded. Covered are the axis labels,
    // manual tick labels and text plottables, which is all the text the report charts hold. True when a label
    // changed.
    private static bool MakeTextPrintable(Plot plot)
    {
        using var font = new SKFont(ReportFonts.Regular);
        var changed = false;
        string Printable(string text)
        {
            var printable = GlyphCoverage.Printable(text, font, record: true);
            changed |= !string.Equals(printable, text, StringComparison.Ordinal);
            return printable;
        }

        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.Text = Printable(axis.Label.Text);
            if (axis.TickGenerator is NumericManual manual)
            {
                var ticks = manual.Ticks.Select(t => new Tick(t.Position, Printable(t.Label), t.IsMajor)).ToArray();
                if (changed)
                {
                    axis.TickGenerator = new NumericManual(ticks);
                }
            }
        }

        foreach (var text in plot.GetPlottables().OfType<ScottPlot.Plottables.Text>())
        {
            text.LabelText = Printable(text.LabelText);
        }

        return changed;
    }

    private static List<List<(LegendEntry Entry, float Width)>> LegendRows(
        IReadOnlyList<LegendEntry> entries,
        float width)
    {
        var rows = new List<List<(LegendEntry Entry, float Width)>> { new() };
        var rowWidth = 0f;
        foreach (var entry in entries)
        {
            var entryWidth = LegendSwatch + LegendGap + LegendStyle.Measure(entry.Label);
            if (rowWidth > 0 && rowWidth + LegendItemGap + entryWidth > width)
            {
                rows.Add([]);
                rowWidth = 0;
            }

            rowWidth += (rowWidth > 0 ? LegendItemGap : 0) + entryWidth;
            rows[^1].Add((entry, entryWidth));
        }

        return rows;
    }
}
