namespace Warehouse.Etl.Loading;

/// <summary>What one file load did.</summary>
/// <param name="Extract">Extract the file was loaded as.</param>
/// <param name="File">Full path of the file.</param>
/// <param name="BatchId">Batch recorded in <c>meta.load_batches</c>; for an unchanged file, the earlier one.</param>
/// <param name="Status">Loaded, refused, or unchanged when the same file was loaded before.</param>
/// <param name="RecordsRead">Records in the file, header rows excluded, counted independently of DuckDB.</param>
/// <param name="RecordsRejected">Records kept in <c>meta.load_rejects</c> with their reasons instead of loaded.</param>
/// <param name="RowsLoaded">
/// Rows written to the raw table: one per accepted record for a direct load; for a mapped load, what the
/// mapping makes of the accepted records (a wide record may become several rows, a filter may drop some).
/// </param>
/// <param name="FirstRejects">A few of the rejected values, to show the user.</param>
/// <param name="ElapsedMs">Wall time of the load.</param>
public sealed record LoadResult(
    string Extract,
    string File,
    long BatchId,
    LoadStatus Status,
    long RecordsRead,
    long RecordsRejected,
    long RowsLoaded,
    IReadOnlyList<RejectedValue> FirstRejects,
    long ElapsedMs)
{
    /// <summary>
    /// How the file's columns differ from the last loaded delivery of its extract and mapping, as recorded in
    /// <c>meta.schema_drift</c>; empty for the same columns and for a first delivery.
    /// </summary>
    public IReadOnlyList<SchemaChange> Drift { get; init; } = [];

    /// <summary>
    /// Why a file was refused for a reason other than its rejects (its columns drifted, or a full snapshot
    /// that is empty or shrank too far), as stored in <c>meta.load_batches.message</c>; null otherwise.
    /// </summary>
    public string? Message { get; init; }

    /// <summary>
    /// Records of a loaded file that have rows in the raw table; with <see cref="RecordsRejected"/> and
    /// <see cref="RecordsLeftOut"/> they add up to <see cref="RecordsRead"/>, which the load checks before it
    /// commits. Zero for a refused or unchanged file.
    /// </summary>
    public long RecordsLoaded { get; init; }

    /// <summary>Records of a loaded file that its mapping's condition leaves out of the extract.</summary>
    public long RecordsLeftOut { get; init; }

    /// <summary>The status as stored in <c>meta.load_batches</c> and printed.</summary>
    public string StatusName => Status.ToString().ToLowerInvariant();
}
