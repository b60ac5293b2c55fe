using SkiaSharp;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Monthly;

/// <summary>
/// A matrix of shaded cells with row and column labels, drawn whole on one page. The shade runs from white to the
/// report's accent colour, so darker always means larger, in colour and in grey alike; every cell also prints
/// its value, so the grid reads without the shading (in grey, or for a reader who cannot tell the shades apart).
/// </summary>
internal sealed class HeatGrid
{
    private const float Padding = 3.5f;

    // Above this shade the cell's text turns white to stay readable on the dark fill.
    private const double DarkFrom = 0.55;

    private readonly string _corner;

    private readonly IReadOnlyList<string> _columns;

    private readonly float _rowHeaderShare;

    private readonly List<(string Label, string? Detail, IReadOnlyList<HeatCell> Cells)> _rows = [];

    /// <param name="corner">Text of the top-left cell, naming what the rows are.</param>
    /// <param name="columns">Column headers.</param>
    /// <param name="rowHeaderShare">Share of the width the row labels take.</param>
    public HeatGrid(string corner, IReadOnlyList<string> columns, float rowHeaderShare = 0.18f)
    {
        _corner = corner;
        _columns = columns;
        _rowHeaderShare = rowHeaderShare;
    }

    public int RowCount => _rows.Count;

    private static TextStyle HeaderStyle => ReportTheme.TableHeader;

    private static TextStyle CellStyle => ReportTheme.TableBody;

    private static TextStyle DetailStyle => ReportTheme.TableDetail;

    private static float RowHeight => (2 * Padding) + CellStyle.LineHeight + DetailStyle.LineHeight;

    /// <summary>Adds a row; it must have one cell per column.</summary>
    public void Add(string label, string? detail, IReadOnlyList<HeatCell> cells)
    {
        if (cells.Count != _columns.Count)
        {
            throw new ArgumentException(
                $"A row of this grid has {_columns.Count} cells; this one has {cells.Count}.", nameof(cells));
        }

        _rows.Add((label, detail, cells));
    }

    /// <summary>Height of the whole grid, header included, at <paramref name="width"/>.</summary>
    public float Height(float width) => HeaderHeight(width) + (_rows.Count * RowHeight);

    /// <summary>Draws the grid at the layout's cursor, on the next page if it does not fit whole on this one.</summary>
    public void Draw(ReportLayout layout)
    {
        var box = layout.Reserve(Height(layout.Width));
        var canvas = layout.Canvas;
        var rowHeader = box.Width * _rowHeaderShare;
        var cellWidth = (box.Width - rowHeader) / _columns.Count;
        var headerHeight = HeaderHeight(box.Width);

        using (var fill = new SKPaint { Color = ReportTheme.AccentLight })
        {
            canvas.DrawRect(SKRect.Create(box.Left, box.Top, box.Width, headerHeight), fill);
        }

        DrawLines(canvas, TextWrapper.Wrap(_corner, HeaderStyle, rowHeader - (2 * Padding)), HeaderStyle,
            box.Left + Padding, box.Top + Padding, SKTextAlign.Left);
        for (var column = 0; column < _columns.Count; column++)
        {
            var centre = box.Left + rowHeader + (cellWidth * (column + 0.5f));
            var lines = TextWrapper.Wrap(_columns[column], HeaderStyle, cellWidth - (2 * Padding));
            DrawLines(canvas, lines, HeaderStyle, centre, box.Top + Padding, SKTextAlign.Center);
        }

        var top = box.Top + headerHeight;
        foreach (var (label, detail, cells) in _rows)
        {
            CellStyle.Draw(canvas, label, box.Left + Padding, top + Padding);
            if (detail is not null)
            {
                DetailStyle.Draw(canvas, detail, box.Left + Padding, top + Padding + CellStyle.LineHeight);
            }

            for (var column = 0; column < cells.Count; column++)
            {
                var cellBox = SKRect.Create(box.Left + rowHeader + (cellWidth * column), top, cellWidth, RowHeight);
                DrawCell(canvas, cells[column], cellBox);
            }

            top += RowHeight;
        }

        using var rule = new SKPaint { Color = ReportTheme.Rule, StrokeWidth = 0.8f, IsAntialias = true };
        canvas.DrawLine(box.Left, box.Top + headerHeight, box.Right, box.Top + headerHeight, rule);
        canvas.DrawLine(box.Left, box.Bottom, box.Right, box.Bottom, rule);
    }

    /// <summary>The fill of a cell of <paramref name="intensity"/>: white at 0, the accent colour at 1.</summary>
    public static SKColor Shade(double intensity)
    {
        var share = Math.Clamp(intensity, 0, 1);
        byte Mix(byte dark) => (byte)Math.Round(255 - ((255 - dark) * share));
        var accent = ReportTheme.Accent;
        return new SKColor(Mix(accent.Red), Mix(accent.Green), Mix(accent.Blue));
    }

    private static void DrawCell(SKCanvas canvas, HeatCell cell, SKRect box)
    {
        var isDark = cell.Intensity is { } dark && dark >= DarkFrom;
        if (cell.Intensity is { } intensity)
        {
            using var fill = new SKPaint { Color = Shade(intensity) };
            canvas.DrawRect(box, fill);
        }

        using (var border = new SKPaint { Color = SKColors.White, StrokeWidth = 1f, Style = SKPaintStyle.Stroke })
        {
            canvas.DrawRect(box, border);
        }

        var text = isDark ? CellStyle.WithColor(SKColors.White) : CellStyle;
        var centre = box.MidX;
        text.Draw(canvas, cell.Text, centre, box.Top + Padding, SKTextAlign.Center);
        if (cell.Detail is not null)
        {
            var detail = isDark ? DetailStyle.WithColor(ReportTheme.AccentLight) : DetailStyle;
            detail.Draw(canvas, cell.Detail, centre, box.Top + Padding + CellStyle.LineHeight, SKTextAlign.Center);
        }
    }

    private static void DrawLines(
        SKCanvas canvas,
        IReadOnlyList<string> lines,
        TextStyle style,
        float x,
        float top,
        SKTextAlign align)
    {
        foreach (var line in lines)
        {
            style.Draw(canvas, line, x, top, align);
            top += style.LineHeight;
        }
    }

    private float HeaderHeight(float width)
    {
        var rowHeader = width * _rowHeaderShare;
        var cellWidth = (width - rowHeader) / _columns.Count;
        var lines = _columns
            .Select(c => TextWrapper.Wrap(c, HeaderStyle, cellWidth - (2 * Padding)).Count)
            .Append(TextWrapper.Wrap(_corner, HeaderStyle, rowHeader - (2 * Padding)).Count)
            .Max();
        return (2 * Padding) + (lines * HeaderStyle.LineHeight);
    }
}
