namespace Warehouse.Etl.Loading;

/// <summary>One batch of <c>meta.load_history</c>: a file given to the loader and what became of it since.</summary>
/// <param name="BatchId">The batch in <c>meta.load_batches</c>.</param>
/// <param name="Extract">Extract the file was loaded as.</param>
/// <param name="Mapping">Mapping it was loaded through, if any.</param>
/// <param name="SourceFile">Full path of the file when it was loaded.</param>
/// <param name="Status">loaded or refused.</param>
/// <param name="LoadedAt">When the batch committed, UTC.</param>
/// <param name="RecordsRead">Records in the file; 0 when it was refused for its columns without being read.</param>
/// <param name="RecordsRejected">Records kept in <c>meta.load_rejects</c> instead of loaded.</param>
/// <param name="RowsLoaded">Rows written to the raw table.</param>
/// <param name="Grain">day or month when the extract is delivered in periods; null otherwise.</param>
/// <param name="Periods">First day of each period the batch holds, in order; empty without periods.</param>
/// <param name="Superseded">wholly or partly when later batches hold its periods again; null otherwise.</param>
/// <param name="SupersededBy">The batches that replaced its periods, in order.</param>
/// <param name="Drift">Its column differences from the earlier delivery (<c>added x; missing y</c>), or null.</param>
/// <param name="Message">Why it was refused, or null.</param>
public sealed record BatchHistory(
    long BatchId,
    string Extract,
    string? Mapping,
    string SourceFile,
    string Status,
    DateTime LoadedAt,
    long RecordsRead,
    long RecordsRejected,
    long RowsLoaded,
    string? Grain,
    IReadOnlyList<DateOnly> Periods,
    string? Superseded,
    IReadOnlyList<long> SupersededBy,
    string? Drift,
    string? Message);
