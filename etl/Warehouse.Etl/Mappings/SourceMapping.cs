namespace Warehouse.Etl.Mappings;

/// <summary>
/// How a file whose columns differ from a contract becomes that contract's extract, declared as data
/// (<c>sql/mappings/*.json</c>, or any JSON file given with <c>--mapping</c>). Every source column is
/// read as text; each contract column is a SQL expression over the source columns, <c>_record</c>
/// (1-based record number in the file) and the <see cref="Derive"/> columns.
/// </summary>
public sealed record SourceMapping
{
    /// <summary>Name of the mapping, recorded with every batch it loads.</summary>
    public required string Name { get; init; }

    /// <summary>Extract (contract) the mapping produces.</summary>
    public required string Extract { get; init; }

    public string Description { get; init; } = "";

    public required MappingSource Source { get; init; }

    /// <summary>
    /// Helper columns computed in order before the contract columns; each may use the source columns,
    /// earlier helpers and window functions over <c>_record</c>.
    /// </summary>
    public IReadOnlyList<DerivedColumn> Derive { get; init; } = [];

    /// <summary>Optional SQL condition on source rows; rows failing it are not part of this extract.</summary>
    public string? Where { get; init; }

    /// <summary>
    /// Optional: the mapping is applied once per variant, with <c>{placeholder}</c> in expressions replaced
    /// by the variant's values (for example one risk snapshot per month from a wide file).
    /// </summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Variants { get; init; } = [];

    /// <summary>Contract column to SQL expression. Contract columns not listed are empty.</summary>
    public required IReadOnlyDictionary<string, string> Columns { get; init; }
}
