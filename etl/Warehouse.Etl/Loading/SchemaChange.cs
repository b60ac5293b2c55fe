namespace Warehouse.Etl.Loading;

/// <summary>One difference between a file's columns and those of the extract's last loaded delivery.</summary>
/// <param name="Kind">Added, missing, or type changed.</param>
/// <param name="Column">The column's name.</param>
/// <param name="Before">Its type in the earlier delivery, when known (Parquet only).</param>
/// <param name="After">Its type in this file, when known (Parquet only).</param>
public sealed record SchemaChange(SchemaChangeKind Kind, string Column, string? Before, string? After)
{
    /// <summary>The kind as stored in <c>meta.schema_drift.change</c>: added, missing or type_changed.</summary>
    public string KindName => Kind switch
    {
        SchemaChangeKind.Added => "added",
        SchemaChangeKind.Missing => "missing",
        SchemaChangeKind.TypeChanged => "type_changed",
        _ => throw new InvalidOperationException($"Unknown schema change {Kind}."),
    };

    public override string ToString() => Kind switch
    {
        SchemaChangeKind.Added => $"added column {Column}",
        SchemaChangeKind.Missing => $"missing column {Column}",
        _ => $"column {Column} changed type from {Before} to {After}",
    };
}
