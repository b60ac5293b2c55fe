namespace Warehouse.Etl.Loading;

/// <summary>What one file load did.</summary>
/// <param name="Extract">Extract the file was loaded as.</param>
/// <param name="File">Full path of the file.</param>
/// <param name="BatchId">Batch recorded in <c>meta.load_batches</c>; for a skipped file, the earlier batch.</param>
/// <param name="Status"><c>loaded</c>, <c>refused</c>, or <c>unchanged</c> when the same file was loaded before.</param>
/// <param name="RecordsRead">Records found in the file (header rows excluded).</param>
/// <param name="RowsLoaded">Rows written to the raw table.</param>
/// <param name="RowsRejected">Records kept in <c>meta.load_rejects</c> instead, with their reasons.</param>
/// <param name="FirstRejects">A few of the rejected values, to show the user.</param>
/// <param name="ElapsedMs">Wall time of the load.</param>
public sealed record LoadResult(
    string Extract,
    string File,
    long BatchId,
    string Status,
    long RecordsRead,
    long RowsLoaded,
    long RowsRejected,
    IReadOnlyList<RejectedValue> FirstRejects,
    long ElapsedMs);
