namespace Warehouse.Reports;

/// <summary>
/// How a pilot metric's figures read, by its kind (rate, nps, mean, count, ratio): rates as percentages and
/// their changes in percentage points, NPS and its changes in points, other kinds with two decimals in the
/// metric's own unit.
/// </summary>
internal static class MetricFormat
{
    /// <summary>A level of the metric: "12.3%", "−25.6", "4.38".</summary>
    public static string Value(string? kind, double? value) => kind switch
    {
        "rate" => FigureFormat.Rate(value),
        "nps" => FigureFormat.Nps(value),
        _ => FigureFormat.Amount(value),
    };

    /// <summary>A change of the metric: "−15.6 pp", "+35.7 pts", "+1.54".</summary>
    public static string Change(string? kind, double? change) => kind switch
    {
        "rate" => FigureFormat.RateChange(change),
        "nps" => FigureFormat.PointsChange(change),
        _ => FigureFormat.AmountChange(change),
    };

    /// <summary>A 95% interval of a change, "−21.1 pp to −10.3 pp"; a dash when either end is missing.</summary>
    public static string Interval(string? kind, double? low, double? high) =>
        low is { } l && high is { } h && double.IsFinite(l) && double.IsFinite(h)
            ? $"{Change(kind, l)} to {Change(kind, h)}"
            : FigureFormat.Missing;

    /// <summary>A size of change without a sign, such as a guardrail margin: "2.0 pp", "2.0 pts", "0.50".</summary>
    public static string Size(string? kind, double? size) => kind switch
    {
        "rate" => size is { } r ? FigureFormat.Decimal(r * 100, 1) + " pp" : FigureFormat.Missing,
        "nps" => size is { } n ? FigureFormat.Decimal(n, 1) + " pts" : FigureFormat.Missing,
        _ => FigureFormat.Amount(size),
    };
}
