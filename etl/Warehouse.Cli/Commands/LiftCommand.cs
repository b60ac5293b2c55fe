using Cocona;
using Cocona.Application;
using Microsoft.Extensions.Logging;
using Warehouse.Etl;
using Warehouse.Etl.Contracts;
using Warehouse.Etl.Lift;
using Warehouse.Etl.Storage;

namespace Warehouse.Cli.Commands;

/// <summary><c>warehouse lift</c>: verdicts and pilot-versus-control lift for each goal of a pilot.</summary>
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

    [Command(
        "lift",
        Description = "Estimate and judge pilot lift, store it in the marts (pilot_lift, pilot_verdicts, "
            + "pilot_lift_monthly, pilot_power) and print it")]
    public int Run(
        CommonOptions common,
        [Option("pilot", Description = "Pilot id (default: every pilot)", ValueName = "ID")] string? pilot = null,
        [Option("format", Description = "Output: table, json or csv", ValueName = "FORMAT")] string format = "table",
        [Option(
            "table", Description = "With csv: lift, verdicts, monthly or power (default: lift)", ValueName = "MART")]
        string? table = null)
    {
        Verbosity.Apply(common);
        var outputFormat = LiftTableFormatter.ParseFormat(format);
        if (table is not null && outputFormat != LiftOutputFormat.Csv)
        {
            throw new WarehouseException(
                "--table picks the mart a CSV prints; the table and JSON outputs hold every mart, so use it with "
                + "--format csv.",
                ExitCode.Usage);
        }

        var mart = LiftTableFormatter.ParseMart(table ?? "lift");
        using var database = WarehouseDatabase.OpenExisting(WarehouseDatabase.ResolvePath(common.Db), _contracts);
        var report = new PilotLiftJob(_loggers.CreateLogger<PilotLiftJob>()).Run(
            database.Connection, pilot, _context.Current?.CancellationToken ?? CancellationToken.None);
        Console.Write(LiftTableFormatter.Format(report, outputFormat, mart));
        return 0;
    }
}
