using System.Text.Json;
using Dapper;
using DuckDB.NET.Data;

namespace Warehouse.Etl.Mappings;

/// <summary>
/// Holds a mapping's SQL to what it is declared to be: single expressions and one condition over the
/// source row, never statements and never queries. Each is parsed by DuckDB on its own in a scratch
/// in-memory database, so a mapping cannot close the query it is spliced into and run something else
/// against the warehouse, nor hold a subquery that reads another table or a file of the machine.
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
                var parsed = ParseOneExpression(scratch, text);
                if (parsed is null)
                {
                    throw new WarehouseException(
                        $"Mapping '{mapping.Name}', {where}: '{text}' is not a single SQL expression. "
                        + "A mapping holds expressions over the source columns, never statements.",
                        ExitCode.Usage);
                }

                if (HoldsSubquery(parsed.Value))
                {
                    throw new WarehouseException(
                        $"Mapping '{mapping.Name}', {where}: '{text}' holds a subquery. A mapping computes "
                        + "each value from its own source row, so it may not read another table or a file; "
                        + "join reference data in the models instead.",
                        ExitCode.Usage);
                }
            }
        }
    }

    /// <summary>The parsed expression, or null when the text is not exactly one expression.</summary>
    private static JsonElement? ParseOneExpression(DuckDBConnection scratch, string expression)
    {
        if (expression.Contains(';', StringComparison.Ordinal) || expression.Contains("/*", StringComparison.Ordinal)
            || expression.Contains("--", StringComparison.Ordinal))
        {
            return null;
        }

        // Wrapped in parentheses and followed by more SQL, so an expression that closes the parenthesis
        // early or comments out the rest no longer parses as one select.
        var probe = $"select ({expression}) as probe from source where true";
        var json = scratch.ExecuteScalar<string>("select json_serialize_sql($sql::varchar)", new { sql = probe });
        using var parsed = JsonDocument.Parse(json ?? "{}");
        var root = parsed.RootElement;
        if ((root.TryGetProperty("error", out var error) && error.GetBoolean())
            || !root.TryGetProperty("statements", out var statements) || statements.GetArrayLength() != 1)
        {
            return null;
        }

        // The probe must still be the probe: one selected value from the table 'source' alone, so nothing
        // the expression wrote has become another clause.
        var node = statements[0].GetProperty("node");
        var isProbe = Text(node, "type") == "SELECT_NODE"
            && node.TryGetProperty("select_list", out var selected) && selected.GetArrayLength() == 1
            && node.TryGetProperty("from_table", out var from) && Text(from, "type") == "BASE_TABLE"
            && Text(from, "table_name") == "source" && Text(from, "schema_name") == "";
        return isProbe ? node.GetProperty("select_list")[0].Clone() : null;
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static bool HoldsSubquery(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Any(p =>
            (p.Name == "class" && p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() == "SUBQUERY")
            || HoldsSubquery(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Any(HoldsSubquery),
        _ => false,
    };
}
