namespace Warehouse.Reports.Monthly;

/// <summary>
/// How a pilot metric's figures read, by its kind: rates as percentages and their lifts in percentage points,
/// NPS and its lift in points, per-customer amounts with two decimals in the source's currency.
/// </summary>
internal static class PilotLiftFormat
{
    public static string Mean(PilotLiftRow row, double? value) => MetricFormat.Value(row.MetricKind, value);

    public static string Lift(PilotLiftRow row, double? value) => MetricFormat.Change(row.MetricKind, value);

    /// <summary>The absolute lift's 95% interval, "−2.2 pp to +0.4 pp"; a dash without one.</summary>
    public static string Interval(PilotLiftRow row) =>
        row.AbsoluteCiLow is null || row.AbsoluteCiHigh is null
            ? FigureFormat.Missing
            : $"{Lift(row, row.AbsoluteCiLow)} to {Lift(row, row.AbsoluteCiHigh)}";

    /// <summary>The relative lift's 95% interval, "−35.3% to +5.8%"; a dash without one.</summary>
    public static string RelativeInterval(PilotLiftRow row) =>
        row.RelativeCiLow is null || row.RelativeCiHigh is null
            ? FigureFormat.Missing
            : $"{FigureFormat.RelativeChange(row.RelativeCiLow)} to {FigureFormat.RelativeChange(row.RelativeCiHigh)}";

    /// <summary>
    /// The absolute lift with its interval in brackets, the unit said once: "+33.5 pts [+15.8, +51.2]"; or
    /// "+33.5 pts (no interval)".
    /// </summary>
    public static string AbsoluteWithInterval(PilotLiftRow row)
    {
        var lift = Lift(row, row.AbsoluteLift);
        if (row.AbsoluteCiLow is not { } low || row.AbsoluteCiHigh is not { } high
            || !double.IsFinite(low) || !double.IsFinite(high))
        {
            return $"{lift} (no interval)";
        }

        var (scale, decimals) = row.MetricKind switch
        {
            "rate" => (100d, 1),
            "nps" => (1d, 1),
            _ => (1d, 2),
        };
        return $"{lift} [{FigureFormat.SignedNumber(low * scale, decimals)}, "
            + $"{FigureFormat.SignedNumber(high * scale, decimals)}]";
    }

    /// <summary>
    /// Why the interval chart cannot place <paramref name="row"/> on its relative scale, in words that carry
    /// the absolute figures where they exist; null when it has a relative lift to draw.
    /// </summary>
    public static string? WhyNoRelativeLift(PilotLiftRow row)
    {
        if (IsFinite(row.RelativeLift))
        {
            return null;
        }

        if (!IsFinite(row.AbsoluteLift))
        {
            return "no lift estimate: see the note in the table above";
        }

        // The lift job leaves the relative lift out for a control mean at, below or too close to zero.
        var reason = row.ControlMean switch
        {
            < 0 => "control below zero",
            0 => "control mean is zero",
            _ => "control too close to zero",
        };
        return $"relative lift not defined: {reason}; absolute {AbsoluteWithInterval(row)}";
    }

    private static bool IsFinite(double? value) => value is { } v && double.IsFinite(v);
}
