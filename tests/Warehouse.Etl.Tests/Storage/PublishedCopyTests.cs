using System.Globalization;
using Warehouse.Etl.Storage;

namespace Warehouse.Etl.Tests.Storage;

/// <summary>The analysts' copy written beside a real warehouse file.</summary>
public sealed class PublishedCopyTests : IDisposable
{
    private readonly TemporaryWarehouse _warehouse = new();

    [Fact]
    public void The_published_copy_sits_beside_the_warehouse_with_published_before_the_extension()
    {
        var folder = Path.Combine(Path.GetTempPath(), "reports");

        Assert.Equal(
            Path.Combine(folder, "warehouse.published.duckdb"),
            PublishedCopy.PathOf(Path.Combine(folder, "warehouse.duckdb")));
    }

    [Fact]
    public void Publishing_writes_a_copy_that_opens_read_only_and_holds_the_warehouse_rows()
    {
        var customers = _warehouse.WriteFile(
            "customers.csv",
            "customer_id,snapshot_date,full_name,email,birth_date,region,segment,income_band,open_date,status\n"
            + "00001,2025-11-30,Customer 00001,c00001@example.com,1981-09-17,south,mass_market,upper_middle,"
            + "2022-06-20,active\n");
        _warehouse.Load("customers", customers);

        var published = PublishedCopy.Publish(_warehouse.Database);

        Assert.Equal(Path.Combine(_warehouse.Folder, "warehouse.published.duckdb"), published);
        using var copy = WarehouseDatabase.OpenReadOnly(published!);
        using var command = copy.Connection.CreateCommand();
        command.CommandText = "select count(*) from raw.customers";
        Assert.Equal(1L, Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Publishing_removes_the_temporary_copies_of_a_publish_that_was_killed_before_its_rename()
    {
        var leftover = _warehouse.WriteFile("warehouse.published.duckdb.0123abcd.tmp", "half a copy");
        var unrelated = _warehouse.WriteFile("notes.tmp", "kept");

        PublishedCopy.Publish(_warehouse.Database);

        Assert.False(File.Exists(leftover));
        Assert.True(File.Exists(unrelated));
        Assert.Equal([unrelated], Directory.GetFiles(_warehouse.Folder, "*.tmp"));
    }

    [Fact]
    public void An_in_memory_warehouse_publishes_nothing()
    {
        using var memory = WarehouseDatabase.Open(":memory:", _warehouse.Contracts);

        Assert.Null(PublishedCopy.Publish(memory));
    }

    public void Dispose() => _warehouse.Dispose();
}
