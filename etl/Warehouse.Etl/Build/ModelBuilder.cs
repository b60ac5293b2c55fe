using System.Globalization;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;
using Warehouse.Etl.Storage;

namespace Warehouse.Etl.Build;

/// <summary>
/// Builds the warehouse tables from the SQL models and checks them with the data tests.
/// </summary>
/// <remarks>
/// A build runs <see cref="BuildModels"/>, then any C# job that writes tables from the marts (the pilot
/// lift), then <see cref="RunDataTests"/>; <see cref="Build"/> does both steps with nothing between.
/// Cancellation is honoured between models and between tests.
/// </remarks>
public sealed class ModelBuilder
{
    private readonly WarehouseDatabase _database;
    private readonly ModelCatalog _catalog;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly BuildRunRecorder _recorder;
    private readonly PseudonymKey? _pseudonymKey;

    /// <param name="database">The warehouse to build.</param>
    /// <param name="catalog">The models and data tests.</param>
    /// <param name="logger">Where the build logs its steps.</param>
    /// <param name="timeProvider">The clock of the recorded build runs; the system clock when null.</param>
    /// <param name="pseudonymKey">
    /// When given, the staging models replace every customer id by its keyed hash (<see cref="PseudonymKey"/>).
    /// </param>
    public ModelBuilder(
        WarehouseDatabase database,
        ModelCatalog catalog,
        ILogger logger,
        TimeProvider? timeProvider = null,
        PseudonymKey? pseudonymKey = null)
    {
        _database = database;
        _catalog = catalog;
        _logger = logger;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _recorder = new BuildRunRecorder(database, _timeProvider);
        _pseudonymKey = pseudonymKey;
    }

    /// <summary>
    /// Builds every model as <c>create or replace table schema.name as select ...</c>, in dependency order,
    /// then comments the tables and columns with their descriptions, all in one transaction: when any model
    /// fails, no table changes. Records each model's row count and time in <c>meta.build_runs</c>.
    /// Throws a <see cref="WarehouseException"/> with <see cref="ExitCode.BuildFailed"/> naming the failing
    /// model's file and DuckDB's message.
    /// </summary>
    public BuildReport BuildModels(CancellationToken cancellationToken = default)
    {
        var runId = _recorder.NextRunId();
        var started = _timeProvider.GetTimestamp();
        BuildLog.BuildStarting(_logger, _catalog.Models.Count);

        PseudonymFunction.Install(_database, _pseudonymKey);
        if (_pseudonymKey is not null)
        {
            BuildLog.Pseudonymised(_logger);
        }

        var runs = new List<ModelRun>();
        SqlModel? building = null;
        var modelStarted = started;
        using (var transaction = _database.Connection.BeginTransaction())
        {
            try
            {
                foreach (var schema in _catalog.Models.Select(m => m.Schema).Distinct(StringComparer.Ordinal))
                {
                    _database.Execute($"create schema if not exists {schema}", transaction);
                }

                foreach (var model in _catalog.Models)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    (building, modelStarted) = (model, _timeProvider.GetTimestamp());
                    runs.Add(BuildOne(model, transaction));
                    building = null;
                }

                Describe(_catalog.Schema.Relations.Where(r => r.BuiltBy is null), transaction);
                transaction.Commit();
            }
            catch (Exception ex)
            {
                transaction.Rollback();

                // Recorded after the rollback, which would otherwise take the record with it.
                if (building is not null && ex is WarehouseException)
                {
                    var failure = BuildRunEntry.Failed(building.Relation, "model", ElapsedMs(modelStarted), ex.Message);
                    _recorder.Record(runId, [failure]);
                }

                throw;
            }
        }

