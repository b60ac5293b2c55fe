namespace Warehouse.Etl.Lift;

/// <summary>Which way a change of a metric is an improvement (<c>core.dim_pilot_goal.direction</c>).</summary>
public enum BetterDirection
{
    /// <summary>Higher is better (for example a cure rate or NPS).</summary>
    Increase,

    /// <summary>Lower is better (for example a roll rate to 30+ days past due).</summary>
    Decrease,
}
