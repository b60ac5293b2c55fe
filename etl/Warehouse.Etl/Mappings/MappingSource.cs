using Warehouse.Etl.Contracts;

namespace Warehouse.Etl.Mappings;

/// <summary>The file a mapping reads.</summary>
public sealed record MappingSource
{
    /// <summary><c>csv</c> or <c>parquet</c>.</summary>
    public string Format { get; init; } = "csv";

    public CsvDialect Dialect { get; init; } = new();

    /// <summary>Source column names in file order; checked against the file's header.</summary>
    public required IReadOnlyList<string> Columns { get; init; }
}
