namespace Warehouse.Etl.Build;

/// <summary>One column of a table as <c>sql/tests/schema.json</c> declares it, with its generic tests.</summary>
public sealed record ColumnDeclaration
{
    public required string Name { get; init; }

    /// <summary>What the column means, with its unit; becomes the column comment.</summary>
    public required string Description { get; init; }

    /// <summary>Tested: no row has a null.</summary>
    public bool NotNull { get; init; }

    /// <summary>Tested: no two rows share a value.</summary>
    public bool Unique { get; init; }

    /// <summary>Tested: every non-null value is one of these.</summary>
    public IReadOnlyList<string>? AcceptedValues { get; init; }

    /// <summary>Tested: every non-null value is at least this.</summary>
    public decimal? Min { get; init; }

    /// <summary>Tested: every non-null value is at most this.</summary>
    public decimal? Max { get; init; }

    /// <summary>
    /// Tested: every non-null value appears in this column of another table, written
    /// <c>schema.table.column</c>; the relationship from a fact to its dimension.
    /// </summary>
    public string? References { get; init; }
}
