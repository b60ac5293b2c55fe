namespace Warehouse.Etl.Lift;

/// <summary>Both arms' sums for one pilot and metric, as read from <c>marts.pilot_metric_summaries</c>.</summary>
/// <param name="Kind">The metric's kind.</param>
/// <param name="Pilot">The pilot arm; empty when the mart has no row for it.</param>
/// <param name="Control">The control arm; empty when the mart has no row for it.</param>
internal sealed record MetricArms(MetricKind Kind, ArmStatistics Pilot, ArmStatistics Control);
