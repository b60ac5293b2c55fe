namespace Warehouse.Etl.Lift;

/// <summary>
/// The columns of <c>marts.pilot_lift</c> in table order: name, DuckDB type and the value taken from a
/// <see cref="LiftEstimate"/>. The table, the inserts, the JSON and the CSV output all read this one list.
/// </summary>
public static class PilotLiftColumns
{
    /// <summary>Every column in table order.</summary>
    public static IReadOnlyList<MartColumn<LiftEstimate>> All { get; } =
    [
        new("pilot_id", "varchar", e => e.PilotId),
        new("pilot_name", "varchar", e => e.PilotName),
        new("metric", "varchar", e => e.Metric),
        new("metric_kind", "varchar", e => e.MetricKind?.ToName()),
        new("is_primary", "boolean", e => e.IsPrimary),
        new("pilot_customers", "bigint", e => e.PilotCustomers),
        new("control_customers", "bigint", e => e.ControlCustomers),
        new("pilot_mean", "double", e => e.PilotMean),
        new("control_mean", "double", e => e.ControlMean),
        new("absolute_lift", "double", e => e.AbsoluteLift),
        new("absolute_ci_low", "double", e => e.AbsoluteCiLow),
        new("absolute_ci_high", "double", e => e.AbsoluteCiHigh),
        new("relative_lift", "double", e => e.RelativeLift),
        new("relative_ci_low", "double", e => e.RelativeCiLow),
        new("relative_ci_high", "double", e => e.RelativeCiHigh),
        new("t_statistic", "double", e => e.TStatistic),
        new("p_value", "double", e => e.PValue),
        new("srm_pilot_share", "double", e => e.SrmPilotShare),
        new("planned_split", "decimal(5,4)", e => decimal.Round((decimal)e.PlannedSplit, 4)),
        new("srm_p_value", "double", e => e.SrmPValue),
        new("is_srm_mismatch", "boolean", e => e.IsSrmMismatch),
        new("note", "varchar", e => e.Note),
        new("role", "varchar", e => e.Role.ToName()),
        new("direction", "varchar", e => e.Direction?.ToName()),
        new("margin", "double", e => e.Margin),
        new("design", "varchar", e => e.Design.ToName()),
        new("interval_method", "varchar", e => e.IntervalMethod),
        new("relative_method", "varchar", e => e.RelativeCiLow is null ? null : RelativeLift.Method),
        new("cuped_lift", "double", e => e.CupedLift),
        new("cuped_ci_low", "double", e => e.CupedCiLow),
        new("cuped_ci_high", "double", e => e.CupedCiHigh),
        new("cuped_p_value", "double", e => e.CupedPValue),
        new("cuped_theta", "double", e => e.CupedTheta),
        new("variance_reduction", "double", e => e.VarianceReduction),
        new("did_lift", "double", e => e.DidLift),
        new("did_ci_low", "double", e => e.DidCiLow),
        new("did_ci_high", "double", e => e.DidCiHigh),
        new("did_p_value", "double", e => e.DidPValue),
        new("pre_trend_slope", "double", e => e.PreTrendSlope),
        new("pre_trend_p_value", "double", e => e.PreTrendPValue),
        new("decision_basis", "varchar", e => e.DecisionBasis),
        new("adjusted_p_value", "double", e => e.AdjustedPValue),
        new("adjustment_method", "varchar", e => e.AdjustmentMethod),
        new("goal_verdict", "varchar", e => e.GoalVerdict?.ToName()),
        new("verdict_reason", "varchar", e => e.VerdictReason),
    ];

    /// <summary>The table.</summary>
    public static MartTable<LiftEstimate> Table { get; } = new("marts.pilot_lift", All);

    /// <summary>The statement that creates the table, replacing any table of that name or keeping it.</summary>
    public static string CreateTableSql(bool replace) => Table.CreateTableSql(replace);
}
