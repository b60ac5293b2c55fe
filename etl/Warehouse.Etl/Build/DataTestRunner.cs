using System.Globalization;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;
using Warehouse.Etl.Storage;

namespace Warehouse.Etl.Build;

/// <summary>Runs data tests against the warehouse and records each result in <c>meta.build_runs</c>.</summary>
public sealed class DataTestRunner
{
    private readonly WarehouseDatabase _database;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;

    public DataTestRunner(WarehouseDatabase database, ILogger logger, TimeProvider? timeProvider = null)
    {
        _database = database;
        _logger = logger;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>
    /// Runs every test and returns how many failing rows each found; failing tests do not throw here.
    /// Throws a <see cref="WarehouseException"/> with <see cref="ExitCode.BuildFailed"/> when a test's SQL
    /// cannot run, naming the test, its source and DuckDB's message.
    /// </summary>
    public IReadOnlyList<DataTestResult> Run(
        IEnumerable<DataTest> tests,
        long runId,
        CancellationToken cancellationToken = default)
    {
        var started = _timeProvider.GetTimestamp();
        var results = new List<DataTestResult>();
        var entries = new List<BuildRunEntry>();
        try
        {
            foreach (var test in tests)
            {
                cancellationToken.ThrowIfCancellationRequested();
                DataTestResult result;
                try
                {
                    result = RunOne(test);
                }
                catch (WarehouseException ex)
                {
                    entries.Add(BuildRunEntry.Failed(test.Name, "test", 0, ex.Message));
                    throw;
                }

                results.Add(result);
                entries.Add(BuildRunEntry.Tested(result));
            }
        }
        finally
        {
            new BuildRunRecorder(_database, _timeProvider).Record(runId, entries);
        }

        var elapsedMs = (long)_timeProvider.GetElapsedTime(started).TotalMilliseconds;
        BuildLog.TestsFinished(_logger, results.Count, elapsedMs, results.Count(r => !r.Passed));
        return results;
    }

    private DataTestResult RunOne(DataTest test)
    {
        BuildLog.TestStarting(_logger, test.Name);
        var started = _timeProvider.GetTimestamp();
        long failingRows;
        try
        {
            using var command = _database.Connection.CreateCommand();
            command.CommandText = $"select count(*) from (\n{test.Sql}\n) as failing_rows";
            failingRows = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (DuckDBException ex)
        {
            throw new WarehouseException(
                $"Data test {test.Name} ({test.Source}) could not run: {ex.Message}", ex, ExitCode.BuildFailed);
        }

        var elapsedMs = (long)_timeProvider.GetElapsedTime(started).TotalMilliseconds;
        if (failingRows == 0)
        {
            BuildLog.TestPassed(_logger, test.Name, elapsedMs);
        }
        else
        {
            BuildLog.TestFailed(_logger, test.Name, test.Source, failingRows);
        }

        return new DataTestResult(test.Name, failingRows, elapsedMs);
    }
}
