using Warehouse.Etl.Contracts;

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

    /// <summary>
    /// What happens when a file's columns drift from the last delivery loaded through this mapping; the
    /// contract's policy when not declared. Under <c>warn</c> a file with extra columns still loads (they are
    /// read by name and ignored); a declared source column that is missing always refuses the file.
    /// </summary>
    public DriftPolicy? Drift { get; init; }

    /// <summary>Contract column to SQL expression. Contract columns not listed are empty.</summary>
    public required IReadOnlyDictionary<string, string> Columns { get; init; }
}
