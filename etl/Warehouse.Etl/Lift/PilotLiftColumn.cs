namespace Warehouse.Etl.Lift;

/// <summary>One column of <c>marts.pilot_lift</c>.</summary>
/// <param name="Name">Column name, snake case; also the JSON property and CSV header.</param>
/// <param name="SqlType">DuckDB type of the column.</param>
/// <param name="Value">The column's value for an estimate: string, bool, long, double, decimal or null.</param>
public sealed record PilotLiftColumn(string Name, string SqlType, Func<LiftEstimate, object?> Value);
