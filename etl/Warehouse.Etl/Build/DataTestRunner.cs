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
    /// Runs every test and returns how many failing rows each found, in the order given; failing tests do
    /// not throw here. Tests with a row condition on the same table are counted together in one scan, and
    /// each reports the scan's time. Throws a <see cref="WarehouseException"/> with
    /// <see cref="ExitCode.BuildFailed"/> when a test's SQL cannot run, naming the test, its source and
    /// DuckDB's message.
    /// </summary>
    public IReadOnlyList<DataTestResult> Run(
        IEnumerable<DataTest> tests,
        long runId,
        CancellationToken cancellationToken = default)
    {
        var started = _timeProvider.GetTimestamp();
        var all = tests.ToList();
        var results = new Dictionary<string, DataTestResult>(StringComparer.Ordinal);
        var entries = new List<BuildRunEntry>();
        try
        {
            var scans = all
                .Where(t => t.RowCondition is not null)
                .GroupBy(t => t.Relations[0], StringComparer.Ordinal);
            foreach (var scan in scans)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Collect(RunScan(scan.Key, scan.ToList(), entries), results);
            }

            foreach (var test in all.Where(t => t.RowCondition is null))
            {
                cancellationToken.ThrowIfCancellationRequested();
                Collect([RunOne(test, entries)], results);
            }
        }
        finally
        {
            new BuildRunRecorder(_database, _timeProvider).Record(runId, entries);
        }

        var ordered = all.Select(t => results[t.Name]).ToList();
        var elapsedMs = (long)_timeProvider.GetElapsedTime(started).TotalMilliseconds;
        BuildLog.TestsFinished(_logger, ordered.Count, elapsedMs, ordered.Count(r => !r.Passed));
        return ordered;
    }

    private static void Collect(IEnumerable<DataTestResult> found, Dictionary<string, DataTestResult> results)
    {
        foreach (var result in found)
        {
            results[result.Name] = result;
        }
    }

    /// <summary>Counts the failing rows of several row tests of one table in a single pass over it.</summary>
    private List<DataTestResult> RunScan(string relation, List<DataTest> tests, List<BuildRunEntry> entries)
    {
        foreach (var test in tests)
        {
            BuildLog.TestStarting(_logger, test.Name);
        }

        var started = _timeProvider.GetTimestamp();
        var counts = new long[tests.Count];
        try
        {
            using var command = _database.Connection.CreateCommand();
            var columns = tests.Select((t, i) => $"count(*) filter (where {t.RowCondition}) as failing_{i}");
            command.CommandText = $"select {string.Join(", ", columns)} from {relation}";
            using var reader = command.ExecuteReader();
            reader.Read();
            for (var i = 0; i < tests.Count; i++)
            {
                counts[i] = reader.GetInt64(i);
            }
        }
        catch (DuckDBException)
        {
            // One broken condition spoils the scan; run the tests one by one to name the broken one.
            return tests.Select(t => RunOne(t, entries)).ToList();
        }

        var elapsedMs = (long)_timeProvider.GetElapsedTime(started).TotalMilliseconds;
        return tests.Select((t, i) => Report(t, counts[i], elapsedMs, entries)).ToList();
    }

    /// <summary>
    /// Runs one test's query and records its result in <paramref name="entries"/>; a query that cannot run is
    /// recorded as failed and thrown.
    /// </summary>
    private DataTestResult RunOne(DataTest test, List<BuildRunEntry> entries)
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
            var message = $"Data test {test.Name} ({test.Source}) could not run: {ex.Message}";
            entries.Add(BuildRunEntry.Failed(test.Name, "test", 0, message));
            throw new WarehouseException(message, ex, ExitCode.BuildFailed);
        }

        return Report(test, failingRows, (long)_timeProvider.GetElapsedTime(started).TotalMilliseconds, entries);
    }

    /// <summary>Logs and records one result.</summary>
    private DataTestResult Report(DataTest test, long failingRows, long elapsedMs, List<BuildRunEntry> entries)
    {
        if (failingRows == 0)
        {
            BuildLog.TestPassed(_logger, test.Name, elapsedMs);
        }
        else
        {
            BuildLog.TestFailed(_logger, test.Name, test.Source, failingRows);
        }

        var result = new DataTestResult(test.Name, failingRows, elapsedMs);
        entries.Add(BuildRunEntry.Tested(result));
        return result;
    }
}
