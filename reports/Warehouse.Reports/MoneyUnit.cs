using System.Globalization;

namespace Warehouse.Reports;

/// <summary>
/// The unit a column of money amounts is shown in, so that every amount of the column reads in the same unit
/// with the same decimals and the figures compare at a glance: "1,240.2m" above "297.2m", never "1.24bn"
/// above "297.18m". Amounts are in the source's currency and never converted; the unit names no currency.
/// </summary>
/// <param name="Scale">What one of the unit is worth: 1, 1,000, a million or a billion.</param>
/// <param name="Suffix">What follows the figure: "", "k", "m" or "bn".</param>
/// <param name="Decimals">Decimals shown: none for plain amounts, one for the others.</param>
internal sealed record MoneyUnit(decimal Scale, string Suffix, int Decimals)
{
    // The largest amount of a column reads below this in its unit, so that no figure runs past four digits
    // before the point.
    private const decimal Limit = 10_000m;

    private static readonly MoneyUnit[] Units =
    [
        new(1m, "", 0),
        new(1_000m, "k", 1),
        new(1_000_000m, "m", 1),
        new(1_000_000_000m, "bn", 1),
    ];

    /// <summary>
    /// The smallest unit in which the largest of <paramref name="amounts"/> (by size) reads under 10,000 once
    /// rounded; billions for anything larger. Plain units for an empty column.
    /// </summary>
    public static MoneyUnit For(IEnumerable<decimal> amounts)
    {
        var largest = amounts.Select(Math.Abs).DefaultIfEmpty(0m).Max();
        return Units.FirstOrDefault(u => Rounded(largest, u) < Limit) ?? Units[^1];
    }

    /// <summary>The amount in this unit with thousands separators: 1,240,180,000 in millions is "1,240.2m".</summary>
    public string Format(decimal amount)
    {
        var rounded = Rounded(amount, this);
        var pattern = Decimals == 0 ? "#,0" : "#,0." + new string('0', Decimals);
        var text = rounded.ToString(pattern, CultureInfo.InvariantCulture);

        // A negative amount that rounds to zero reads as zero, as elsewhere in the reports.
        if (rounded == 0m)
        {
            text = text.TrimStart('-');
        }

        return text.Replace('-', '\u2212') + Suffix;
    }

    private static decimal Rounded(decimal amount, MoneyUnit unit) =>
        Math.Round(amount / unit.Scale, unit.Decimals, MidpointRounding.AwayFromZero);
}
