using Microsoft.Extensions.Logging;

namespace Warehouse.Etl.Loading;

/// <summary>Log messages of the loader (event ids 1000-1099).</summary>
internal static partial class LoadLog
{
    [LoggerMessage(1000, LogLevel.Trace, "Reading {File} as extract {Extract}")]
    public static partial void Reading(ILogger logger, string file, string extract);

    [LoggerMessage(1001, LogLevel.Debug, "Read and checked {File}: {Records} records in {ElapsedMs} ms")]
    public static partial void Checked(ILogger logger, string file, long records, long elapsedMs);

    [LoggerMessage(1002, LogLevel.Information,
        "{Extract}: {File} loaded as batch {BatchId}: {Loaded} rows loaded, {Rejected} rejected of {Records} records")]
    public static partial void Loaded(
        ILogger logger, string extract, string file, long batchId, long loaded, long rejected, long records);

    [LoggerMessage(1003, LogLevel.Information,
        "{Extract}: {File} is unchanged since batch {BatchId}; nothing to load")]
    public static partial void Unchanged(ILogger logger, string extract, string file, long batchId);

    [LoggerMessage(1004, LogLevel.Error,
        "{Extract}: {File} refused as batch {BatchId}: {Rejected} of {Records} records broke the contract "
        + "(threshold {Threshold:P1}); see meta.load_rejects")]
    public static partial void Refused(
        ILogger logger, string extract, string file, long batchId, long rejected, long records, double threshold);

    [LoggerMessage(1005, LogLevel.Error, "{Extract}: refused as batch {BatchId}: {Reason}")]
    public static partial void ShrunkSnapshotRefused(ILogger logger, string extract, long batchId, string reason);

    [LoggerMessage(1020, LogLevel.Warning,
        "{Extract}: the columns of {File} (batch {BatchId}) differ from batch {ComparedBatchId}: {Changes}; "
        + "known columns loaded, see meta.schema_drift")]
    public static partial void DriftWarned(
        ILogger logger, string extract, string file, long batchId, long comparedBatchId, string changes);

    [LoggerMessage(1021, LogLevel.Error, "{Extract}: {File} refused as batch {BatchId}: {Reason}")]
    public static partial void DriftRefused(ILogger logger, string extract, string file, long batchId, string reason);
}
