namespace Warehouse.Etl.Contracts;

/// <summary>One declared column of an extract contract.</summary>
public sealed record ContractColumn
{
    /// <summary>Column name; a lowercase identifier, the same in the file, the raw table and the models.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// Declared type: <c>varchar</c>, <c>integer</c>, <c>bigint</c>, <c>boolean</c>, <c>date</c>,
    /// <c>timestamp</c> (UTC) or <c>decimal(p,s)</c>. Values are parsed strictly against it.
    /// </summary>
    public required string Type { get; init; }

    public string Description { get; init; } = "";

    /// <summary>An empty value is rejected.</summary>
    public bool Required { get; init; }

    /// <summary>Personal data: kept in raw tables only, never in analyst-facing ones.</summary>
    public bool Personal { get; init; }

    /// <summary>When set, a value outside this list is rejected.</summary>
    public IReadOnlyList<string>? Allowed { get; init; }

    /// <summary>Smallest accepted value, for numeric columns.</summary>
    public decimal? Min { get; init; }

    /// <summary>Largest accepted value, for numeric columns.</summary>
    public decimal? Max { get; init; }

    /// <summary>A regular expression the whole text value must match.</summary>
    public string? Pattern { get; init; }

    /// <summary>Unit of the value, for documentation: currency, days, points, share, UTC.</summary>
    public string? Unit { get; init; }

    /// <summary>The parsed declared type.</summary>
    public ColumnType ParsedType => ColumnType.Parse(Type);
}
