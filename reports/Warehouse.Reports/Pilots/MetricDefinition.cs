namespace Warehouse.Reports.Pilots;

/// <summary>A pilot metric's definition from <c>core.dim_pilot_metric</c>.</summary>
public sealed record MetricDefinition(string Metric, string MetricKind, string Definition);
