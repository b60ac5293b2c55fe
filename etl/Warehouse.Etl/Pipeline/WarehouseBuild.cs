using Microsoft.Extensions.Logging;
using Warehouse.Etl.Build;
using Warehouse.Etl.Contracts;
using Warehouse.Etl.Lift;
using Warehouse.Etl.Storage;

namespace Warehouse.Etl.Pipeline;

/// <summary>
/// The <c>build</c> step as a whole: the SQL models in dependency order, then the lift job that reads
/// their pilot sums and writes the lift marts (<c>marts.pilot_lift</c>, verdicts, monthly lift, power), then every data test. A failing model leaves the
/// previous tables in place; a failing data test fails the build and names itself. A build that passes
/// publishes the warehouse for analysts (<see cref="PublishedCopy"/>).
/// </summary>
public sealed class WarehouseBuild
{
    private readonly WarehouseDatabase _database;
    private readonly ContractCatalog _contracts;
    private readonly ILoggerFactory _loggers;
    private readonly TimeProvider _time;
    private readonly PseudonymKey? _pseudonymKey;

    /// <param name="database">The warehouse to build.</param>
    /// <param name="contracts">The extract contracts, whose raw tables the models read.</param>
    /// <param name="loggers">Loggers of the build and the lift job.</param>
    /// <param name="time">The clock of the recorded build runs.</param>
    /// <param name="pseudonymKey">When given, customer ids are pseudonymised from staging on.</param>
    public WarehouseBuild(
        WarehouseDatabase database,
        ContractCatalog contracts,
        ILoggerFactory loggers,
        TimeProvider time,
        PseudonymKey? pseudonymKey = null)
    {
        _database = database;
        _contracts = contracts;
        _loggers = loggers;
        _time = time;
        _pseudonymKey = pseudonymKey;
    }

    /// <summary>
    /// Runs models, lift and data tests, then publishes the analysts' copy; returns what was built,
    /// estimated, tested and published.
    /// </summary>
    public BuildOutcome Run(CancellationToken cancellationToken = default)
    {
        var builder = new ModelBuilder(
            _database,
            ModelCatalog.LoadEmbedded(_contracts),
            _loggers.CreateLogger<ModelBuilder>(),
            _time,
            _pseudonymKey);
        var report = builder.BuildModels(cancellationToken);

        var lift = new PilotLiftJob(_loggers.CreateLogger<PilotLiftJob>()).Run(
            _database.Connection, pilotId: null, cancellationToken);

        var tests = builder.RunDataTests(report.RunId, cancellationToken);

        var logger = _loggers.CreateLogger<WarehouseBuild>();
        BuildLog.PublishStarting(logger, _database.Path);
        var started = _time.GetTimestamp();
        var published = PublishedCopy.Publish(
            _database, _contracts, customerIdsPseudonymised: _pseudonymKey is not null);
        BuildLog.Published(logger, published, (long)_time.GetElapsedTime(started).TotalMilliseconds);
        return new BuildOutcome(report with { DataTests = tests }, lift, published);
    }
}
