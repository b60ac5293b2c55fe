using Cocona;
using Warehouse.Etl;
using Warehouse.Etl.Contracts;
using Warehouse.Etl.Loading;
using Warehouse.Etl.Storage;

namespace Warehouse.Cli.Commands;

/// <summary>
/// <c>warehouse history</c>: every batch loaded, its periods, what superseded it and its schema drift.
/// </summary>
internal sealed class HistoryCommand
{
    private readonly ContractCatalog _contracts;

    public HistoryCommand(ContractCatalog contracts)
    {
        _contracts = contracts;
    }

    [Command(
        "history",
        Description = "Show the load history: each batch with its periods, the batch that superseded it, its drift")]
    public int Run(
        CommonOptions common,
        [Option("extract", Description = "Only this extract's batches", ValueName = "EXTRACT")] string? extract = null,
        [Option("format", Description = "Output: table, json or csv", ValueName = "FORMAT")] string format = "table")
    {
        Verbosity.Apply(common);
        var outputFormat = TabularText.ParseFormat(format);
        var chosen = extract is null ? null : _contracts.Get(extract).Extract;
        using var database = WarehouseDatabase.OpenReadOnly(WarehouseDatabase.ResolvePath(common.Db));
        var history = LoadHistory.Read(database.Connection, chosen);
        Console.Write(LoadHistory.Format(history, outputFormat));
        return 0;
    }
}
