using System.Globalization;
using System.Text;
using Dapper;
using Warehouse.Etl.Storage;

namespace Warehouse.Etl.Build;

/// <summary>
/// Renders the generated part of <c>docs/schema.md</c>: the metric catalogue and every analyst-facing table
/// (core and marts) with its grain, key and columns, from schema.json and the types of a built warehouse.
/// </summary>
public static class SchemaDocument
{
    /// <summary>Opens the generated part of the document; the text before it is written by hand.</summary>
    public const string BeginMarker = "<!-- BEGIN GENERATED: tables and metrics from sql/tests/schema.json -->";

    /// <summary>Closes the generated part of the document; the text after it is written by hand.</summary>
    public const string EndMarker = "<!-- END GENERATED -->";

    private static readonly string[] AnalystSchemas = ["core", "marts"];

    /// <summary>
    /// The generated part, markers included. <paramref name="database"/> must hold a built warehouse (an empty
    /// one will do); tables a C# job has not written yet are listed without column types.
    /// </summary>
    public static string Render(RelationSchema schema, WarehouseDatabase database)
    {
        var types = database.Connection
            .Query<(string Table, string Column, string Type)>(
                "select schema_name || '.' || table_name, column_name, lower(data_type) from duckdb_columns()")
            .ToDictionary(c => (c.Table, c.Column), c => c.Type);
        var text = new StringBuilder();
        text.Append(BeginMarker).Append("\n\n");
        AppendMetricCatalogue(text, database);
        foreach (var relation in schema.Relations.Where(r => AnalystSchemas.Contains(r.Schema)))
        {
            AppendRelation(text, relation, types);
        }

        return text.Append(EndMarker).Append('\n').ToString();
    }

    /// <summary>The document with its generated part replaced; throws when the markers are missing.</summary>
    public static string ReplaceGenerated(string document, string generated)
    {
        var begin = document.IndexOf(BeginMarker, StringComparison.Ordinal);
        var end = document.IndexOf(EndMarker, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            throw new WarehouseException($"The schema document lacks the markers {BeginMarker} and {EndMarker}.");
        }

        var afterEnd = document.IndexOf('\n', end);
        return document[..begin] + generated + (afterEnd < 0 ? "" : document[(afterEnd + 1)..]);
    }

    private static void AppendMetricCatalogue(StringBuilder text, WarehouseDatabase database)
    {
        text.Append("## Pilot metric catalogue\n\n");
        text.Append("From `core.dim_pilot_metric`. Each metric is measured per assigned customer over the ");
        text.Append("outcome window (assigned_date, window_end_date].\n\n");
        text.Append("| metric | kind | definition |\n|---|---|---|\n");
        var metrics = database.Connection.Query<(string Metric, string Kind, string Definition)>(
            "select metric, metric_kind, definition from core.dim_pilot_metric order by metric");
        foreach (var (metric, kind, definition) in metrics)
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{metric}` | {kind} | {Cell(definition)} |\n");
        }

        text.Append('\n');
    }

    private static void AppendRelation(
        StringBuilder text,
        RelationDeclaration relation,
        Dictionary<(string Table, string Column), string> types)
    {
        text.Append(CultureInfo.InvariantCulture, $"### `{relation.Name}`\n\n{relation.Description}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"- Grain: {relation.Grain}.\n");
        text.Append(CultureInfo.InvariantCulture, $"- Key: {string.Join(", ", relation.Key.Select(k => $"`{k}`"))}.\n");
        if (relation.BuiltBy is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"- Written by `{relation.BuiltBy}`, after the models.\n");
        }

        text.Append("\n| column | type | description |\n|---|---|---|\n");
        foreach (var column in relation.Columns)
        {
            var type = types.TryGetValue((relation.Name, column.Name), out var found) ? found : "";
            text.Append(CultureInfo.InvariantCulture, $"| `{column.Name}` | {type} | {Cell(column.Description)} |\n");
        }

        text.Append('\n');
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
