using SkiaSharp;

namespace Warehouse.Reports.Layout;

/// <summary>
/// A table that flows down pages: rows are never cut, a row that does not fit starts a new page, and the
/// header row repeats at the top of every page the table reaches. A short table is never split at all, and a
/// long one never leaves its last row alone on a page.
/// Cell text wraps within its column. The one exception to whole rows is a row taller than a page under
/// its header, which could fit nowhere: it breaks between lines, and its part on the next page says
/// "(continued)".
/// </summary>
internal sealed class ReportTable
{
    /// <summary>The words that open the first cell of a row's part carried over to a new page.</summary>
    public const string ContinuedMark = "(continued)";

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
        return TypesetHeader(widths).Height + _rows.Sum(row => TypesetBody(row, widths).Height);
    }

    /// <summary>
    /// Height that must be free for the table to start where it is: all of a short table, which is never
    /// split, else its header and first row. A heading above the table keeps this much with it.
    /// </summary>
    public float StartHeight(ReportLayout layout)
    {
        var widths = ColumnWidths(layout.Width);
        var header = TypesetHeader(widths).Height;
        var total = Height(layout.Width);
        return total <= layout.Geometry.Content.Height * KeepTogetherShare || _rows.Count == 0
            ? total
            : header + TypesetBody(_rows[0], widths).Height;
    }

    /// <summary>Draws the table at the layout's cursor, over as many pages as it takes.</summary>
    public void Draw(ReportLayout layout)
    {
        var widths = ColumnWidths(layout.Width);
        var header = TypesetHeader(widths);
        var headerPage = -1;
        layout.EnsureSpace(StartHeight(layout));

        for (var index = 0; index < _rows.Count; index++)
        {
            var row = TypesetBody(_rows[index], widths);
            if (row.Height > layout.Geometry.Content.Height - header.Height)
            {
                headerPage = DrawSplit(layout, row, index, header, widths, headerPage);
                continue;
            }

            layout.EnsureSpace(
                KeptHeight(row, index, widths, layout) + (headerPage == layout.PageIndex ? 0f : header.Height));
            if (headerPage != layout.PageIndex)
            {
                DrawHeader(layout, header, widths);
                headerPage = layout.PageIndex;
            }

            DrawBody(layout, row, index, widths);
        }
    }

    // A row that cannot fit on any page goes down in parts: as many lines of each cell as the page holds,
    // then a new page under the header. Returns the page the header was last drawn on.
    private int DrawSplit(
        ReportLayout layout,
        TypesetRow row,
        int index,
        TypesetRow header,
        float[] widths,
        int headerPage)
    {
        var rest = row;
        while (true)
        {
            var needsHeader = headerPage != layout.PageIndex;
            layout.EnsureSpace((needsHeader ? header.Height : 0f) + rest.FirstLineHeight + (2 * Padding));
            if (headerPage != layout.PageIndex)
            {
                DrawHeader(layout, header, widths);
                headerPage = layout.PageIndex;
            }

            var (part, remainder) = rest.Split(layout.Remaining - (2 * Padding));
            DrawBody(layout, part, index, widths);
            if (remainder is null)
            {
                return headerPage;
            }

            layout.StartPage();
            rest = remainder.Continued();
        }
    }

    // The last row never goes to a new page alone, under a header repeated for it: the row before it goes along,
    // unless the two together would not fit on a page.
    private float KeptHeight(TypesetRow row, int index, float[] widths, ReportLayout layout)
    {
        if (index == 0 || index != _rows.Count - 2)
        {
            return row.Height;
        }

        var both = row.Height + TypesetBody(_rows[^1], widths).Height;
        return both <= layout.Geometry.Content.Height - TypesetHeader(widths).Height ? both : row.Height;
    }

    private List<TableCell> HeaderCells() =>
        _columns.Select(c => new TableCell(c.Header, Tone: CellTone.Strong)).ToList();

    private float[] ColumnWidths(float tableWidth)
    {
        var totalWeight = _columns.Sum(c => c.Weight);
        return _columns.Select(c => tableWidth * c.Weight / totalWeight).ToArray();
    }

    private TypesetRow TypesetHeader(float[] widths) =>
        TypesetRow.Of(HeaderCells(), widths, ReportTheme.TableHeader, Padding);

    private static TypesetRow TypesetBody(IReadOnlyList<TableCell> cells, float[] widths) =>
        TypesetRow.Of(cells, widths, ReportTheme.TableBody, Padding);

    private void DrawHeader(ReportLayout layout, TypesetRow header, float[] widths)
    {
        var box = layout.Reserve(header.Height);
        using var fill = new SKPaint { Color = ReportTheme.AccentLight };
        layout.Canvas.DrawRect(box, fill);
        DrawCells(layout.Canvas, header, widths, box);
        DrawRule(layout.Canvas, box.Left, box.Right, box.Bottom, 0.8f);
    }

    private void DrawBody(ReportLayout layout, TypesetRow row, int index, float[] widths)
    {
        var box = layout.Reserve(row.Height);
        if (index % 2 == 1)
        {
            using var stripe = new SKPaint { Color = ReportTheme.Stripe };
            layout.Canvas.DrawRect(box, stripe);
        }

        DrawCells(layout.Canvas, row, widths, box);
        DrawRule(layout.Canvas, box.Left, box.Right, box.Bottom, 0.4f);
    }

    private void DrawCells(SKCanvas canvas, TypesetRow row, float[] widths, SKRect box)
    {
        var left = box.Left;
        for (var column = 0; column < row.Cells.Count; column++)
        {
            var align = _columns[column].Align;
            var x = align switch
            {
                SKTextAlign.Right => left + widths[column] - Padding,
                SKTextAlign.Center => left + (widths[column] / 2),
                _ => left + Padding,
            };

            var top = box.Top + Padding;
            foreach (var (text, style) in row.Cells[column])
            {
                style.Draw(canvas, text, x, top, align);
                top += style.LineHeight;
            }

            left += widths[column];
        }
    }

    private static void DrawRule(SKCanvas canvas, float left, float right, float y, float thickness)
    {
        using var paint = new SKPaint { Color = ReportTheme.Rule, StrokeWidth = thickness, IsAntialias = true };
        canvas.DrawLine(left, y, right, y, paint);
    }

    /// <summary>A row wrapped to its column widths: the lines of each cell with their styles.</summary>
    private sealed record TypesetRow(IReadOnlyList<IReadOnlyList<(string Text, TextStyle Style)>> Cells, float Padding)
    {
        public float Height => Cells.Max(CellHeight) + (2 * Padding);

        public float FirstLineHeight => Cells.Max(c => c.Count == 0 ? 0f : c[0].Style.LineHeight);

        public static TypesetRow Of(IReadOnlyList<TableCell> cells, float[] widths, TextStyle body, float padding)
        {
            var set = new List<IReadOnlyList<(string, TextStyle)>>();
            for (var column = 0; column < cells.Count; column++)
            {
                var cell = cells[column];
                var inner = widths[column] - (2 * padding);
                var style = ReportTheme.ForTone(body, cell.Tone);
                var lines = TextWrapper.Wrap(cell.Text, style, inner).Select(line => (line, style)).ToList();
                if (cell.Detail is not null)
                {
                    var detail = ReportTheme.TableDetail;
                    lines.AddRange(TextWrapper.Wrap(cell.Detail, detail, inner).Select(line => (line, detail)));
                }

                set.Add(lines);
            }

            return new TypesetRow(set, padding);
        }

        /// <summary>
        /// The lines of each cell that fit in <paramref name="height"/> points, and the rest (null when
        /// nothing is left). Every cell gives at least its first line, so each part makes progress.
        /// </summary>
        public (TypesetRow Part, TypesetRow? Remainder) Split(float height)
        {
            var part = new List<IReadOnlyList<(string, TextStyle)>>();
            var rest = new List<IReadOnlyList<(string, TextStyle)>>();
            foreach (var cell in Cells)
            {
                var taken = 0;
                var used = 0f;
                while (taken < cell.Count && (taken == 0 || used + cell[taken].Style.LineHeight <= height))
                {
                    used += cell[taken].Style.LineHeight;
                    taken++;
                }

                part.Add(cell.Take(taken).ToList());
                rest.Add(cell.Skip(taken).ToList());
            }

            return (this with { Cells = part }, rest.All(c => c.Count == 0) ? null : this with { Cells = rest });
        }

        /// <summary>This rest of a row with <see cref="ContinuedMark"/> opening its first cell.</summary>
        public TypesetRow Continued()
        {
            var first = new List<(string, TextStyle)> { (ContinuedMark, ReportTheme.TableDetail) };
            first.AddRange(Cells[0]);
            return this with { Cells = [first, .. Cells.Skip(1)] };
        }

        private static float CellHeight(IReadOnlyList<(string Text, TextStyle Style)> lines) =>
            lines.Sum(line => line.Style.LineHeight);
    }
}
