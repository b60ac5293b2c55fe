namespace Warehouse.Etl.Lift;

/// <summary>A pilot as the lift step reads it from <c>core.dim_pilot</c>.</summary>
/// <param name="PilotId">Pilot identifier.</param>
/// <param name="PilotName">Short name shown in reports.</param>
/// <param name="PlannedSplit">Planned share of assigned customers in the pilot arm, strictly within 0..1.</param>
/// <param name="PrimaryMetric">The metric the pilot is primarily judged on.</param>
public sealed record LiftPilot(string PilotId, string PilotName, double PlannedSplit, string? PrimaryMetric)
{
    /// <summary>randomised or observational.</summary>
    public PilotDesign Design { get; init; } = PilotDesign.Randomised;

    /// <summary>Planned customers assigned to both arms; null when not declared.</summary>
    public long? PlannedCustomers { get; init; }

    /// <summary><c>planned</c>, <c>running</c> or <c>complete</c>, as <c>core.dim_pilot.status</c> says.</summary>
    public string Status { get; init; } = CompleteStatus;

    /// <summary>The status of a pilot whose start lies after the data.</summary>
    public const string PlannedStatus = "planned";

    /// <summary>The status of a pilot whose outcome windows are still open.</summary>
    public const string RunningStatus = "running";

    /// <summary>The status of a pilot whose outcome windows have all closed.</summary>
    public const string CompleteStatus = "complete";
}
