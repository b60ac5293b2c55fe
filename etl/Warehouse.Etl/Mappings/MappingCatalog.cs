using System.Text.Json;
using System.Text.RegularExpressions;
using Warehouse.Etl.Contracts;

namespace Warehouse.Etl.Mappings;

/// <summary>Finds source mappings: those shipped in <c>sql/mappings</c>, or a JSON file a user names.</summary>
public static partial class MappingCatalog
{
    /// <summary>Names of the mappings shipped with the program.</summary>
    public static IReadOnlyList<string> ShippedNames() =>
        SqlResources.Names("sql/mappings/")
            .Where(n => n.EndsWith(".json", StringComparison.Ordinal)
                && !n.EndsWith("plan.json", StringComparison.Ordinal))
            .Select(n => Path.GetFileNameWithoutExtension(n))
            .ToList();

    /// <summary>
    /// A shipped mapping by name, or the mapping in a JSON file when <paramref name="nameOrPath"/> is a path.
    /// The mapping is checked against <paramref name="contracts"/> before it is returned.
    /// </summary>
    public static SourceMapping Resolve(string nameOrPath, ContractCatalog contracts)
    {
        string json;
        if (File.Exists(nameOrPath))
        {
            json = File.ReadAllText(nameOrPath);
        }
        else if (ShippedNames().Contains(nameOrPath, StringComparer.Ordinal))
        {
            json = SqlResources.Read($"sql/mappings/{nameOrPath}.json");
        }
        else
        {
            throw new WarehouseException(
                $"No mapping '{nameOrPath}': it is neither a file nor a shipped mapping "
                + $"({string.Join(", ", ShippedNames())}).",
                ExitCode.Usage);
        }

        SourceMapping? mapping;
        try
        {
            mapping = JsonSerializer.Deserialize<SourceMapping>(json, ExtractContract.JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new WarehouseException(
                $"Mapping '{nameOrPath}' is not valid mapping JSON: {ex.Message}", ex, ExitCode.Usage);
        }

        if (mapping is null)
        {
            throw new WarehouseException($"Mapping '{nameOrPath}' is empty.", ExitCode.Usage);
        }

        Validate(mapping, contracts.Get(mapping.Extract));
        MappingExpressions.CheckEachIsOneExpression(mapping);
        return mapping;
    }

    private static void Validate(SourceMapping mapping, ExtractContract contract)
    {
        // the name is recorded with every batch and names the source its deliveries form a series of
        if (!MappingName().IsMatch(mapping.Name))
        {
            throw new WarehouseException(
                $"Mapping name '{mapping.Name}' must be lowercase letters, digits, '-' and '_', starting with a "
                + "letter, for example 'branch-customers': it names the source system in the load history.",
                ExitCode.Usage);
        }

        mapping.Source.Dialect.Check($"Mapping '{mapping.Name}'");

        foreach (var target in mapping.Columns.Keys)
        {
            if (contract.Columns.All(c => c.Name != target))
            {
                throw new WarehouseException(
                    $"Mapping '{mapping.Name}' fills '{target}', which extract '{contract.Extract}' does not have. "
                    + $"Its columns: {string.Join(", ", contract.Columns.Select(c => c.Name))}.",
                    ExitCode.Usage);
            }
        }

        foreach (var derived in mapping.Derive)
        {
            if (!SqlText.IsPlainIdentifier(derived.Name))
            {
                throw new WarehouseException(
                    $"Mapping '{mapping.Name}': derived column name '{derived.Name}' must be a lowercase identifier.",
                    ExitCode.Usage);
            }
        }

        foreach (var variant in mapping.Variants)
        {
            foreach (var (key, value) in variant)
            {
                // Variant values are spliced into SQL text, so they are held to a harmless shape.
                if (!SqlText.IsPlainIdentifier(key) || !VariantValue().IsMatch(value)
                    || value.Contains("--", StringComparison.Ordinal))
                {
                    throw new WarehouseException(
                        $"Mapping '{mapping.Name}': variant value {key}='{value}' must be a name, number or "
                        + "ISO date (letters, digits, '_', '-', '.', ' ').",
                        ExitCode.Usage);
                }
            }
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_. -]*$")]
    private static partial Regex VariantValue();

    [GeneratedRegex("^[a-z][a-z0-9_-]*$")]
    private static partial Regex MappingName();
}
