namespace Warehouse.Reports.Monthly;

/// <summary>One loaded file behind the report's figures, from <c>meta.load_batches</c>.</summary>
/// <param name="BatchId">The batch id every raw row of the file carries as <c>_batch_id</c>.</param>
/// <param name="Extract">The extract the file delivered.</param>
/// <param name="SourceFile">The file as the loader was given it.</param>
/// <param name="FileSha256">SHA-256 of the file's bytes, in hex.</param>
/// <param name="RowsLoaded">Rows the batch put in the raw table.</param>
/// <param name="FinishedAt">When the load finished (UTC).</param>
public sealed record LoadBatch(
    long BatchId,
    string Extract,
    string SourceFile,
    string FileSha256,
    long RowsLoaded,
    DateTime FinishedAt);
