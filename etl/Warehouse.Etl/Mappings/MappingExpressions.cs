using System.Text.Json;
using Dapper;
using DuckDB.NET.Data;

namespace Warehouse.Etl.Mappings;

/// <summary>
/// Holds a mapping's SQL to what it is declared to be: single expressions and one condition, never
/// statements. Each is parsed by DuckDB on its own in a scratch in-memory database, so a mapping cannot
/// close the query it is spliced into and run something else against the warehouse.
/// </summary>
internal static class MappingExpressions
{
    /// <summary>Throws a <see cref="WarehouseException"/> naming the first expression that is not one.</summary>
    public static void CheckEachIsOneExpression(SourceMapping mapping)
    {
        var variants = mapping.Variants.Count > 0 ? mapping.Variants : [new Dictionary<string, string>()];
        var expressions = mapping.Columns.Select(c => (Where: $"column '{c.Key}'", Sql: c.Value))
            .Concat(mapping.Derive.Select(d => (Where: $"derived column '{d.Name}'", Sql: d.Sql)))
            .Concat(mapping.Where is null ? [] : [(Where: "where", Sql: mapping.Where)]);

        using var scratch = new DuckDBConnection("Data Source=:memory:");
        scratch.Open();
        foreach (var (where, sql) in expressions)
        {
            foreach (var variant in variants)
            {
                var text = variant.Aggregate(
                    sql,
                    (s, v) => s.Replace("{" + v.Key + "}", v.Value, StringComparison.Ordinal));
                if (!IsOneExpression(scratch, text))
                {
                    throw new WarehouseException(
                        $"Mapping '{mapping.Name}', {where}: '{text}' is not a single SQL expression. "
                        + "A mapping holds expressions over the source columns, never statements.",
                        ExitCode.Usage);
                }
            }
        }
    }

    private static bool IsOneExpression(DuckDBConnection scratch, string expression)
    {
        if (expression.Contains(';', StringComparison.Ordinal) || expression.Contains("/*", StringComparison.Ordinal)
            || expression.Contains("--", StringComparison.Ordinal))
        {
            return false;
        }

        // Wrapped in parentheses and followed by more SQL, so an expression that closes the parenthesis
        // early or comments out the rest no longer parses as one select.
        var probe = $"select ({expression}) as probe from source where true";
        var json = scratch.ExecuteScalar<string>("select json_serialize_sql($sql::varchar)", new { sql = probe });
        using var parsed = JsonDocument.Parse(json ?? "{}");
        var root = parsed.RootElement;
        return !(root.TryGetProperty("error", out var error) && error.GetBoolean())
            && root.TryGetProperty("statements", out var statements)
            && statements.GetArrayLength() == 1;
    }
}
