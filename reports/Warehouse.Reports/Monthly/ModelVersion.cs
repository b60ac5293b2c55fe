namespace Warehouse.Reports.Monthly;

/// <summary>One model the build behind the report ran, with the fingerprint of its SQL.</summary>
/// <param name="Model">The table built, <c>schema.name</c>.</param>
/// <param name="RowCount">Rows the build wrote, as <c>meta.build_runs</c> recorded it.</param>
/// <param name="SqlSha256">
/// SHA-256 in hex of the model's SQL as the build ran it, as <c>meta.build_runs</c> recorded it; null for a build
/// made before builds recorded it.
/// </param>
public sealed record ModelVersion(string Model, long? RowCount, string? SqlSha256);
