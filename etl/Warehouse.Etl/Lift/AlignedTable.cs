using System.Text;

namespace Warehouse.Etl.Lift;

/// <summary>
/// A fixed-width text table: a header, a rule, and rows whose cells are padded to the widest cell of their
/// column; section lines between rows are printed as they are and do not widen the columns.
/// </summary>
internal sealed class AlignedTable
{
    private readonly (string Title, bool AlignRight)[] _header;
    private readonly List<(string[]? Cells, string? Section)> _lines = [];

    public AlignedTable(params (string Title, bool AlignRight)[] header)
    {
        _header = header;
    }

    /// <summary>Adds a row with one cell per header column.</summary>
    public void Add(params string[] cells)
    {
        if (cells.Length != _header.Length)
        {
            throw new ArgumentException($"A row needs {_header.Length} cells, not {cells.Length}.", nameof(cells));
        }

        _lines.Add((cells, null));
    }

    /// <summary>Adds a line printed as it is, for example a section heading.</summary>
    public void AddSection(string text) => _lines.Add((null, text));

    /// <summary>Writes the table; every line ends with a line feed and has no trailing blanks.</summary>
    public void WriteTo(StringBuilder text, string indent = "")
    {
        var rows = _lines.Where(l => l.Cells is not null).Select(l => l.Cells!).ToList();
        var widths = _header
            .Select((h, i) => rows.Select(r => r[i].Length).Prepend(h.Title.Length).Max())
            .ToArray();

        WriteRow(text, indent, _header.Select(h => h.Title).ToArray(), widths);
        WriteRow(text, indent, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var (cells, section) in _lines)
        {
            if (cells is null)
            {
                text.Append(indent).Append(section).Append('\n');
            }
            else
            {
                WriteRow(text, indent, cells, widths);
            }
        }
    }

    /// <summary>Breaks <paramref name="text"/> at spaces into lines no wider than <paramref name="width"/>.</summary>
    public static IEnumerable<string> Wrap(string text, int width, string indent = "", string hangingIndent = "")
    {
        var line = new StringBuilder(indent);
        var lineHasWord = false;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lineHasWord && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear().Append(hangingIndent);
                lineHasWord = false;
            }

            if (lineHasWord)
            {
                line.Append(' ');
            }

            line.Append(word);
            lineHasWord = true;
        }

        if (lineHasWord)
        {
            yield return line.ToString();
        }
    }

    private void WriteRow(StringBuilder text, string indent, string[] cells, int[] widths)
    {
        var line = new StringBuilder(indent);
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                line.Append("  ");
            }

            line.Append(_header[i].AlignRight ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));
        }

        text.Append(line.ToString().TrimEnd()).Append('\n');
    }
}
