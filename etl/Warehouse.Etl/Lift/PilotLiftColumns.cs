namespace Warehouse.Etl.Lift;

/// <summary>
/// The columns of <c>marts.pilot_lift</c> in table order: name, DuckDB type and the value taken from a
/// <see cref="LiftEstimate"/>. The table, the inserts, the JSON and the CSV output all read this one list.
/// </summary>
public static class PilotLiftColumns
{
    /// <summary>Every column in table order.</summary>
    public static IReadOnlyList<PilotLiftColumn> All { get; } =
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
    ];

    /// <summary>The statement that creates the table, replacing any table of that name or keeping it.</summary>
    internal static string CreateTableSql(bool replace) =>
        (replace ? "create or replace table" : "create table if not exists")
        + " marts.pilot_lift (\n"
        + string.Join(",\n", All.Select(c => $"    {c.Name} {c.SqlType}"))
        + "\n)";

    /// <summary>An insert of one row with one <c>$name</c> parameter a column.</summary>
    internal static string InsertSql =>
        "insert into marts.pilot_lift (\n    "
        + string.Join(",\n    ", All.Select(c => c.Name))
        + "\n) values (\n    "
        + string.Join(",\n    ", All.Select(c => "$" + c.Name))
        + "\n)";
}
