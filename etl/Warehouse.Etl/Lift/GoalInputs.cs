namespace Warehouse.Etl.Lift;

/// <summary>What one goal of a pilot is estimated from.</summary>
/// <param name="Goal">The pilot, metric and declared goal.</param>
/// <param name="Pilot">The pilot arm's sums.</param>
/// <param name="Control">The control arm's sums.</param>
/// <param name="PreTrend">The pre-period trend check (observational pilots); null otherwise.</param>
public sealed record GoalInputs(PilotMetric Goal, ArmStatistics Pilot, ArmStatistics Control, PreTrendCheck? PreTrend);
