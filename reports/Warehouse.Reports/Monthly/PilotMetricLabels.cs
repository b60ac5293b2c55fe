using System.Text.RegularExpressions;

namespace Warehouse.Reports.Monthly;

/// <summary>Reader-facing names of the pilot metric catalogue; a metric outside it is shown by its own name.</summary>
internal static class PilotMetricLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["roll_to_30_plus_rate"] = "Roll to 30+ days past due",
        ["engagement_rate"] = "Digital engagement",
        ["nps"] = "NPS",
        ["visit_rate"] = "Visit rate",
        ["conversion_rate"] = "Conversion rate",
        ["spend_per_customer"] = "Spend per customer",
    };

    public static string For(string metric) =>
        Labels.TryGetValue(metric, out var label) ? label : FigureFormat.Humanize(metric);

    /// <summary>
    /// <paramref name="text"/> with each of <paramref name="metrics"/> given its name wherever the id stands as a
    /// whole word: the lift job writes ids into its reasons ("Primary digital_actions: Met"), which a reader
    /// should see as the report names them elsewhere ("Primary Digital actions: Met").
    /// </summary>
    public static string InText(string text, IEnumerable<string> metrics) =>
        metrics
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(m => m.Length)
            .Aggregate(text, (named, metric) => Regex.Replace(
                named,
                $@"(?<![\w]){Regex.Escape(metric)}(?![\w])",
                For(metric),
                RegexOptions.CultureInvariant,
                TimeSpan.FromSeconds(1)));
}
