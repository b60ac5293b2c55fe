namespace Warehouse.Etl.Lift;

/// <summary>The columns of <c>marts.pilot_verdicts</c>, one row per pilot, from <see cref="PilotVerdict"/>.</summary>
public static class PilotVerdictColumns
{
    /// <summary>Every column in table order.</summary>
    public static IReadOnlyList<MartColumn<PilotVerdict>> All { get; } =
    [
        new("pilot_id", "varchar", v => v.PilotId),
        new("pilot_name", "varchar", v => v.PilotName),
        new("design", "varchar", v => v.Design.ToName()),
        new("status", "varchar", v => v.Status),
        new("primary_metric", "varchar", v => v.PrimaryMetric),
        new("verdict", "varchar", v => v.Verdict.ToName()),
        new("reason", "varchar", v => v.Reason),
        new("srm_pilot_share", "double", v => v.SrmPilotShare),
        new("planned_split", "decimal(5,4)", v => decimal.Round((decimal)v.PlannedSplit, 4)),
        new("srm_p_value", "double", v => v.SrmPValue),
        new("integrity_failures", "bigint", v => v.IntegrityFailures),
        new("is_decision_ready", "boolean", v => v.IsDecisionReady),
    ];

    /// <summary>The table.</summary>
    public static MartTable<PilotVerdict> Table { get; } = new("marts.pilot_verdicts", All);
}
