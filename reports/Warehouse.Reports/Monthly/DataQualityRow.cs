namespace Warehouse.Reports.Monthly;

/// <summary>What the loader did with one extract, summed over every batch in <c>meta.load_batches</c>.</summary>
/// <param name="Extract">The extract's name (customers, risk, engagement, ...).</param>
/// <param name="FilesLoaded">Batches with status 'loaded'.</param>
/// <param name="FilesRefused">Batches refused for breaking the contract past the reject threshold.</param>
/// <param name="RowsLoaded">Rows that reached the raw table.</param>
/// <param name="RowsRejected">Rows set aside with a reason, over loaded and refused batches alike.</param>
/// <param name="LastLoadedAt">When the extract's latest loaded batch finished (UTC); null when none did.</param>
/// <param name="LatestDataMonth">
/// Last day of the latest month the extract's loaded rows describe (its snapshot, event or response date); null
/// when it has no such date (pilots) or no rows.
/// </param>
/// <param name="DriftChanges">
/// Schema changes recorded for the extract in <c>meta.schema_drift</c>; null when the warehouse keeps no such
/// record.
/// </param>
public sealed record DataQualityRow(
    string Extract,
    long FilesLoaded,
    long FilesRefused,
    long RowsLoaded,
    long RowsRejected,
    DateTime? LastLoadedAt,
    DateOnly? LatestDataMonth = null,
    long? DriftChanges = null)
{
    /// <summary>Rejected rows over all rows read; null when no row was read.</summary>
    public double? RejectedShare =>
        RowsLoaded + RowsRejected == 0 ? null : (double)RowsRejected / (RowsLoaded + RowsRejected);
}
