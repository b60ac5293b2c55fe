namespace Warehouse.Etl.Loading;

/// <summary>One column of a delivered file, as stored in <c>meta.batch_columns</c>.</summary>
/// <param name="Name">The name in the file's header or Parquet schema.</param>
/// <param name="Type">
/// The Parquet column's type as DuckDB reads it (<c>BIGINT</c>, <c>DECIMAL(18,2)</c>); null for CSV.
/// </param>
public sealed record SourceColumn(string Name, string? Type);
