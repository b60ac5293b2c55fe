namespace Warehouse.Etl.Lift;

/// <summary>Which pilot and metric a lift estimate is for: the leading columns of <c>marts.pilot_lift</c>.</summary>
/// <param name="PilotId">Pilot identifier.</param>
/// <param name="PilotName">Short name shown in reports.</param>
/// <param name="Metric">Metric name from the pilot metric catalogue, e.g. <c>roll_to_30_plus_rate</c>.</param>
/// <param name="Kind">How the metric's values are formed; <see langword="null"/> when no outcome row states it.</param>
/// <param name="IsPrimary">The metric the pilot is primarily judged on.</param>
public sealed record PilotMetric(string PilotId, string PilotName, string Metric, MetricKind? Kind, bool IsPrimary);
