using System.Text.Json;

namespace Warehouse.Etl.Contracts;

/// <summary>The extract contracts shipped with the program, read from <c>sql/contracts</c>.</summary>
public sealed class ContractCatalog
{
    private readonly Dictionary<string, ExtractContract> _byExtract;

    private ContractCatalog(IEnumerable<ExtractContract> contracts)
    {
        _byExtract = contracts.ToDictionary(c => c.Extract, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Extract names in load order: dimensions before the facts that point at them.</summary>
    public static IReadOnlyList<string> LoadOrder { get; } =
        ["customers", "risk", "engagement", "surveys", "pilots", "pilot_goals", "assignments"];

    public IReadOnlyCollection<ExtractContract> All =>
        LoadOrder.Where(_byExtract.ContainsKey).Select(e => _byExtract[e]).ToList();

    /// <summary>Loads every contract embedded in the program.</summary>
    public static ContractCatalog LoadEmbedded()
    {
        var contracts = SqlResources.Names("sql/contracts/")
            .Where(n => n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => Parse(SqlResources.Read(n), n));
        return new ContractCatalog(contracts);
    }

    /// <summary>The contract of an extract, or a <see cref="WarehouseException"/> listing the known ones.</summary>
    public ExtractContract Get(string extract) =>
        _byExtract.TryGetValue(extract, out var contract)
            ? contract
            : throw new WarehouseException(
                $"Unknown extract '{extract}'. Known extracts: {string.Join(", ", LoadOrder)}.", ExitCode.Usage);

    internal static ExtractContract Parse(string json, string source)
    {
        var contract = JsonSerializer.Deserialize<ExtractContract>(json, ExtractContract.JsonOptions)
            ?? throw new WarehouseException($"Contract {source} is empty.");
        foreach (var column in contract.Columns)
        {
            // Stricter than a plain identifier: a leading '_' is left to the lineage columns
            // (_batch_id, _source_file, _source_line) that sit beside the contract's in the raw table.
            if (!SqlText.IsPlainIdentifier(column.Name) || !char.IsAsciiLetterLower(column.Name[0]))
            {
                throw new WarehouseException(
                    $"Contract {source}: column name '{column.Name}' must be a lowercase identifier.");
            }

            _ = column.ParsedType;
        }

        foreach (var key in contract.Key)
        {
            _ = contract.Column(key);
        }

        contract.Dialect.Check($"Contract {source}");

        if (contract.Snapshot is { } snapshot)
        {
            CheckSnapshot(contract, snapshot, source);
        }

        if (contract.Period is { } period)
        {
            var column = contract.Columns.FirstOrDefault(c => c.Name == period.Column);
            var isDated = column?.ParsedType.Kind is ColumnKind.Date or ColumnKind.Timestamp;
            if (column is not { Required: true } || !isDated)
            {
                throw new WarehouseException(
                    $"Contract {source}: the period column '{period.Column}' must be a required date or timestamp "
                    + "column of the contract.");
            }
        }

        return contract;
    }

    private static void CheckSnapshot(ExtractContract contract, SnapshotRule snapshot, string source)
    {
        var isDateKey = contract.Key.Contains(snapshot.DateColumn)
            && contract.Column(snapshot.DateColumn).ParsedType.Kind == ColumnKind.Date;
        if (!isDateKey || contract.Key.Count < 2)
        {
            throw new WarehouseException(
                $"Contract {source}: snapshot.date_column '{snapshot.DateColumn}' must be a date column of the key, "
                + "beside the columns that identify the entity.");
        }

        if (snapshot.MinShareOfPrevious is not (> 0 and <= 1))
        {
            throw new WarehouseException(
                $"Contract {source}: snapshot.min_share_of_previous is {snapshot.MinShareOfPrevious}; "
                + "give a share above 0 and at most 1, for example 0.5.");
        }
    }
}
