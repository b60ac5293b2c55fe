using Cocona;
using Warehouse.Etl.Contracts;

namespace Warehouse.Cli.Commands;

/// <summary><c>warehouse contracts</c>: shows what each extract file must look like.</summary>
internal sealed class ContractsCommand
{
    private readonly ContractCatalog _contracts;

    public ContractsCommand(ContractCatalog contracts)
    {
        _contracts = contracts;
    }

    [Command("contracts", Description = "Show the extract contracts: columns, types, keys and rules")]
    public int Run(
        [Argument(Description = "One extract to show (default: all)")] string? extract = null,
        [Option("markdown", Description = "Print all contracts as the Markdown of docs/contracts.md")]
        bool markdown = false)
    {
        if (markdown)
        {
            Console.Write(ContractDocs.Render(_contracts));
            return 0;
        }

        var chosen = extract is null ? _contracts.All : [_contracts.Get(extract)];
        foreach (var contract in chosen)
        {
            var key = string.Join(", ", contract.Key);
            var period = contract.Period is { } p ? $"; period: {p.GrainName} of {p.Column}" : "";
            var drift = contract.Drift.ToString().ToLowerInvariant();
            Console.WriteLine(
                $"{contract.Extract} -> {contract.RawTable}: {contract.Grain}; key {key}{period}; drift: {drift}");
            foreach (var column in contract.Columns)
            {
                var required = column.Required ? "required" : "";
                Console.WriteLine($"  {column.Name,-22} {column.Type,-14} {required,-8}  {column.Description}");
            }

            Console.WriteLine();
        }

        return 0;
    }
}
