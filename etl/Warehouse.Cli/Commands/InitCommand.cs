using Cocona;
using Warehouse.Etl.Contracts;
using Warehouse.Etl.Storage;

namespace Warehouse.Cli.Commands;

/// <summary><c>warehouse init</c>: creates the warehouse file with its schemas and raw tables.</summary>
internal sealed class InitCommand
{
    private readonly ContractCatalog _contracts;

    public InitCommand(ContractCatalog contracts)
    {
        _contracts = contracts;
    }

    [Command("init", Description = "Create the warehouse file, its schemas and raw tables (safe to rerun)")]
    public int Run(CommonOptions common)
    {
        Verbosity.Apply(common);
        var path = WarehouseDatabase.ResolvePath(common.Db);
        using var database = WarehouseDatabase.Open(path, _contracts);
        Console.WriteLine($"Warehouse ready: {path}");
        return 0;
    }
}
