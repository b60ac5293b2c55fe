using System.Globalization;

namespace Warehouse.Etl.Lift;

/// <summary>
/// Lift figures as people read them, in the metric's unit: percentages and percentage points for rates, NPS
/// points for nps, about four significant figures for amounts, counts and ratios; p-values below
/// <see cref="SmallestShownPValue"/> as the bound <c>&lt; 1e-12</c>. Used by the table and by verdict reasons.
/// </summary>
public static class LiftFigures
{
    /// <summary>p-values below this are shown as a bound.</summary>
    public const double SmallestShownPValue = 1e-12;

    /// <summary>What a missing figure shows as.</summary>
    public const string Missing = "n/a";

    /// <summary>An arm's level: a percentage for rates, NPS points, else an amount.</summary>
    public static string Level(MetricKind? kind, double? value) => value switch
    {
        null => Missing,
        { } v when kind == MetricKind.Rate => Percent(v, decimals: 2, signed: false),
        { } v when kind == MetricKind.Nps => v.ToString("0.0", CultureInfo.InvariantCulture),
        { } v => Amount(v, signed: false),
    };

    /// <summary>A difference: percentage points for rates, NPS points, else an amount; signed.</summary>
    public static string Difference(MetricKind? kind, double? value, bool withUnit) => value switch
    {
        null => Missing,
        { } v when kind == MetricKind.Rate =>
            (v * 100).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) + (withUnit ? " pp" : ""),
        { } v when kind == MetricKind.Nps =>
            v.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + (withUnit ? " pts" : ""),
        { } v => Amount(v, signed: true),
    };

    /// <summary>A size without sign, with its unit (a margin or a minimum detectable effect).</summary>
    public static string Magnitude(MetricKind? kind, double value) =>
        Difference(kind, Math.Abs(value), withUnit: true).TrimStart('+');

    /// <summary><c>[low, high]</c> in the difference's unit, the unit after the bracket.</summary>
    public static string Interval(MetricKind? kind, double? low, double? high, bool withUnit = true)
    {
        if (low is not { } l || high is not { } h)
        {
            return Missing;
        }

        var text = kind is MetricKind.Rate or MetricKind.Nps
            ? $"[{Difference(kind, l, withUnit: false)}, {Difference(kind, h, withUnit: false)}]"
            : $"[{Amount(l, signed: true, significant: 3)}, {Amount(h, signed: true, significant: 3)}]";
        var unit = kind switch
        {
            MetricKind.Rate => " pp",
            MetricKind.Nps => " pts",
            _ => "",
        };
        return withUnit ? text + unit : text;
    }

    /// <summary>A share as a percentage.</summary>
    public static string Percent(double? share, int decimals, bool signed)
    {
        if (share is not { } value)
        {
            return Missing;
        }

        var digits = new string('0', decimals);
        var pattern = signed ? $"+0.{digits};-0.{digits};0.{digits}" : $"0.{digits}";
        return (value * 100).ToString(pattern, CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>
    /// About <paramref name="significant"/> significant figures (four unless said), at least two decimals,
    /// thousands separated.
    /// </summary>
    public static string Amount(double value, bool signed, int significant = 4)
    {
        var magnitude = value == 0 ? 0 : (int)Math.Floor(Math.Log10(Math.Abs(value)));
        var decimals = Math.Clamp(significant - 1 - magnitude, 2, 6);
        var digits = new string('0', decimals);
        var pattern = signed ? $"+#,0.{digits};-#,0.{digits};0.{digits}" : $"#,0.{digits}";
        return value.ToString(pattern, CultureInfo.InvariantCulture);
    }

    /// <summary>A count with thousands separated.</summary>
    public static string Count(long count) => count.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A p-value: four decimals, scientific below 1e-4, the bound <c>&lt; 1e-12</c> below that.</summary>
    public static string PValue(double? p) => p switch
    {
        null => Missing,
        < SmallestShownPValue => "< 1e-12",
        < 0.0001 => p.Value.ToString("0.0e+00", CultureInfo.InvariantCulture),
        _ => p.Value.ToString("0.0000", CultureInfo.InvariantCulture),
    };

    /// <summary>A p-value in a sentence: <c>p = 0.0003</c>, or <c>p &lt; 1e-12</c> below the smallest shown.</summary>
    public static string PStatement(double? p, string name = "p") =>
        p < SmallestShownPValue ? $"{name} {PValue(p)}" : $"{name} = {PValue(p)}";
}
