using Warehouse.Etl.Build;

namespace Warehouse.Etl.Tests.Build;

public sealed class SchemaDocumentTests : IDisposable
{
    /// <summary>Set to 1 to rewrite the generated part of docs/schema.md instead of comparing it.</summary>
    private const string UpdateVariable = "WAREHOUSE_UPDATE_DOCS";

    private readonly TestWarehouse _warehouse = TestWarehouse.Create();

    [Fact]
    public void Every_model_declares_its_grain_and_key()
    {
        var schema = TestWarehouse.EmbeddedCatalog.Schema;

        Assert.All(TestWarehouse.EmbeddedCatalog.Models, m =>
        {
            var declaration = schema.Find(m.Relation);
            Assert.True(declaration is not null, $"{m.Relation} is not declared in {ModelCatalog.SchemaFile}");
            Assert.NotEmpty(declaration.Key);
            Assert.False(string.IsNullOrWhiteSpace(declaration.Grain));
        });
    }

    [Fact]
    public void Every_column_of_the_core_and_mart_tables_is_described()
    {
        _warehouse.Build();

        var built = _warehouse.Rows("""
            select schema_name || '.' || table_name || '.' || column_name from duckdb_columns()
            where schema_name in ('core', 'marts') order by all
            """);
        var described = TestWarehouse.EmbeddedCatalog.Schema.Relations
            .Where(r => r.Schema is "core" or "marts" && r.BuiltBy is null)
            .SelectMany(r => r.Columns.Select(c => $"{r.Name}.{c.Name}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(described, built);
    }

    [Fact]
    public void The_schema_document_shows_the_tables_and_metrics_as_declared()
    {
        _warehouse.Build();
        var path = Path.Combine(RepositoryRoot(), "docs", "schema.md");
        var committed = File.ReadAllText(path);

        var current = SchemaDocument.ReplaceGenerated(
            committed, SchemaDocument.Render(TestWarehouse.EmbeddedCatalog.Schema, _warehouse.Database));

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, current);
        }

        Assert.True(
            current == committed,
            $"docs/schema.md is out of date with {ModelCatalog.SchemaFile}; run the tests with {UpdateVariable}=1.");
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Warehouse.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName
            ?? throw new InvalidOperationException("Warehouse.sln not found above the test folder.");
    }

    public void Dispose() => _warehouse.Dispose();
}
