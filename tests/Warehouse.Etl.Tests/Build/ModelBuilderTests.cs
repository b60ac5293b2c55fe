namespace Warehouse.Etl.Tests.Build;

public sealed class ModelBuilderTests
{
    [Fact]
    public void An_empty_warehouse_builds_and_passes_every_data_test()
    {
        using var warehouse = TestWarehouse.Create();

        var report = warehouse.Build();

        Assert.All(report.Models.Where(m => m.Relation != "core.dim_pilot_metric"), m => Assert.Equal(0, m.RowCount));
        Assert.All(report.DataTests, t => Assert.True(t.Passed, t.Name));
        var types = warehouse.Rows("select schema_name || '.' || table_name || '.' || column_name || ' ' || data_type from duckdb_columns() where schema_name in ('core','marts') and (data_type like 'HUGEINT%' or data_type like 'DECIMAL(38%' or data_type like 'INT128%')");
        Assert.True(types.Count == 0, string.Join("\n", types));
    }
}
