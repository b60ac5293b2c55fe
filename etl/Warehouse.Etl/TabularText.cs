using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Warehouse.Etl;

/// <summary>
/// Writes rows of plain values (text, whole numbers, UTC timestamps, dates and lists of them) as an aligned
/// table, a JSON array of objects or RFC 4180 CSV, for commands that take <c>--format table|json|csv</c>.
/// </summary>
public static class TabularText
{
    /// <summary>Reads a <c>--format</c> value (<c>table</c>, <c>json</c>, <c>csv</c>; case ignored).</summary>
    /// <exception cref="WarehouseException"><see cref="ExitCode.Usage"/> for any other value.</exception>
    public static OutputFormat ParseFormat(string? format) =>
        format?.Trim().ToLowerInvariant() switch
        {
            "table" => OutputFormat.Table,
            "json" => OutputFormat.Json,
            "csv" => OutputFormat.Csv,
            _ => throw new WarehouseException(
                $"Unknown --format '{format}'. Use one of: table, json, csv.", ExitCode.Usage),
        };

    /// <summary>Columns separated by two spaces, each as wide as its widest cell, under a rule of dashes.</summary>
    public static string Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var cells = rows.Select(r => r.Select(TableCell).ToList()).ToList();
        var widths = headers.Select((h, i) => cells.Select(r => r[i].Length).Prepend(h.Length).Max()).ToList();
        var text = new StringBuilder();
        AppendLine(text, headers, widths);
        AppendLine(text, widths.Select(w => new string('-', w)).ToList(), widths);
        foreach (var row in cells)
        {
            AppendLine(text, row, widths);
        }

        return text.ToString();
    }

    /// <summary>A JSON array with one object per row; lists become arrays, timestamps ISO 8601 in UTC.</summary>
    public static string Json(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var buffer = new MemoryStream();

        // The text goes to a terminal or a file, never into HTML: quotes and accents stay readable.
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            writer.WriteStartArray();
            foreach (var row in rows)
            {
                writer.WriteStartObject();
                for (var i = 0; i < headers.Count; i++)
                {
                    writer.WritePropertyName(headers[i]);
                    WriteJson(writer, row[i]);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>RFC 4180 CSV: CRLF line ends, fields quoted when they need it, list items joined by <c>;</c>.</summary>
    public static string Csv(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', headers.Select(CsvField)).Append("\r\n");
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(v => CsvField(Text(v, ";")))).Append("\r\n");
        }

        return text.ToString();
    }

    private static void AppendLine(StringBuilder text, IReadOnlyList<string> cells, IReadOnlyList<int> widths)
    {
        var line = string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i])));
        text.Append(line.TrimEnd()).Append('\n');
    }

    private static string TableCell(object? value) => Text(value, ", ").ReplaceLineEndings(" ");

    private static string Text(object? value, string listSeparator) => value switch
    {
        null => "",
        string text => text,
        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable list => string.Join(listSeparator, list.Cast<object?>().Select(v => Text(v, listSeparator))),
        _ => value.ToString() ?? "",
    };

    private static void WriteJson(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case DateTime time:
                writer.WriteStringValue(time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteJson(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"No JSON form for a {value.GetType().Name}.");
        }
    }

    private static string CsvField(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
}
