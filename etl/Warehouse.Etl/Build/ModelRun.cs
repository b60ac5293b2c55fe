namespace Warehouse.Etl.Build;

/// <summary>One model built by a build.</summary>
/// <param name="Relation">The table built, <c>schema.name</c>.</param>
/// <param name="File">The model file.</param>
/// <param name="RowCount">Rows in the table after the build.</param>
/// <param name="ElapsedMs">Time the model took, in milliseconds.</param>
/// <param name="SqlSha256">The SHA-256 of the model's SQL as built (<see cref="SqlModel.SqlSha256"/>).</param>
public sealed record ModelRun(string Relation, string File, long RowCount, long ElapsedMs, string SqlSha256);
