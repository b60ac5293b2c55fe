namespace Warehouse.Etl.Lift;

/// <summary>The columns of <c>marts.pilot_power</c>, from <see cref="PilotPower"/>.</summary>
public static class PilotPowerColumns
{
    /// <summary>Every column in table order.</summary>
    public static IReadOnlyList<MartColumn<PilotPower>> All { get; } =
    [
        new("pilot_id", "varchar", p => p.PilotId),
        new("metric", "varchar", p => p.Metric),
        new("metric_kind", "varchar", p => p.MetricKind?.ToName()),
        new("role", "varchar", p => p.Role.ToName()),
        new("status", "varchar", p => p.Status),
        new("design", "varchar", p => p.Design.ToName()),
        new("is_decision_ready", "boolean", p => p.IsDecisionReady),
        new("alpha", "double", p => p.Alpha),
        new("power", "double", p => p.Power),
        new("customers", "bigint", p => p.Customers),
        new("size_basis", "varchar", p => p.SizeBasis),
        new("pilot_share", "double", p => p.PilotShare),
        new("baseline_customers", "bigint", p => p.BaselineCustomers),
        new("baseline_mean", "double", p => p.BaselineMean),
        new("baseline_sd", "double", p => p.BaselineSd),
        new("mde_absolute", "double", p => p.MdeAbsolute),
        new("mde_relative", "double", p => p.MdeRelative),
        new("margin", "double", p => p.Margin),
        new("observed_lift", "double", p => p.ObservedLift),
        new("customers_needed", "bigint", p => p.CustomersNeeded),
        new("note", "varchar", p => p.Note),
    ];

    /// <summary>The table.</summary>
    public static MartTable<PilotPower> Table { get; } = new("marts.pilot_power", All);
}
