namespace Warehouse.Etl.Lift;

/// <summary>The columns of <c>marts.pilot_lift_monthly</c>, from <see cref="MonthlyLift"/>.</summary>
public static class PilotLiftMonthlyColumns
{
    /// <summary>Every column in table order.</summary>
    public static IReadOnlyList<MartColumn<MonthlyLift>> All { get; } =
    [
        new("pilot_id", "varchar", m => m.PilotId),
        new("metric", "varchar", m => m.Metric),
        new("as_of_month", "date", m => m.AsOfMonth),
        new("design", "varchar", m => m.Design.ToName()),
        new("decision_basis", "varchar", m => m.DecisionBasis),
        new("pilot_customers", "bigint", m => m.PilotCustomers),
        new("control_customers", "bigint", m => m.ControlCustomers),
        new("lift", "double", m => m.Lift),
        new("ci_low", "double", m => m.CiLow),
        new("ci_high", "double", m => m.CiHigh),
        new("p_value", "double", m => m.PValue),
        new("is_decision_ready", "boolean", m => m.IsDecisionReady),
        new("note", "varchar", m => m.Note),
    ];

    /// <summary>The table.</summary>
    public static MartTable<MonthlyLift> Table { get; } = new("marts.pilot_lift_monthly", All);
}
