using System.Text.Json;
using System.Text.Json.Serialization;

namespace Warehouse.Etl.Contracts;

/// <summary>
/// The declared shape of one extract: its raw table, grain, key and typed columns. Contracts are
/// data (<c>sql/contracts/*.json</c>); the loader, the generator and the docs all read them.
/// </summary>
public sealed record ExtractContract
{
    /// <summary>Extract name used on the command line, for example <c>risk</c>.</summary>
    public required string Extract { get; init; }

    /// <summary>Table in the <c>raw</c> schema that receives the extract.</summary>
    public required string Table { get; init; }

    public required string Description { get; init; }

    public required string Grain { get; init; }

    /// <summary>Columns that identify one record; duplicates within one file are rejected.</summary>
    public required IReadOnlyList<string> Key { get; init; }

    public required IReadOnlyList<ContractColumn> Columns { get; init; }

    /// <summary>How the extract's files are written, unless a mapping declares otherwise.</summary>
    public CsvDialect Dialect { get; init; } = new();

    /// <summary>Share of a file's records that may be rejected before the whole file is refused.</summary>
    public double RejectThreshold { get; init; } = 0.05;

    /// <summary>Set when every delivery is a full snapshot, which the loader then guards against shrinking.</summary>
    public SnapshotRule? Snapshot { get; init; }

    /// <summary>
    /// The periods deliveries hold, when a corrected re-delivery replaces whole periods; null when a later
    /// delivery replaces earlier rows key by key (pilots, assignments).
    /// </summary>
    public DeliveryPeriod? Period { get; init; }

    /// <summary>What happens when a file's columns drift from the last delivery; refuse if not declared.</summary>
    public DriftPolicy Drift { get; init; } = DriftPolicy.Refuse;

    /// <summary>The raw table's qualified name.</summary>
    [JsonIgnore]
    public string RawTable => $"raw.{Table}";

    /// <summary>The column with the given name, or throws when the contract has none.</summary>
    public ContractColumn Column(string name) =>
        Columns.FirstOrDefault(c => c.Name == name)
        ?? throw new KeyNotFoundException($"Extract '{Extract}' has no column '{name}'.");

    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}
