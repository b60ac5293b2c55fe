using Cocona;
using Cocona.Application;
using Microsoft.Extensions.Logging;
using Warehouse.Etl;
using Warehouse.Etl.Contracts;
using Warehouse.Etl.Loading;
using Warehouse.Etl.Mappings;
using Warehouse.Etl.Pipeline;
using Warehouse.Etl.Storage;

namespace Warehouse.Cli.Commands;

/// <summary><c>warehouse load</c>: loads extract files into their raw tables.</summary>
internal sealed class LoadCommand
{
    private readonly ContractCatalog _contracts;
    private readonly ILoggerFactory _loggers;
    private readonly TimeProvider _time;
    private readonly ICoconaAppContextAccessor _context;

    public LoadCommand(
        ContractCatalog contracts, ILoggerFactory loggers, TimeProvider time, ICoconaAppContextAccessor context)
    {
        _context = context;
        _contracts = contracts;
        _loggers = loggers;
        _time = time;
    }

    [Command("load", Description = "Load extract files (CSV or Parquet) into the warehouse's raw tables")]
    public int Run(
        [Argument(Description = "Extract: customers, risk, engagement, surveys, pilots, pilot_goals or assignments "
            + "(see 'warehouse contracts')")]
        string extract,
        [Argument(Description = "Files to load, each in its own transaction")]
        string[] files,
        CommonOptions common,
        [Option(
            "mapping",
            Description = "Shipped mapping name or mapping JSON file, for files whose columns differ from the contract",
            ValueName = "NAME|FILE")]
        string? mapping = null)
    {
        Verbosity.Apply(common);
        var cancellationToken = _context.Current?.CancellationToken ?? CancellationToken.None;
        var contract = _contracts.Get(extract);
        var sourceMapping = mapping is null ? null : MappingCatalog.Resolve(mapping, _contracts);
        if (sourceMapping is not null && sourceMapping.Extract != contract.Extract)
        {
            throw new WarehouseException(
                $"Mapping '{sourceMapping.Name}' produces extract '{sourceMapping.Extract}', not '{contract.Extract}'.",
                ExitCode.Usage);
        }

        var plan = new LoadPlan(files.Select(f => new PlannedLoad(contract.Extract, f, mapping)).ToList());
        FileLoads.RequireFiles(plan);
        using var database = WarehouseDatabase.Open(WarehouseDatabase.ResolvePath(common.Db), _contracts);
        var results = FileLoads.Run(database, _contracts, plan, _loggers, _time, cancellationToken);
        return results.Any(r => r.Status == LoadStatus.Refused) ? (int)ExitCode.BadInput : 0;
    }
}
