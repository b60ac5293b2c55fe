namespace Warehouse.Reports.Layout;

/// <summary>One cell: its main text, an optional smaller second line, and the main text's emphasis.</summary>
internal sealed record TableCell(string Text, string? Detail = null, CellTone Tone = CellTone.Normal)
{
    public static implicit operator TableCell(string text) => new(text);
}
