namespace Warehouse.Etl.Lift;

/// <summary>Which lift mart <c>warehouse lift --format csv --table</c> prints.</summary>
public enum LiftMart
{
    /// <summary><c>marts.pilot_lift</c>: one row per pilot and metric.</summary>
    Lift,

    /// <summary><c>marts.pilot_verdicts</c>: one row per pilot.</summary>
    Verdicts,

    /// <summary><c>marts.pilot_lift_monthly</c>: one row per pilot, metric and month.</summary>
    Monthly,

    /// <summary><c>marts.pilot_power</c>: one row per pilot and metric.</summary>
    Power,
}