        _recorder.Record(runId, runs.Select(BuildRunEntry.Built));
        var elapsedMs = ElapsedMs(started);
        BuildLog.BuildFinished(_logger, runs.Count, elapsedMs, runId);
        return new BuildReport(runId, runs, elapsedMs);
    }

    /// <summary>
    /// Runs the data tests of the catalogue and records each in <c>meta.build_runs</c> under
    /// <paramref name="runId"/>. Tables written by a C# job are described and tested once they exist, and
    /// skipped before. Throws a <see cref="WarehouseException"/> with <see cref="ExitCode.BuildFailed"/>
    /// naming every failing test, its failing row count and where it is declared.
    /// </summary>
    public IReadOnlyList<DataTestResult> RunDataTests(long runId, CancellationToken cancellationToken = default)
    {
        var existing = ExistingTables();
        var waiting = _catalog.Schema.Relations
            .Where(r => r.BuiltBy is not null && !existing.Contains(r.Name))
            .ToList();
        foreach (var relation in waiting)
        {
            BuildLog.TestsSkipped(_logger, relation.Name, relation.BuiltBy!);
        }

        Describe(_catalog.Schema.Relations.Where(r => r.BuiltBy is not null && existing.Contains(r.Name)), null);
        var skipped = waiting.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var tests = _catalog.DataTests.Where(t => !t.Relations.Any(skipped.Contains));
        var results = new DataTestRunner(_database, _logger, _timeProvider).Run(tests, runId, cancellationToken);

        var failed = results.Where(r => !r.Passed).ToList();
        if (failed.Count > 0)
        {
            var declared = _catalog.DataTests.ToDictionary(t => t.Name, StringComparer.Ordinal);
            var lines = failed.Select(r => FailureLines(r, declared[r.Name]));
            throw new WarehouseException(
                $"{failed.Count} of {results.Count} data tests failed:\n{string.Join("\n", lines)}\n"
                + "Each test is a query returning the rows that break it: run the query under it (with the same --db) "
                + "to see them; a test without one is the query in its file.",
                ExitCode.BuildFailed);
        }

        return results;
    }

    /// <summary>
    /// A failing test's line, and under it the command that shows its rows when its query fits on one line (a
    /// test declared in a file of its own is read there).
    /// </summary>
    private static string FailureLines(DataTestResult result, DataTest test)
    {
        var line = $"  {result.Name}: {result.FailingRows} failing {(result.FailingRows == 1 ? "row" : "rows")} "
            + $"({test.Source})";
        return test.Sql.Contains('\n', StringComparison.Ordinal) || test.Sql.Contains('"', StringComparison.Ordinal)
            ? line
            : $"{line}\n    warehouse query \"{test.Sql}\"";
    }

    /// <summary><see cref="BuildModels"/> then <see cref="RunDataTests"/>, with no job between them.</summary>
    public BuildReport Build(CancellationToken cancellationToken = default)
    {
        var report = BuildModels(cancellationToken);
        var tests = RunDataTests(report.RunId, cancellationToken);
        return report with { DataTests = tests };
    }

    private ModelRun BuildOne(SqlModel model, DuckDBTransaction transaction)
    {
        BuildLog.ModelStarting(_logger, model.Relation, model.File);
        var started = _timeProvider.GetTimestamp();
        long rows;
        try
        {
            // Same line as the model's first line, so DuckDB's line numbers are the file's.
            _database.Execute($"create or replace table {model.Relation} as {model.Sql}", transaction);
            using var count = _database.Connection.CreateCommand();
            count.Transaction = transaction;
            count.CommandText = $"select count(*) from {model.Relation}";
            rows = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (DuckDBException ex)
        {
            BuildLog.ModelFailed(_logger, ex, model.Relation, model.File);
            throw new WarehouseException(
                $"Model {model.Relation} ({model.File}) failed: {ex.Message}\n"
                + "The build was rolled back; the tables of the previous build are unchanged.",
                ex,
                ExitCode.BuildFailed);
        }

        var elapsedMs = ElapsedMs(started);
        BuildLog.ModelBuilt(_logger, model.Relation, rows, elapsedMs);
        return new ModelRun(model.Relation, model.File, rows, elapsedMs, model.SqlSha256);
    }

    private void Describe(IEnumerable<RelationDeclaration> relations, DuckDBTransaction? transaction)
    {
        var started = _timeProvider.GetTimestamp();
        var (tables, columns) = new RelationDescriber(_database).Apply(relations, transaction);
        BuildLog.Described(_logger, tables, columns, ElapsedMs(started));
    }

    private HashSet<string> ExistingTables()
    {
        using var command = _database.Connection.CreateCommand();
        command.CommandText = "select schema_name || '.' || table_name from duckdb_tables()";
        using var reader = command.ExecuteReader();
        var tables = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private long ElapsedMs(long started) => (long)_timeProvider.GetElapsedTime(started).TotalMilliseconds;
}
