using Warehouse.Etl.Build;
using Warehouse.Etl.Contracts;

namespace Warehouse.Etl.Tests.Build;

public sealed class ModelGraphTests
{
    private static readonly ContractCatalog Contracts = ContractCatalog.LoadEmbedded();

    private static readonly RelationSchema NoDeclarations = new() { Relations = [] };

    [Fact]
    public void The_shipped_models_build_staging_then_core_then_marts_each_after_what_it_reads()
    {
        var models = TestWarehouse.EmbeddedCatalog.Models;

        var layers = models.Select(m => m.Schema).Distinct().ToList();
        Assert.Equal(["staging", "core", "marts"], layers);
        for (var i = 0; i < models.Count; i++)
        {
            var later = models.Skip(i + 1).Select(m => m.Relation).ToHashSet();
            var readsLater = SqlReferences.Find(models[i].Sql).Where(later.Contains).ToList();
            Assert.True(readsLater.Count == 0, $"{models[i].Relation} reads {string.Join(", ", readsLater)}");
        }
    }

    [Fact]
    public void Every_model_file_is_named_as_the_table_it_builds()
    {
        var models = TestWarehouse.EmbeddedCatalog.Models;

        Assert.All(models, m => Assert.Equal($"sql/models/{m.Schema}/{m.Name}.sql", m.File));
        Assert.Contains(models, m => m.Relation == "core.dim_customer");
        Assert.Contains(models, m => m.Relation == "staging.stg_customers");
    }

    [Fact]
    public void Models_that_read_each_other_are_reported_as_a_cycle()
    {
        var models = new[]
        {
            SqlModel.FromFile("sql/models/core/first.sql", "select * from core.second"),
            SqlModel.FromFile("sql/models/core/second.sql", "select * from core.first"),
            SqlModel.FromFile("sql/models/staging/stg_risk.sql", "select * from raw.risk_accounts"),
        };

        var error = Assert.Throws<WarehouseException>(() => ModelCatalog.Create(models, NoDeclarations, [], Contracts));

        Assert.Equal(ExitCode.BuildFailed, error.ExitCode);
        Assert.Contains("core.first reads core.second reads core.first", error.Message);
        Assert.Contains("sql/models/core/first.sql, sql/models/core/second.sql", error.Message);
    }

    [Fact]
    public void A_model_reading_an_unknown_table_names_its_file_and_the_table()
    {
        var models = new[] { SqlModel.FromFile("sql/models/marts/orphan.sql", "select * from core.dim_nothing") };

        var error = Assert.Throws<WarehouseException>(() => ModelCatalog.Create(models, NoDeclarations, [], Contracts));

        Assert.Contains("marts.orphan (sql/models/marts/orphan.sql) reads core.dim_nothing", error.Message);
    }

    [Fact]
    public void Names_in_comments_and_string_literals_are_not_references()
    {
        const string sql = """
            -- builds core.own_table from staging.stg_risk
            /* core.own_table again */
            select 'marts.not_a_table' as label, it.x
            from staging.stg_risk as it
            """;

        Assert.Equal(["staging.stg_risk"], SqlReferences.Find(sql));
    }

    [Fact]
    public void Raw_tables_of_the_contracts_are_known_sources()
    {
        var models = new[] { SqlModel.FromFile("sql/models/staging/stg_risk.sql", "select * from raw.risk_accounts") };

        var catalog = ModelCatalog.Create(models, NoDeclarations, [], Contracts);

        Assert.Equal("staging.stg_risk", Assert.Single(catalog.Models).Relation);
    }

    [Fact]
    public void A_declaration_of_a_table_nothing_builds_is_refused()
    {
        var schema = new RelationSchema
        {
            Relations =
            [
                new RelationDeclaration { Name = "marts.ghost", Description = "None.", Grain = "none", Key = [] },
            ],
        };

        var error = Assert.Throws<WarehouseException>(() => ModelCatalog.Create([], schema, [], Contracts));

        Assert.Contains("marts.ghost, which no model builds", error.Message);
    }
}
