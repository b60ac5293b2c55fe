using System.Text.Json.Serialization;

namespace Warehouse.Etl.Mappings;

/// <summary>A named helper expression of a mapping.</summary>
public sealed record DerivedColumn
{
    public required string Name { get; init; }

    [JsonPropertyName("sql")]
    public required string Sql { get; init; }
}
