using Cocona;
using Cocona.Application;
using Microsoft.Extensions.Logging;
using Warehouse.Etl.Contracts;
using Warehouse.Etl.Pipeline;
using Warehouse.Etl.Storage;

namespace Warehouse.Cli.Commands;

/// <summary><c>warehouse build</c>: models, pilot lift, then data tests.</summary>
internal sealed class BuildCommand
{
    private readonly ContractCatalog _contracts;
    private readonly ILoggerFactory _loggers;
    private readonly TimeProvider _time;
    private readonly ICoconaAppContextAccessor _context;

    public BuildCommand(
        ContractCatalog contracts, ILoggerFactory loggers, TimeProvider time, ICoconaAppContextAccessor context)
    {
        _contracts = contracts;
        _loggers = loggers;
        _time = time;
        _context = context;
    }

    [Command("build", Description = "Build the staging, core and mart models, compute pilot lift, run the data tests")]
    public int Run(CommonOptions common)
    {
        Verbosity.Apply(common);
        using var database = WarehouseDatabase.OpenExisting(WarehouseDatabase.ResolvePath(common.Db), _contracts);
        var outcome = new WarehouseBuild(database, _contracts, _loggers, _time)
            .Run(_context.Current?.CancellationToken ?? CancellationToken.None);
        BuildSummary.Print(outcome, Console.Out);
        BuildSummary.PrintPublished(outcome, Console.Out);
        return 0;
    }
}
