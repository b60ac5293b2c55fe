using SkiaSharp;

namespace Warehouse.Reports.Layout;

/// <summary>
/// A table that flows down pages: rows are never cut, a row that does not fit starts a new page, and the
/// header row repeats at the top of every page the table reaches. A short table is never split at all.
/// Cell text wraps within its column.
/// </summary>
internal sealed class ReportTable
{
    private const float Padding = 3.5f;

    // Up to this share of a page's content height a table moves whole to the next page rather than split.
    private const float KeepTogetherShare = 0.3f;

    private readonly IReadOnlyList<TableColumn> _columns;

    private readonly List<IReadOnlyList<TableCell>> _rows = [];

    public ReportTable(IReadOnlyList<TableColumn> columns)
    {
        _columns = columns;
    }

    public int RowCount => _rows.Count;

    /// <summary>Adds a row; it must have one cell per column.</summary>
    public void Add(params TableCell[] cells)
    {
        if (cells.Length != _columns.Count)
        {
            throw new ArgumentException(
                $"A row of this table has {_columns.Count} cells; this one has {cells.Length}.",
                nameof(cells));
        }

        _rows.Add(cells);
    }

    /// <summary>Height of the header and every row at <paramref name="tableWidth"/>, as if on one page.</summary>
    public float Height(float tableWidth)
    {
        var widths = ColumnWidths(tableWidth);
        return RowHeight(HeaderCells(), widths, ReportTheme.TableHeader)
            + _rows.Sum(row => RowHeight(row, widths, ReportTheme.TableBody));
    }

    /// <summary>
    /// Height that must be free for the table to start where it is: all of a short table, which is never
    /// split, else its header and first row. A heading above the table keeps this much with it.
    /// </summary>
    public float StartHeight(ReportLayout layout)
    {
        var widths = ColumnWidths(layout.Width);
        var header = RowHeight(HeaderCells(), widths, ReportTheme.TableHeader);
        var total = Height(layout.Width);
        return total <= layout.Geometry.Content.Height * KeepTogetherShare || _rows.Count == 0
            ? total
            : header + RowHeight(_rows[0], widths, ReportTheme.TableBody);
    }

    /// <summary>Draws the table at the layout's cursor, over as many pages as it takes.</summary>
    public void Draw(ReportLayout layout)
    {
        var widths = ColumnWidths(layout.Width);
        var header = HeaderCells();
        var headerHeight = RowHeight(header, widths, ReportTheme.TableHeader);
        var headerPage = -1;
        layout.EnsureSpace(StartHeight(layout));

        for (var index = 0; index < _rows.Count; index++)
        {
            var row = _rows[index];
            var height = RowHeight(row, widths, ReportTheme.TableBody);
            layout.EnsureSpace(height + (headerPage == layout.PageIndex ? 0f : headerHeight));
            if (headerPage != layout.PageIndex)
            {
                DrawHeader(layout, header, widths, headerHeight);
                headerPage = layout.PageIndex;
            }

            var box = layout.Reserve(height);
            if (index % 2 == 1)
            {
                using var stripe = new SKPaint { Color = ReportTheme.Stripe };
                layout.Canvas.DrawRect(box, stripe);
            }

            DrawCells(layout.Canvas, row, widths, box, ReportTheme.TableBody);
            DrawRule(layout.Canvas, box.Left, box.Right, box.Bottom, 0.4f);
        }
    }

    private List<TableCell> HeaderCells() =>
        _columns.Select(c => new TableCell(c.Header, Tone: CellTone.Strong)).ToList();

    private float[] ColumnWidths(float tableWidth)
    {
        var totalWeight = _columns.Sum(c => c.Weight);
        return _columns.Select(c => tableWidth * c.Weight / totalWeight).ToArray();
    }

    private void DrawHeader(ReportLayout layout, IReadOnlyList<TableCell> header, float[] widths, float height)
    {
        var box = layout.Reserve(height);
        using var fill = new SKPaint { Color = ReportTheme.AccentLight };
        layout.Canvas.DrawRect(box, fill);
        DrawCells(layout.Canvas, header, widths, box, ReportTheme.TableHeader);
        DrawRule(layout.Canvas, box.Left, box.Right, box.Bottom, 0.8f);
    }

    private void DrawCells(SKCanvas canvas, IReadOnlyList<TableCell> cells, float[] widths, SKRect box, TextStyle body)
    {
        var left = box.Left;
        for (var column = 0; column < cells.Count; column++)
        {
            var cell = cells[column];
            var inner = widths[column] - (2 * Padding);
            var align = _columns[column].Align;
            var x = align switch
            {
                SKTextAlign.Right => left + widths[column] - Padding,
                SKTextAlign.Center => left + (widths[column] / 2),
                _ => left + Padding,
            };

            var top = box.Top + Padding;
            var style = ReportTheme.ForTone(body, cell.Tone);
            foreach (var line in TextWrapper.Wrap(cell.Text, style, inner))
            {
                style.Draw(canvas, line, x, top, align);
                top += style.LineHeight;
            }

            if (cell.Detail is not null)
            {
                foreach (var line in TextWrapper.Wrap(cell.Detail, ReportTheme.TableDetail, inner))
                {
                    ReportTheme.TableDetail.Draw(canvas, line, x, top, align);
                    top += ReportTheme.TableDetail.LineHeight;
                }
            }

            left += widths[column];
        }
    }

    private static float RowHeight(IReadOnlyList<TableCell> cells, float[] widths, TextStyle body)
    {
        var tallest = 0f;
        for (var column = 0; column < cells.Count; column++)
        {
            var cell = cells[column];
            var inner = widths[column] - (2 * Padding);
            var style = ReportTheme.ForTone(body, cell.Tone);
            var height = TextWrapper.Wrap(cell.Text, style, inner).Count * style.LineHeight;
            if (cell.Detail is not null)
            {
                height += TextWrapper.Wrap(cell.Detail, ReportTheme.TableDetail, inner).Count
                    * ReportTheme.TableDetail.LineHeight;
            }

            tallest = Math.Max(tallest, height);
        }

        return tallest + (2 * Padding);
    }

    private static void DrawRule(SKCanvas canvas, float left, float right, float y, float thickness)
    {
        using var paint = new SKPaint { Color = ReportTheme.Rule, StrokeWidth = thickness, IsAntialias = true };
        canvas.DrawLine(left, y, right, y, paint);
    }
}
