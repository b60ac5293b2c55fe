using Warehouse.Etl.Contracts;

namespace Warehouse.Etl.Build;

/// <summary>
/// The models of the warehouse in build order, the declarations of the tables they build, and the data
/// tests those tables must pass. The shipped catalogue comes from <c>sql/models/</c> and <c>sql/tests/</c>.
/// </summary>
public sealed class ModelCatalog
{
    /// <summary>Where the table declarations and generic tests are kept.</summary>
    public const string SchemaFile = "sql/tests/schema.json";

    private ModelCatalog(IReadOnlyList<SqlModel> models, RelationSchema schema, IReadOnlyList<DataTest> dataTests)
    {
        Models = models;
        Schema = schema;
        DataTests = dataTests;
    }

    /// <summary>
    /// Bookkeeping the loader writes that models may read besides the raw tables: the batches with the mapping
    /// each came through, and the periods of a batch a later delivery of the same series replaced, by which
    /// staging keeps only the latest delivery of a period.
    /// </summary>
    public static IReadOnlyList<string> LoaderTables { get; } =
        ["meta.batch_periods", "meta.load_batches", "meta.superseded_periods"];

    /// <summary>The models, each after the models it reads.</summary>
    public IReadOnlyList<SqlModel> Models { get; }

    /// <summary>Descriptions, grains, keys and generic tests of the tables.</summary>
    public RelationSchema Schema { get; }

    /// <summary>Generic tests expanded from the schema, then the singular tests.</summary>
    public IReadOnlyList<DataTest> DataTests { get; }

    /// <summary>The catalogue shipped inside the program.</summary>
    public static ModelCatalog LoadEmbedded(ContractCatalog contracts)
    {
        var models = SqlResources.Names("sql/models/")
            .Where(n => n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => SqlModel.FromFile(n, SqlResources.Read(n)));
        var schema = RelationSchema.Parse(SqlResources.Read(SchemaFile), SchemaFile);
        var singularTests = SqlResources.Names("sql/tests/")
            .Where(n => n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => SingularTest(n, SqlResources.Read(n)));
        return Create(models, schema, singularTests, contracts);
    }

    /// <summary>
    /// A catalogue from the given parts. Throws a <see cref="WarehouseException"/> with
    /// <see cref="ExitCode.BuildFailed"/> when models read unknown tables or each other in a cycle, when the
    /// schema declares a table that nothing builds, or when tests share a name or read unknown tables.
    /// </summary>
    public static ModelCatalog Create(
        IEnumerable<SqlModel> models,
        RelationSchema schema,
        IEnumerable<DataTest> singularTests,
        ContractCatalog contracts)
    {
        var rawTables = contracts.All.Select(c => c.RawTable).ToHashSet(StringComparer.Ordinal);
        var ordered = ModelGraph.Order(models, rawTables.Concat(LoaderTables).ToHashSet(StringComparer.Ordinal));
        var modelRelations = ordered.Select(m => m.Relation).ToHashSet(StringComparer.Ordinal);

        var undeclared = schema.Relations
            .Where(r => r.BuiltBy is null && !modelRelations.Contains(r.Name))
            .Select(r => r.Name)
            .ToList();
        if (undeclared.Count > 0)
        {
            throw new WarehouseException(
                $"{SchemaFile} declares {string.Join(", ", undeclared)}, which no model builds. "
                + "Add the model, or set built_by when a C# job writes the table.",
                ExitCode.BuildFailed);
        }

        var tests = GenericTests.Expand(schema, SchemaFile).Concat(singularTests).ToList();
        CheckTests(tests, modelRelations, rawTables, schema);
        return new ModelCatalog(ordered, schema, tests);
    }

    /// <summary>A singular test: a file of SQL returning failing rows, named after the file.</summary>
    public static DataTest SingularTest(string file, string sql)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        return new DataTest(name, file, sql.TrimEnd().TrimEnd(';'), SqlReferences.Find(sql));
    }

    private static void CheckTests(
        List<DataTest> tests,
        HashSet<string> models,
        HashSet<string> rawTables,
        RelationSchema schema)
    {
        var duplicate = tests.GroupBy(t => t.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            var sources = string.Join(", ", duplicate.Select(t => t.Source));
            throw new WarehouseException(
                $"Two data tests are named {duplicate.Key}; rename one ({sources}).", ExitCode.BuildFailed);
        }

        foreach (var test in tests)
        {
            var unknown = test.Relations
                .Where(r => !models.Contains(r) && !rawTables.Contains(r) && schema.Find(r) is null)
                .ToList();
            if (unknown.Count > 0)
            {
                throw new WarehouseException(
                    $"Data test {test.Name} ({test.Source}) reads {string.Join(", ", unknown)}, which nothing builds.",
                    ExitCode.BuildFailed);
            }
        }
    }
}
