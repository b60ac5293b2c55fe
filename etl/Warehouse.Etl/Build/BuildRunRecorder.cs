using Dapper;
using Warehouse.Etl.Storage;

namespace Warehouse.Etl.Build;

/// <summary>Writes what builds and data tests did to <c>meta.build_runs</c>.</summary>
internal sealed class BuildRunRecorder(WarehouseDatabase database, TimeProvider timeProvider)
{
    /// <summary>A run id one above any recorded so far.</summary>
    public long NextRunId() =>
        database.Connection.ExecuteScalar<long>("select coalesce(max(run_id), 0) + 1 from meta.build_runs");

    /// <summary>
    /// Records the entries of a run, outside any build transaction so failures are kept too. Appended in
    /// column order of meta.sql: a build records hundreds of tests, which one insert each made slow.
    /// </summary>
    public void Record(long runId, IEnumerable<BuildRunEntry> entries)
    {
        var finishedAt = timeProvider.GetUtcNow().UtcDateTime;
        using var appender = database.Connection.CreateAppender("meta", "build_runs");
        foreach (var entry in entries)
        {
            appender.CreateRow()
                .AppendValue(runId)
                .AppendValue(entry.Model)
                .AppendValue(entry.Kind)
                .AppendValue(entry.Status)
                .AppendValue(entry.RowCount)
                .AppendValue(entry.ElapsedMs)
                .AppendValue(entry.Message)
                .AppendValue(finishedAt)
                .AppendValue(entry.SqlSha256)
                .EndRow();
        }
    }
}
