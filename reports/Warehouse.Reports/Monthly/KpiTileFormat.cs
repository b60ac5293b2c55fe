using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Monthly;

/// <summary>The words and emphasis a KPI tile shows for its figures.</summary>
internal static class KpiTileFormat
{
    public static string Value(KpiUnit unit, double? value) => unit switch
    {
        KpiUnit.Rate => FigureFormat.Rate(value),
        KpiUnit.NetPromoterScore => FigureFormat.Nps(value),
        _ => FigureFormat.Count(value),
    };

    /// <summary>The signed change in the unit's terms: "+0.4 pp", "−1.6 pts", "+120"; a dash without one.</summary>
    public static string Change(KpiUnit unit, KpiChange? change) => unit switch
    {
        KpiUnit.Rate => FigureFormat.RateChange(change?.Difference),
        KpiUnit.NetPromoterScore => FigureFormat.PointsChange(change?.Difference),
        _ => FigureFormat.CountChange(change?.Difference),
    };

    /// <summary>What the noise rule made of the change, in two or three words; empty for an exact count.</summary>
    public static string Noise(KpiChange change) => change.Signal switch
    {
        ChangeSignal.WithinNoise => "within noise",
        ChangeSignal.BeyondNoise => "beyond noise",
        ChangeSignal.TooFewToJudge => "too few to judge",
        _ => "",
    };

    /// <summary>A 95% interval in the unit's terms: "95% CI −31.0 to −19.4".</summary>
    public static string Interval(KpiUnit unit, KpiInterval interval) =>
        $"95% CI {Value(unit, interval.Low)} to {Value(unit, interval.High)}";

    /// <summary>
    /// Good or bad by the tile's direction for a change beyond noise; muted for a change within noise, one that
    /// could not be judged, a count, or one that rounds to zero as shown.
    /// </summary>
    public static CellTone Tone(KpiTile tile, KpiChange? change)
    {
        if (change is not { Signal: ChangeSignal.BeyondNoise })
        {
            return CellTone.Muted;
        }

        var sign = Change(tile.Unit, change)[0] switch
        {
            '+' => 1,
            '\u2212' => -1,
            _ => 0,
        };
        return (tile.Direction, sign) switch
        {
            (_, 0) or (KpiDirection.Neutral, _) => CellTone.Muted,
            (KpiDirection.HigherIsBetter, > 0) or (KpiDirection.LowerIsBetter, < 0) => CellTone.Good,
            _ => CellTone.Bad,
        };
    }
}
