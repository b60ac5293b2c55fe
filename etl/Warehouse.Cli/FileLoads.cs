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
    /// <summary>
    /// Checks that every file of the plan exists, so that a mistyped name is reported before the warehouse is
    /// opened (or created) and before the first file loads.
    /// </summary>
    public static void RequireFiles(LoadPlan plan)
    {
        foreach (var load in plan.Loads)
        {
            ExtractLoader.RequireFile(load.File);
        }
    }

    /// <summary>
    /// Loads every file of a plan whose files <see cref="RequireFiles"/> found; returns the results. Files
    /// already committed stay committed on failure.
    /// </summary>
    public static IReadOnlyList<LoadResult> Run(
        WarehouseDatabase database,
        ContractCatalog contracts,
        LoadPlan plan,
        ILoggerFactory loggers,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var loader = new ExtractLoader(database, loggers.CreateLogger<ExtractLoader>(), time);
        var results = new List<LoadResult>();
        try
        {
            foreach (var load in plan.Loads)
            {
                var result = loader.Load(
                    contracts.Get(load.Extract), load.File, LoadPlan.MappingOf(load, contracts), cancellationToken);
                if (results.Count == 0)
                {
                    // The header waits for the first row, so a file refused outright leaves no empty table.
                    LoadSummary.PrintHeader(Console.Out);
                }

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
