namespace Warehouse.Etl.Lift;

/// <summary>One column of a mart the lift step writes.</summary>
/// <param name="Name">Column name, snake case; also the JSON property and CSV header.</param>
/// <param name="SqlType">DuckDB type of the column.</param>
/// <param name="Value">The column's value for a row: string, bool, long, double, decimal, DateOnly or null.</param>
public sealed record MartColumn<T>(string Name, string SqlType, Func<T, object?> Value);
