using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Warehouse.Etl.Generation;

/// <summary>Writes <c>truth.json</c>: the options, the command that regenerates the files, the effects.</summary>
internal static class TruthFile
{
    public const string WindowRule =
        "outcomes on dates d with assigned_date < d <= window_end_date (UTC dates); ratio values are ratios of sums";

    public static void Write(PlantedTruth truth, PortfolioCalendar calendar, string path)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",

            // The file is read by people: keep '<' and '>' legible rather than escaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            json.WriteStartObject();
            json.WriteString("generator", "warehouse generate");
            json.WriteString("command", truth.Command);
            json.WriteString(
                "command_folder", "Run the command in the folder that holds this file; it rewrites every file here.");
            WriteOptions(json, truth.Options);
            json.WriteString("first_month_date", IsoDate(calendar.MonthEnd(0)));
            json.WriteString("last_month_date", IsoDate(calendar.MonthEnd(calendar.Months - 1)));
            json.WriteStartArray("pilots");
            foreach (var pilot in truth.Pilots)
            {
                WritePilot(json, pilot);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        var partial = path + ".partial";
        File.WriteAllBytes(partial, buffer.ToArray());
        File.Move(partial, path, overwrite: true);
    }

    private static void WriteOptions(Utf8JsonWriter json, GeneratorOptions options)
    {
        json.WriteStartObject("options");
        json.WriteNumber("customers", options.Customers);
        json.WriteNumber("months", options.Months);
        json.WriteNumber("seed", options.Seed);
        json.WriteString("format", GeneratorOptions.FormatName(options.Format));
        json.WriteString("last_month", GeneratorOptions.FormatMonth(options.LastMonth));
        json.WriteEndObject();
    }

    private static void WritePilot(Utf8JsonWriter json, PlantedPilot pilot)
    {
        json.WriteStartObject();
        json.WriteString("pilot_id", pilot.PilotId);
        json.WriteString("design", pilot.Design);
        json.WriteString(
            "effect_population",
            pilot.Design == "observational"
                ? "the pilot arm: true_effect is the effect on the treated, which difference-in-differences estimates"
                : "every assigned customer: true_effect is the average effect of assigning the pilot arm");
        json.WriteNumber("assigned_customers", pilot.AssignedCustomers);
        json.WriteNumber("pilot_customers", pilot.PilotCustomers);
        json.WriteNumber("control_customers", pilot.ControlCustomers);
        json.WriteNumber("planned_split", pilot.PlannedSplit);
        json.WriteNumber("planned_customers", pilot.PlannedCustomers);
        json.WriteNumber("outcome_window_days", pilot.OutcomeWindowDays);
        json.WriteString("window_rule", WindowRule);
        json.WriteStartObject("treatment");
        json.WriteNumber("roll_probability_multiplier", pilot.RollProbabilityMultiplier);
        json.WriteNumber("digital_activity_multiplier", pilot.DigitalActivityMultiplier);
        json.WriteNumber("satisfaction_shift", pilot.SatisfactionShift);
        json.WriteEndObject();
        json.WriteStartArray("effects");
        foreach (var effect in pilot.Effects)
        {
            json.WriteStartObject();
            json.WriteString("metric", effect.Metric);
            json.WriteString("metric_kind", effect.MetricKind);
            json.WriteString("role", effect.Role);
            json.WriteNumber("customers_if_all_pilot", effect.CustomersIfAllPilot);
            json.WriteNumber("customers_if_all_control", effect.CustomersIfAllControl);
            WriteNumber(json, "value_if_all_pilot", effect.ValueIfAllPilot);
            WriteNumber(json, "value_if_all_control", effect.ValueIfAllControl);
            WriteNumber(json, "true_effect", effect.TrueEffect);
            json.WriteNumber("observed_pilot_customers", effect.ObservedPilotCustomers);
            json.WriteNumber("observed_control_customers", effect.ObservedControlCustomers);
            WriteNumber(json, "observed_pilot_value", effect.ObservedPilotValue);
            WriteNumber(json, "observed_control_value", effect.ObservedControlValue);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string IsoDate(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } present)
        {
            json.WriteNumber(name, present);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
