namespace Warehouse.Etl.Lift;

/// <summary>How a pilot's arms were formed (<c>core.dim_pilot.design</c>).</summary>
public enum PilotDesign
{
    /// <summary>Customers were assigned to the arms at random: the arms' difference is the effect.</summary>
    Randomised,

    /// <summary>
    /// The arms were not formed at random: the effect is measured by difference-in-differences against the
    /// comparison group (the control arm) and labelled observational everywhere.
    /// </summary>
    Observational,
}
