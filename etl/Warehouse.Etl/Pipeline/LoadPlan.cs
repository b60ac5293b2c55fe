using System.Text.Json;
using Warehouse.Etl.Contracts;
using Warehouse.Etl.Mappings;

namespace Warehouse.Etl.Pipeline;

/// <summary>
/// An ordered list of files to load, each as an extract and optionally through a mapping. Declared as
/// data (<c>sql/mappings/*.plan.json</c>) or made from a folder of extract files.
/// </summary>
public sealed record LoadPlan(IReadOnlyList<PlannedLoad> Loads)
{
    /// <summary>
    /// The plan for a folder holding one file per extract named after it (<c>risk.csv</c>,
    /// <c>risk.parquet</c>), in load order. Extracts without a file are left out.
    /// </summary>
    public static LoadPlan ForExtractFolder(string folder)
    {
        var loads = new List<PlannedLoad>();
        foreach (var extract in ContractCatalog.LoadOrder)
        {
            var file = new[] { ".csv", ".parquet" }
                .Select(ext => Path.Combine(folder, extract + ext))
                .FirstOrDefault(File.Exists);
            if (file is not null)
            {
                loads.Add(new PlannedLoad(extract, file, null));
            }
        }

        if (loads.Count == 0)
        {
            throw new WarehouseException(
                $"{folder} holds no extract files (customers.csv, risk.csv, ... or .parquet).", ExitCode.BadInput);
        }

        return new LoadPlan(loads);
    }

    /// <summary>
    /// A shipped plan such as <c>real-demo</c>, with its files resolved under <paramref name="dataFolder"/>.
    /// </summary>
    public static LoadPlan Shipped(string name, string dataFolder)
    {
        var json = SqlResources.Read($"sql/mappings/{name}.plan.json");
        var declared = JsonSerializer.Deserialize<DeclaredPlan>(json, ExtractContract.JsonOptions)
            ?? throw new WarehouseException($"Plan '{name}' is empty.");
        return new LoadPlan(declared.Loads
            .Select(l => new PlannedLoad(l.Extract, Path.Combine(dataFolder, l.File), l.Mapping))
            .ToList());
    }

    /// <summary>The mapping of a planned load, resolved against the contracts.</summary>
    public static SourceMapping? MappingOf(PlannedLoad load, ContractCatalog contracts) =>
        load.Mapping is null ? null : MappingCatalog.Resolve(load.Mapping, contracts);

    private sealed record DeclaredPlan(IReadOnlyList<DeclaredLoad> Loads);

    private sealed record DeclaredLoad(string Extract, string File, string? Mapping);
}
