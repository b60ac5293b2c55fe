using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Warehouse.Etl.Lift;

/// <summary>
/// Renders lift estimates for <c>warehouse lift --format table|json|csv</c>. The table rounds for reading
/// (percentages for rates, p-values below 1e-12 as <c>&lt; 1e-12</c>); JSON and CSV carry every figure at
/// full precision under the <c>marts.pilot_lift</c> column names, with null for a missing figure.
/// </summary>
public static class LiftTableFormatter
{
    /// <summary>p-values below this are shown as a bound in the table.</summary>
    public const double SmallestShownPValue = 1e-12;

    private const string Missing = "n/a";

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

    /// <summary>Renders the estimates in the given format; the text ends with a line break.</summary>
    public static string Format(IReadOnlyList<LiftEstimate> estimates, LiftOutputFormat format) =>
        format switch
        {
            LiftOutputFormat.Table => FormatTable(estimates),
            LiftOutputFormat.Json => FormatJson(estimates),
            LiftOutputFormat.Csv => FormatCsv(estimates),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown output format."),
        };

    /// <summary>
    /// A fixed-width table, one line per estimate, the primary metric marked <c>*</c>, followed by a legend
    /// and the notes of estimates with missing figures.
    /// </summary>
    public static string FormatTable(IReadOnlyList<LiftEstimate> estimates)
    {
        ArgumentNullException.ThrowIfNull(estimates);

        var notes = new List<string>();
        var rows = new List<string[]>();
        foreach (var estimate in estimates)
        {
            var noteMark = "";
            if (estimate.Note is not null)
            {
                notes.Add($"[{notes.Count + 1}] {estimate.PilotId} / {estimate.Metric}: {estimate.Note}");
                noteMark = $"[{notes.Count}]";
            }

            rows.Add(TableRow(estimate, noteMark));
        }

        var text = new StringBuilder();
        WriteAligned(text, TableHeader, rows);
        text.Append("* primary metric. Intervals are 95%: Welch's t for the lift, ")
            .Append("the delta method for the relative lift.\n");

        // The sample-ratio check is one per pilot, so it is said once rather than repeated on every row.
        foreach (var pilot in estimates.GroupBy(e => e.PilotId, StringComparer.Ordinal))
        {
            text.Append(SampleRatioLine(pilot.First())).Append('\n');
        }

        foreach (var note in notes)
        {
            text.Append(note).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>A JSON array with one object per estimate; property names are the mart's column names.</summary>
    public static string FormatJson(IReadOnlyList<LiftEstimate> estimates)
    {
        ArgumentNullException.ThrowIfNull(estimates);

        using var buffer = new MemoryStream();
        // The text goes to a terminal or a file, never into HTML: quotes and accents stay readable.
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            writer.WriteStartArray();
            foreach (var estimate in estimates)
            {
                writer.WriteStartObject();
                foreach (var column in PilotLiftColumns.All)
                {
                    writer.WritePropertyName(column.Name);
                    WriteJsonValue(writer, column.Value(estimate));
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>RFC 4180 CSV: a header of column names, CRLF line ends, fields quoted when they need it.</summary>
    public static string FormatCsv(IReadOnlyList<LiftEstimate> estimates)
    {
        ArgumentNullException.ThrowIfNull(estimates);

        var text = new StringBuilder();
        text.AppendJoin(',', PilotLiftColumns.All.Select(c => CsvField(c.Name))).Append("\r\n");
        foreach (var estimate in estimates)
        {
            text.AppendJoin(',', PilotLiftColumns.All.Select(c => CsvField(c.Value(estimate)))).Append("\r\n");
        }

        return text.ToString();
    }

    private static readonly (string Title, bool AlignRight)[] TableHeader =
    [
        ("pilot", false),
        ("metric", false),
        ("pilot n", true),
        ("control n", true),
        ("pilot", true),
        ("control", true),
        ("lift", true),
        ("95% interval", false),
        ("relative", true),
        ("95% interval", false),
        ("p", true),
        ("note", false),
    ];

    private static string SampleRatioLine(LiftEstimate e)
    {
        var verdict = e.SrmPValue is null ? "not checked (no customers assigned)"
            : e.IsSrmMismatch ? "MISMATCH: the arms are not split as planned; results not decision-ready"
            : "as planned";
        var observed = Percent(e.SrmPilotShare, decimals: 2, signed: false);
        var planned = Percent(e.PlannedSplit, decimals: 2, signed: false);
        return $"Sample ratio, {e.PilotId}: {observed} in the pilot arm against {planned} planned, "
            + $"p = {PValue(e.SrmPValue)}: {verdict}.";
    }

    private static string[] TableRow(LiftEstimate e, string noteMark)
    {
        var kind = e.MetricKind;
        return
        [
            e.PilotId,
            e.IsPrimary ? e.Metric + " *" : e.Metric,
            Count(e.PilotCustomers),
            Count(e.ControlCustomers),
            Level(e.PilotMean, kind),
            Level(e.ControlMean, kind),
            Difference(e.AbsoluteLift, kind, withUnit: true),
            Interval(e.AbsoluteCiLow, e.AbsoluteCiHigh, v => Difference(v, kind, withUnit: false)),
            Percent(e.RelativeLift, decimals: 1, signed: true),
            Interval(e.RelativeCiLow, e.RelativeCiHigh, v => Percent(v, decimals: 1, signed: true)),
            PValue(e.PValue),
            noteMark,
        ];
    }

    private static void WriteAligned(StringBuilder text, (string Title, bool AlignRight)[] header, List<string[]> rows)
    {
        var widths = header
            .Select((h, i) => rows.Select(r => r[i].Length).Prepend(h.Title.Length).Max())
            .ToArray();

        void WriteLine(IReadOnlyList<string> cells)
        {
            var line = new StringBuilder();
            for (var i = 0; i < cells.Count; i++)
            {
                if (i > 0)
                {
                    line.Append("  ");
                }

                line.Append(header[i].AlignRight ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));
            }

            text.Append(line.ToString().TrimEnd()).Append('\n');
        }

        WriteLine(header.Select(h => h.Title).ToArray());
        WriteLine(widths.Select(w => new string('-', w)).ToArray());
        foreach (var row in rows)
        {
            WriteLine(row);
        }
    }

    private static string Count(long count) => count.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>An arm mean: a percentage for rates, NPS points, else an amount.</summary>
    private static string Level(double? value, MetricKind? kind) => value switch
    {
        null => Missing,
        { } v when kind == MetricKind.Rate => Percent(v, decimals: 2, signed: false),
        { } v when kind == MetricKind.Nps => v.ToString("0.0", CultureInfo.InvariantCulture),
        { } v => Amount(v, signed: false),
    };

    /// <summary>A difference of means: percentage points for rates, NPS points, else an amount.</summary>
    private static string Difference(double? value, MetricKind? kind, bool withUnit) => value switch
    {
        null => Missing,
        { } v when kind == MetricKind.Rate =>
            (v * 100).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) + (withUnit ? " pp" : ""),
        { } v when kind == MetricKind.Nps =>
            v.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + (withUnit ? " pts" : ""),
        { } v => Amount(v, signed: true),
    };

    private static string Interval(double? low, double? high, Func<double, string> format) =>
        low is { } l && high is { } h ? $"[{format(l)}, {format(h)}]" : Missing;

    private static string Percent(double? share, int decimals, bool signed)
    {
        if (share is not { } value)
        {
            return Missing;
        }

        var digits = new string('0', decimals);
        var pattern = signed ? $"+0.{digits};-0.{digits};0.{digits}" : $"0.{digits}";
        return (value * 100).ToString(pattern, CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>About four significant figures, at least two decimals, thousands separated.</summary>
    private static string Amount(double value, bool signed)
    {
        var magnitude = value == 0 ? 0 : (int)Math.Floor(Math.Log10(Math.Abs(value)));
        var decimals = Math.Clamp(3 - magnitude, 2, 6);
        var digits = new string('0', decimals);
        var pattern = signed ? $"+#,0.{digits};-#,0.{digits};0.{digits}" : $"#,0.{digits}";
        return value.ToString(pattern, CultureInfo.InvariantCulture);
    }

    private static string PValue(double? p) => p switch
    {
        null => Missing,
        < SmallestShownPValue => "< 1e-12",
        < 0.0001 => p.Value.ToString("0.0e+00", CultureInfo.InvariantCulture),
        _ => p.Value.ToString("0.0000", CultureInfo.InvariantCulture),
    };

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
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
