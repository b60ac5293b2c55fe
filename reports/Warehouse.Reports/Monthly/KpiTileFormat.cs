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

    public static string Change(KpiTile tile) => tile.Unit switch
    {
        KpiUnit.Rate => FigureFormat.RateChange(tile.Change),
        KpiUnit.NetPromoterScore => FigureFormat.PointsChange(tile.Change),
        _ => FigureFormat.CountChange(tile.Change),
    };

    /// <summary>
    /// Good or bad by the tile's direction; muted when there is no change to judge. The sign is taken from the
    /// figure as shown, so a change that rounds to zero is never coloured.
    /// </summary>
    public static CellTone Tone(KpiTile tile)
    {
        var shown = Change(tile);
        var sign = shown[0] switch
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
