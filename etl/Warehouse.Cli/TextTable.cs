using System.Data;
using System.Globalization;
using Warehouse.Etl;

namespace Warehouse.Cli;

/// <summary>Prints a result set as an aligned plain-text table.</summary>
internal static class TextTable
{
    /// <summary>Refuses a negative <c>--max-rows</c> as a usage error.</summary>
    public static void RequireRowLimit(int maxRows)
    {
        if (maxRows < 0)
        {
            throw new WarehouseException($"--max-rows must be 0 or more, not {maxRows}.", ExitCode.Usage);
        }
    }

    public static void Write(DataTable table, int maxRows, TextWriter output)
    {
        var rows = table.Rows.Cast<DataRow>().Take(maxRows)
            .Select(r => r.ItemArray.Select(Format).ToArray())
            .ToList();
        var headers = table.Columns.Cast<DataColumn>().Select(c => c.ColumnName).ToArray();
        var widths = headers
            .Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length)))
            .ToArray();

        output.WriteLine(string.Join("  ", headers.Select((h, i) => h.PadRight(widths[i]))).TrimEnd());
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((v, i) => v.PadRight(widths[i]))).TrimEnd());
        }

        var more = table.Rows.Count - rows.Count;
        output.WriteLine(more > 0
            ? $"({table.Rows.Count:N0} rows, first {rows.Count} shown)"
            : $"({table.Rows.Count:N0} rows)");
    }

    private static string Format(object? value) => value switch
    {
        null or DBNull => "",
        DateTime { TimeOfDay.Ticks: 0 } date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("0.######", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
