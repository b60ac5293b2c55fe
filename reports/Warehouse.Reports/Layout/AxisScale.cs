namespace Warehouse.Reports.Layout;

/// <summary>
/// The range and tick step of a chart axis, chosen so that every plotted value lies inside the range with
/// headroom on both sides, and both ends of the range are labelled ticks: no value sits below the lowest tick
/// label, above the top one, or on the frame.
/// </summary>
/// <param name="Low">Lowest value of the axis, a multiple of <paramref name="Step"/> (or the floor).</param>
/// <param name="High">Highest value of the axis, a multiple of <paramref name="Step"/> (or the ceiling).</param>
/// <param name="Step">Distance between ticks: 1, 2 or 5 times a power of ten.</param>
internal sealed record AxisScale(double Low, double High, double Step)
{
    /// <summary>Free space kept beyond the lowest and the highest value, as a share of their spread.</summary>
    public const double Headroom = 0.08;

    private static readonly double[] Multipliers = [1, 2, 5, 10];

    /// <summary>
    /// Decimals a tick label needs to show every tick exactly: 0 for a step of 1 or more, 1 for 0.1 to 0.5,
    /// 2 below that.
    /// </summary>
    public int Decimals => Math.Max(0, (int)Math.Ceiling(-Math.Log10(Step) - 1e-9));

    /// <summary>
    /// The scale for <paramref name="values"/> with about <paramref name="ticks"/> intervals; null when no value
    /// is finite (nothing to plot). <paramref name="floor"/> and <paramref name="ceiling"/> bound the range
    /// where the values cannot go beyond them (a share below 0%, an NPS above 100): a value at the floor then
    /// sits on the axis rather than above a label the quantity can never take.
    /// </summary>
    public static AxisScale? Around(IEnumerable<double> values, int ticks, double? floor = null, double? ceiling = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ticks, 1);
        var finite = values.Where(double.IsFinite).ToList();
        if (finite.Count == 0)
        {
            return null;
        }

        var min = finite.Min();
        var max = finite.Max();

        // A flat series still needs a range around it; without one every value would sit on a tick alone.
        var spread = max > min ? max - min : Math.Max(Math.Abs(max) * 0.2, 1);
        var low = min - (spread * Headroom);
        var high = max + (spread * Headroom);
        if (floor is { } f && min >= f)
        {
            low = Math.Max(low, f);
        }

        if (ceiling is { } c && max <= c)
        {
            high = Math.Min(high, c);
        }

        var step = NiceStep((high - low) / ticks);

        // The tolerance keeps a bound that is already a multiple of the step from moving a whole step out.
        var scaledLow = Math.Floor((low / step) + 1e-9) * step;
        var scaledHigh = Math.Ceiling((high / step) - 1e-9) * step;
        if (floor is { } lowest && min >= lowest)
        {
            scaledLow = Math.Max(scaledLow, lowest);
        }

        if (ceiling is { } highest && max <= highest)
        {
            scaledHigh = Math.Min(scaledHigh, highest);
        }

        return new AxisScale(Tidy(scaledLow), Tidy(scaledHigh), step);
    }

    /// <summary>The tick values from <see cref="Low"/> to <see cref="High"/>, one step apart.</summary>
    public IReadOnlyList<double> Ticks()
    {
        var count = (int)Math.Round((High - Low) / Step);
        return Enumerable.Range(0, count + 1).Select(i => Tidy(Low + (i * Step))).ToList();
    }

    // The smallest of 1, 2 or 5 times a power of ten that is at least the raw step.
    private static double NiceStep(double raw)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        foreach (var multiplier in Multipliers)
        {
            if (multiplier * power >= raw * (1 - 1e-9))
            {
                return multiplier * power;
            }
        }

        return 10 * power;
    }

    // Multiples of 0.1 carry binary noise (0.30000000000000004); a tick at such a value labels fine but
    // compares badly, so values are rounded well below any step this class picks.
    private static double Tidy(double value) => Math.Round(value, 9);
}
