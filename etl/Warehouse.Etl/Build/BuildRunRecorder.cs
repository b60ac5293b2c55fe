using Dapper;
using Warehouse.Etl.Storage;

namespace Warehouse.Etl.Build;

/// <summary>Writes what builds and data tests did to <c>meta.build_runs</c>.</summary>
internal sealed class BuildRunRecorder(WarehouseDatabase database, TimeProvider timeProvider)
{
    /// <summary>A run id one above any recorded so far.</summary>
    public long NextRunId() =>
        database.Connection.ExecuteScalar<long>("select coalesce(max(run_id), 0) + 1 from meta.build_runs");

    /// <summary>Records the entries of a run, outside any build transaction so failures are kept too.</summary>
    public void Record(long runId, IEnumerable<BuildRunEntry> entries)
    {
        var finishedAt = timeProvider.GetUtcNow().UtcDateTime;
        var rows = entries.Select(e => new
        {
            run_id = runId,
            model = e.Model,
            kind = e.Kind,
            status = e.Status,
            row_count = e.RowCount,
            elapsed_ms = e.ElapsedMs,
            message = e.Message,
            finished_at = finishedAt,
        });
        database.Connection.Execute(
            "insert into meta.build_runs "
            + "(run_id, model, kind, status, row_count, elapsed_ms, message, finished_at) "
            + "values ($run_id, $model, $kind, $status, $row_count, $elapsed_ms, $message, $finished_at)",
            rows);
    }
}
