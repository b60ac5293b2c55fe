namespace Warehouse.Etl.Build;

/// <summary>One table as <c>sql/tests/schema.json</c> declares it.</summary>
public sealed record RelationDeclaration
{
    /// <summary>Qualified table name, <c>schema.name</c>.</summary>
    public required string Name { get; init; }

    /// <summary>What the table holds, for analysts; becomes the table comment.</summary>
    public required string Description { get; init; }

    /// <summary>What one row stands for.</summary>
    public required string Grain { get; init; }

    /// <summary>Columns that identify a row: each tested not null, together tested unique.</summary>
    public required IReadOnlyList<string> Key { get; init; }

    /// <summary>Further column sets that must be unique together.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Unique { get; init; } = [];

    /// <summary>
    /// Set when a C# job rather than a SQL model writes the table (for example <c>PilotLiftJob</c>); its
    /// tests and descriptions apply once the table exists.
    /// </summary>
    public string? BuiltBy { get; init; }

    public IReadOnlyList<ColumnDeclaration> Columns { get; init; } = [];

    /// <summary>The schema part of <see cref="Name"/>.</summary>
    public string Schema => Name[..Name.IndexOf('.', StringComparison.Ordinal)];

    /// <summary>The table part of <see cref="Name"/>.</summary>
    public string Table => Name[(Name.IndexOf('.', StringComparison.Ordinal) + 1)..];
}
