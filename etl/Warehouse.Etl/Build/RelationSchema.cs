using System.Text.Json;
using System.Text.Json.Serialization;

namespace Warehouse.Etl.Build;

/// <summary>
/// What <c>sql/tests/schema.json</c> declares about the warehouse tables: for each, its description for
/// analysts, grain, key and columns, and the generic data tests the columns must pass.
/// </summary>
public sealed record RelationSchema
{
    public required IReadOnlyList<RelationDeclaration> Relations { get; init; }

    /// <summary>The declaration of a table, or null when schema.json does not declare it.</summary>
    public RelationDeclaration? Find(string relation) =>
        Relations.FirstOrDefault(r => string.Equals(r.Name, relation, StringComparison.Ordinal));

    /// <summary>
    /// Reads a schema document; throws a <see cref="WarehouseException"/> naming the source when it is malformed
    /// or declares a table twice.
    /// </summary>
    public static RelationSchema Parse(string json, string source)
    {
        RelationSchema? schema;
        try
        {
            schema = JsonSerializer.Deserialize<RelationSchema>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new WarehouseException(
                $"{source} is not a valid schema document: {ex.Message}", ex, ExitCode.BuildFailed);
        }

        if (schema is null)
        {
            throw new WarehouseException($"{source} is empty.", ExitCode.BuildFailed);
        }

        var duplicate = schema.Relations
            .GroupBy(r => r.Name, StringComparer.Ordinal)
            .FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new WarehouseException($"{source} declares {duplicate.Key} twice.", ExitCode.BuildFailed);
        }

        return schema;
    }

    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };
}
