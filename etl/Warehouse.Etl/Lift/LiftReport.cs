namespace Warehouse.Etl.Lift;

/// <summary>
/// Everything the lift step produces, one list per mart: <c>marts.pilot_lift</c>, <c>marts.pilot_verdicts</c>,
/// <c>marts.pilot_lift_monthly</c> and <c>marts.pilot_power</c>; each ordered by pilot id, then declared
/// goal order (and month).
/// </summary>
public sealed record LiftReport(
    IReadOnlyList<LiftEstimate> Estimates,
    IReadOnlyList<PilotVerdict> Verdicts,
    IReadOnlyList<MonthlyLift> Monthly,
    IReadOnlyList<PilotPower> Power)
{
    /// <summary>A report with nothing in it.</summary>
    public static LiftReport Empty { get; } = new([], [], [], []);
}
