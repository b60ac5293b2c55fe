using System.Data;
using Dapper;
using Warehouse.Etl.Storage;

namespace Warehouse.Etl.Build;

/// <summary>
/// Puts the descriptions of schema.json on the tables and columns as DuckDB comments, where BI tools and
/// <c>duckdb_tables()</c>/<c>duckdb_columns()</c> show them.
/// </summary>
internal sealed class RelationDescriber(WarehouseDatabase database)
{
    /// <summary>
    /// Comments every declared table and column. Throws a <see cref="WarehouseException"/> when a table is
    /// missing or lacks a declared column, so descriptions cannot drift from the models.
    /// </summary>
    /// <returns>How many tables and columns were described.</returns>
    public (int Tables, int Columns) Apply(IEnumerable<RelationDeclaration> relations, IDbTransaction? transaction)
    {
        var statements = new List<string>();
        var tables = 0;
        foreach (var relation in relations)
        {
            var existing = ColumnsOf(relation, transaction);
            if (existing.Count == 0)
            {
                throw new WarehouseException(
                    $"{ModelCatalog.SchemaFile} describes {relation.Name}, which the warehouse does not have.",
                    ExitCode.BuildFailed);
            }

            var missing = relation.Columns.FirstOrDefault(c => !existing.Contains(c.Name));
            if (missing is not null)
            {
                throw new WarehouseException(
                    $"{ModelCatalog.SchemaFile} describes column {missing.Name} of {relation.Name}, which the "
                    + "table does not have. Rename or remove the declaration, or add the column to the model.",
                    ExitCode.BuildFailed);
            }

            tables++;
            statements.Add($"comment on table {relation.Name} is {Literal(TableComment(relation))}");
            statements.AddRange(relation.Columns.Select(c =>
                $"comment on column {relation.Name}.{c.Name} is {Literal(c.Description)}"));
        }

        if (statements.Count > 0)
        {
            database.Execute(string.Join(";\n", statements), transaction);
        }

        return (tables, statements.Count - tables);
    }

    /// <summary>The table comment: what it holds, its grain and its key.</summary>
    internal static string TableComment(RelationDeclaration relation) =>
        $"{relation.Description} Grain: {relation.Grain}. Key: {string.Join(", ", relation.Key)}.";

    private HashSet<string> ColumnsOf(RelationDeclaration relation, IDbTransaction? transaction) =>
        database.Connection.Query<string>(
                "select column_name from duckdb_columns() where schema_name = $schema and table_name = $table",
                new { schema = relation.Schema, table = relation.Table },
                transaction)
            .ToHashSet(StringComparer.Ordinal);

    private static string Literal(string text) => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";
}
