using System.Diagnostics;
using System.Globalization;

namespace Warehouse.Reports;

/// <summary>
/// How figures read in the reports. A missing figure is an em dash, never 0; negative numbers use the
/// typographic minus sign; rates are percentages with one decimal and their changes percentage points.
/// </summary>
internal static class FigureFormat
{
    public const string Missing = "\u2014";

    private const char Minus = '\u2212';

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A share between 0 and 1 as a percentage: 0.0432 reads "4.3%".</summary>
    public static string Rate(double? share) =>
        Present(share) is { } v ? Number(v * 100, "0.0") + "%" : Missing;

    /// <summary>A share that is often well under 1%, with two decimals: 0.00025 reads "0.03%".</summary>
    public static string SmallRate(double? share) =>
        Present(share) is { } v ? Number(v * 100, "0.00") + "%" : Missing;

    /// <summary>A change in a share, in percentage points: 0.004 reads "+0.4 pp".</summary>
    public static string RateChange(double? change) =>
        Present(change) is { } v ? Signed(v * 100, "0.0") + " pp" : Missing;

    /// <summary>A relative change: 0.052 reads "+5.2%".</summary>
    public static string RelativeChange(double? change) =>
        Present(change) is { } v ? Signed(v * 100, "0.0") + "%" : Missing;

    /// <summary>A net promoter score on the -100..100 scale, one decimal.</summary>
    public static string Nps(double? score) =>
        Present(score) is { } v ? Number(v, "0.0") : Missing;

    /// <summary>A value already in percent with the given decimals: (12.5, 1) reads "12.5%".</summary>
    public static string Percent(double percent, int decimals) => Number(percent, Pattern(decimals)) + "%";

    /// <summary>A signed value already in percent with the given decimals: (50, 0) reads "+50%".</summary>
    public static string SignedPercent(double percent, int decimals) => Signed(percent, Pattern(decimals)) + "%";

    /// <summary>
    /// A signed number with the given decimals and thousands separators, for a change whose unit is said
    /// elsewhere: (15.8, 1) reads "+15.8".
    /// </summary>
    public static string SignedNumber(double? value, int decimals) =>
        Present(value) is { } v ? Signed(v, "#,0" + (decimals <= 0 ? "" : "." + new string('0', decimals))) : Missing;

    /// <summary>A number with the given decimals and no thousands separator: (-12.5, 1) reads "−12.5".</summary>
    public static string Decimal(double value, int decimals) => Number(value, Pattern(decimals));

    /// <summary>A change in a score, in points: 1.6 reads "+1.6 pts".</summary>
    public static string PointsChange(double? change) =>
        Present(change) is { } v ? Signed(v, "0.0") + " pts" : Missing;

    /// <summary>A whole count with thousands separators.</summary>
    public static string Count(double? count) =>
        Present(count) is { } v ? Number(v, "#,0") : Missing;

    /// <summary>A change in a count, signed, with thousands separators.</summary>
    public static string CountChange(double? change) =>
        Present(change) is { } v ? Signed(v, "#,0") : Missing;

    /// <summary>A per-customer amount with two decimals.</summary>
    public static string Amount(double? amount) =>
        Present(amount) is { } v ? Number(v, "#,0.00") : Missing;

    /// <summary>A change in a per-customer amount, signed, two decimals.</summary>
    public static string AmountChange(double? change) =>
        Present(change) is { } v ? Signed(v, "#,0.00") : Missing;

    /// <summary>A money total in compact form: 1234567 reads "1.23m", 45678 reads "45.7k", 950 reads "950".</summary>
    /// <remarks>The unit is chosen after rounding, so 999,999 reads "1.00m" rather than "1000.0k".</remarks>
    public static string Money(decimal amount)
    {
        (decimal Scale, int Decimals, string Suffix)[] units =
        [
            (1m, 0, ""),
            (1_000m, 1, "k"),
            (1_000_000m, 2, "m"),
            (1_000_000_000m, 2, "bn"),
        ];
        foreach (var (scale, decimals, suffix) in units)
        {
            var rounded = Math.Round(amount / scale, decimals, MidpointRounding.AwayFromZero);
            if (Math.Abs(rounded) < 1000m || suffix == "bn")
            {
                var format = decimals == 0 ? "0" : "0." + new string('0', decimals);
                return Number((double)rounded, format) + suffix;
            }
        }

        throw new UnreachableException();
    }

    /// <summary>A p-value with three decimals, or "&lt;0.001".</summary>
    public static string PValue(double? p) => Present(p) switch
    {
        null => Missing,
        < 0.001 => "<0.001",
        { } v => Number(v, "0.000"),
    };

    /// <summary>A p-value in a sentence: "p = 0.012", or "p &lt; 0.001" below the smallest shown.</summary>
    public static string PStatement(double? p) =>
        Present(p) < 0.001 ? "p < 0.001" : $"p = {PValue(p)}";

    /// <summary>A month as leadership reads it: "March 2024".</summary>
    public static string Month(DateOnly month) => month.ToString("MMMM yyyy", Invariant);

    /// <summary>A day as leadership reads it: "1 Mar 2024".</summary>
    public static string Day(DateOnly day) => day.ToString("d MMM yyyy", Invariant);

    /// <summary>A month in short form for chart axes and comparisons: "Mar 2024".</summary>
    public static string ShortMonth(DateOnly month) => month.ToString("MMM yyyy", Invariant);

    /// <summary>
    /// A UTC timestamp to the minute, "2024-04-03 06:12 UTC"; without the zone where a column header says it.
    /// </summary>
    public static string Timestamp(DateTime? utc, bool withZone = true) =>
        utc is { } v ? v.ToString("yyyy-MM-dd HH:mm", Invariant) + (withZone ? " UTC" : "") : Missing;

    /// <summary>
    /// A plain name from a stored identifier: "missed_payment_after_digital_silence" reads
    /// "Missed payment after digital silence".
    /// </summary>
    public static string Humanize(string identifier)
    {
        var words = identifier.Replace('_', ' ').Trim();
        return words.Length == 0 ? identifier : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static string Pattern(int decimals) => decimals <= 0 ? "0" : "0." + new string('0', decimals);

    private static double? Present(double? value) =>
        value is { } v && double.IsFinite(v) ? v : null;

    private static string Number(double value, string format)
    {
        var text = value.ToString(format, Invariant);

        // "-0.0" for a value that rounds to zero reads as a fall that did not happen.
        if (text.StartsWith('-') && IsZero(text))
        {
            text = text[1..];
        }

        return text.Replace('-', Minus);
    }

    private static string Signed(double value, string format)
    {
        var text = Number(value, format);
        return text[0] == Minus || IsZero(text) ? text : "+" + text;
    }

    private static bool IsZero(string text) => text.All(c => c is '0' or '.' or ',' or '-' or '\u2212');
}
