using Microsoft.Extensions.Logging;
using Warehouse.Etl.Contracts;
using Warehouse.Etl.Loading;
using Warehouse.Etl.Pipeline;
using Warehouse.Etl.Storage;

namespace Warehouse.Cli;

/// <summary>
/// Loads a plan's files one after another, printing each file's line as it finishes, so a long load
/// shows its progress and a failure part-way still shows what was committed before it.
/// </summary>
internal static class FileLoads
{
    /// <summary>Loads every file; returns the results. Files already committed stay committed on failure.</summary>
    public static IReadOnlyList<LoadResult> Run(
        WarehouseDatabase database,
        ContractCatalog contracts,
        LoadPlan plan,
        ILoggerFactory loggers,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        foreach (var load in plan.Loads)
        {
            // Every file is checked to exist before the first one loads.
            ExtractLoader.RequireFile(load.File);
        }

        var loader = new ExtractLoader(database, loggers.CreateLogger<ExtractLoader>(), time);
        var results = new List<LoadResult>();
        LoadSummary.PrintHeader(Console.Out);
        try
        {
            foreach (var load in plan.Loads)
            {
                var result = loader.Load(
                    contracts.Get(load.Extract), load.File, LoadPlan.MappingOf(load, contracts), cancellationToken);
                LoadSummary.PrintRow(result, Console.Out);
                results.Add(result);
            }
        }
        finally
        {
            LoadSummary.PrintAccount(results, Console.Out);
            LoadSummary.PrintRejects(results, Console.Out);
            LoadSummary.PrintDrift(results, Console.Out);
        }

        return results;
    }
}
