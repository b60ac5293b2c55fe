namespace Warehouse.Etl.Contracts;

/// <summary>
/// What the loader does when a file's columns differ from the extract's last loaded delivery (a column
/// added, missing, or of a changed Parquet type). Every difference is recorded in <c>meta.schema_drift</c>
/// either way; a missing required column is refused under both policies.
/// </summary>
public enum DriftPolicy
{
    /// <summary>The file is refused: a batch with status refused, no rows, a message naming the columns.</summary>
    Refuse,

    /// <summary>
    /// The contract's columns load, columns it does not know are ignored, a missing optional column loads
    /// as empty, and the load summary and log warn.
    /// </summary>
    Warn,
}
