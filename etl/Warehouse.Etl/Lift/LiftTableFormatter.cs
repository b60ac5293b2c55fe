using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Warehouse.Etl.Lift;

/// <summary>
/// Renders the lift step's results for <c>warehouse lift --format table|json|csv</c>. The table is for people
/// (<see cref="LiftTextReport"/>); JSON holds every mart (verdicts, lift, monthly lift, power) at full
/// precision under the mart column names, with null for a missing figure; CSV holds one mart, named by
/// <see cref="LiftMart"/>.
/// </summary>
public static class LiftTableFormatter
{
    /// <summary>p-values below this are shown as a bound in the table.</summary>
    public const double SmallestShownPValue = LiftFigures.SmallestShownPValue;

    /// <summary>Reads a <c>--format</c> value (<c>table</c>, <c>json</c>, <c>csv</c>; case ignored).</summary>
    /// <exception cref="WarehouseException"><see cref="ExitCode.Usage"/> for any other value.</exception>
    public static LiftOutputFormat ParseFormat(string? format) =>
        format?.Trim().ToLowerInvariant() switch
        {
            "table" => LiftOutputFormat.Table,
            "json" => LiftOutputFormat.Json,
            "csv" => LiftOutputFormat.Csv,
            _ => throw new WarehouseException(
                $"Unknown --format '{format}'. Use one of: table, json, csv.", ExitCode.Usage),
        };

    /// <summary>Reads a <c>--table</c> value: <c>lift</c>, <c>verdicts</c>, <c>monthly</c> or <c>power</c>.</summary>
    /// <exception cref="WarehouseException"><see cref="ExitCode.Usage"/> for any other value.</exception>
    public static LiftMart ParseMart(string? mart) =>
        mart?.Trim().ToLowerInvariant() switch
        {
            "lift" => LiftMart.Lift,
            "verdicts" => LiftMart.Verdicts,
            "monthly" => LiftMart.Monthly,
            "power" => LiftMart.Power,
            _ => throw new WarehouseException(
                $"Unknown --table '{mart}'. Use one of: lift, verdicts, monthly, power.", ExitCode.Usage),
        };

    /// <summary>Renders the report in the given format; the text ends with a line break.</summary>
    /// <param name="report">What the lift step produced.</param>
    /// <param name="format">table, json or csv.</param>
    /// <param name="mart">The mart CSV holds; ignored by the other formats.</param>
    public static string Format(LiftReport report, LiftOutputFormat format, LiftMart mart = LiftMart.Lift) =>
        format switch
        {
            LiftOutputFormat.Table => FormatTable(report),
            LiftOutputFormat.Json => FormatJson(report),
            LiftOutputFormat.Csv => FormatCsv(report, mart),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown output format."),
        };

    /// <summary>The text for people: per pilot, the verdict and checks, then the metric rows.</summary>
    public static string FormatTable(LiftReport report) => LiftTextReport.Render(report);

    /// <summary>
    /// A JSON object with one array per mart: <c>verdicts</c>, <c>lift</c>, <c>monthly</c>, <c>power</c>; the
    /// objects' property names are the marts' column names.
    /// </summary>
    public static string FormatJson(LiftReport report)
    {
        ArgumentNullException.ThrowIfNull(report);

        using var buffer = new MemoryStream();
        // The text goes to a terminal or a file, never into HTML: quotes and accents stay readable.
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            writer.WriteStartObject();
            WriteJsonArray(writer, "verdicts", PilotVerdictColumns.All, report.Verdicts);
            WriteJsonArray(writer, "lift", PilotLiftColumns.All, report.Estimates);
            WriteJsonArray(writer, "monthly", PilotLiftMonthlyColumns.All, report.Monthly);
            WriteJsonArray(writer, "power", PilotPowerColumns.All, report.Power);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>RFC 4180 CSV of one mart: a header of column names, CRLF line ends, fields quoted when needed.</summary>
    public static string FormatCsv(LiftReport report, LiftMart mart = LiftMart.Lift)
    {
        ArgumentNullException.ThrowIfNull(report);

        return mart switch
        {
            LiftMart.Lift => FormatCsv(PilotLiftColumns.All, report.Estimates),
            LiftMart.Verdicts => FormatCsv(PilotVerdictColumns.All, report.Verdicts),
            LiftMart.Monthly => FormatCsv(PilotLiftMonthlyColumns.All, report.Monthly),
            LiftMart.Power => FormatCsv(PilotPowerColumns.All, report.Power),
            _ => throw new ArgumentOutOfRangeException(nameof(mart), mart, "Unknown mart."),
        };
    }

    /// <summary>RFC 4180 CSV of rows under the given columns.</summary>
    public static string FormatCsv<T>(IReadOnlyList<MartColumn<T>> columns, IReadOnlyList<T> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);

        var text = new StringBuilder();
        text.AppendJoin(',', columns.Select(c => CsvField(c.Name))).Append("\r\n");
        foreach (var row in rows)
        {
            text.AppendJoin(',', columns.Select(c => CsvField(c.Value(row)))).Append("\r\n");
        }

        return text.ToString();
    }

    private static void WriteJsonArray<T>(
        Utf8JsonWriter writer, string name, IReadOnlyList<MartColumn<T>> columns, IReadOnlyList<T> rows)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var row in rows)
        {
            writer.WriteStartObject();
            foreach (var column in columns)
            {
                writer.WritePropertyName(column.Name);
                WriteJsonValue(writer, column.Value(row));
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteJsonValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case long count:
                writer.WriteNumberValue(count);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case decimal exact:
                writer.WriteNumberValue(exact);
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                break;
            default:
                throw new InvalidOperationException($"No JSON form for a {value.GetType().Name}.");
        }
    }

    private static string CsvField(object? value)
    {
        var text = value switch
        {
            null => "",
            string s => s,
            bool b => b ? "true" : "false",
            double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
