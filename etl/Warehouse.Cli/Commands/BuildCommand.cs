using Cocona;
using Cocona.Application;
using Microsoft.Extensions.Logging;
using Warehouse.Etl.Build;
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
    public int Run(
        CommonOptions common,
        [Option(
            "pseudonym-key-file",
            Description = "File holding the key that replaces customer ids by keyed hashes from staging on "
                + "(default: $" + PseudonymKey.EnvironmentVariable + ", else ids are kept)",
            ValueName = "FILE")]
        string? pseudonymKeyFile = null)
    {
        Verbosity.Apply(common);
        var pseudonymKey = PseudonymKey.Resolve(pseudonymKeyFile);
        using var database = WarehouseDatabase.OpenExisting(WarehouseDatabase.ResolvePath(common.Db), _contracts);
        var outcome = new WarehouseBuild(database, _contracts, _loggers, _time, pseudonymKey)
            .Run(_context.Current?.CancellationToken ?? CancellationToken.None);
        BuildSummary.Print(outcome, Console.Out);
        BuildSummary.PrintPseudonymised(pseudonymKey is not null, Console.Out);
        BuildSummary.PrintPublished(outcome, Console.Out);
        return 0;
    }
}
