using Cocona;
using Cocona.Application;
using Microsoft.Extensions.Logging;
using Warehouse.Etl.Contracts;
using Warehouse.Etl.Lift;
using Warehouse.Etl.Storage;

namespace Warehouse.Cli.Commands;

/// <summary><c>warehouse lift</c>: pilot versus control for each outcome metric of a pilot.</summary>
internal sealed class LiftCommand
{
    private readonly ContractCatalog _contracts;
    private readonly ILoggerFactory _loggers;
    private readonly ICoconaAppContextAccessor _context;

    public LiftCommand(ContractCatalog contracts, ILoggerFactory loggers, ICoconaAppContextAccessor context)
    {
        _contracts = contracts;
        _loggers = loggers;
        _context = context;
    }

    [Command("lift", Description = "Estimate pilot-versus-control lift, store it in marts.pilot_lift and print it")]
    public int Run(
        CommonOptions common,
        [Option("pilot", Description = "Pilot id (default: every pilot)", ValueName = "ID")] string? pilot = null,
        [Option("format", Description = "Output: table, json or csv", ValueName = "FORMAT")] string format = "table")
    {
        Verbosity.Apply(common);
        var outputFormat = LiftTableFormatter.ParseFormat(format);
        using var database = WarehouseDatabase.OpenExisting(WarehouseDatabase.ResolvePath(common.Db), _contracts);
        var estimates = new PilotLiftJob(_loggers.CreateLogger<PilotLiftJob>()).Run(
            database.Connection, pilot, _context.Current?.CancellationToken ?? CancellationToken.None);
        Console.Write(LiftTableFormatter.Format(estimates, outputFormat));
        return 0;
    }
}
