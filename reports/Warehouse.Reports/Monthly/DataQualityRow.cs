namespace Warehouse.Reports.Monthly;

/// <summary>What the loader did with one extract, summed over every batch in <c>meta.load_batches</c>.</summary>
/// <param name="Extract">The extract's name (customers, risk, engagement, ...).</param>
/// <param name="FilesLoaded">Batches with status 'loaded'.</param>
/// <param name="FilesRefused">Batches refused for breaking the contract past the reject threshold.</param>
/// <param name="RowsLoaded">Rows that reached the raw table.</param>
/// <param name="RowsRejected">Rows set aside with a reason, over loaded and refused batches alike.</param>
/// <param name="LastLoadedAt">When the extract's latest loaded batch finished (UTC); null when none did.</param>
public sealed record DataQualityRow(
    string Extract,
    long FilesLoaded,
    long FilesRefused,
    long RowsLoaded,
    long RowsRejected,
    DateTime? LastLoadedAt)
{
    /// <summary>Rejected rows over all rows read; null when no row was read.</summary>
    public double? RejectedShare =>
        RowsLoaded + RowsRejected == 0 ? null : (double)RowsRejected / (RowsLoaded + RowsRejected);
}
