namespace Warehouse.Etl.Lift;

/// <summary>A pilot as the lift step reads it from <c>core.dim_pilot</c>.</summary>
/// <param name="PilotId">Pilot identifier.</param>
/// <param name="PilotName">Short name shown in reports.</param>
/// <param name="PlannedSplit">Planned share of assigned customers in the pilot arm.</param>
/// <param name="PrimaryMetric">The metric the pilot is primarily judged on.</param>
internal sealed record LiftPilot(string PilotId, string PilotName, double PlannedSplit, string? PrimaryMetric);
