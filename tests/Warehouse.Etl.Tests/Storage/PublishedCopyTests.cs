using Warehouse.Etl.Storage;
using Warehouse.Etl.Tests.Build;

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
    public void Publishing_writes_a_copy_that_opens_read_only_and_holds_the_bookkeeping_but_no_raw_schema()
    {
        var customers = _warehouse.WriteFile(
            "customers.csv",
            "customer_id,snapshot_date,full_name,email,birth_date,region,segment,income_band,open_date,status\n"
            + "00001,2025-11-30,Customer 00001,c00001@example.com,1981-09-17,south,mass_market,upper_middle,"
            + "2022-06-20,active\n");
        _warehouse.Load("customers", customers);

        var published = Publish(customerIdsPseudonymised: false);

        Assert.Equal(Path.Combine(_warehouse.Folder, "warehouse.published.duckdb"), published);
        using var copy = WarehouseDatabase.OpenReadOnly(published!);
        Assert.Equal(1L, Scalar<long>(copy, "select count(*) from meta.load_batches where status = 'loaded'"));
        Assert.Equal(
            "core, marts, meta, staging",
            Scalar<string>(
                copy,
                """
                select string_agg(schema_name, ', ' order by schema_name) from duckdb_schemas()
                where database_name = current_database()
                  and schema_name not in ('main', 'information_schema', 'pg_catalog')
                """));
        Assert.Equal(1L, _warehouse.Scalar<long>("select count(*) from raw.customers"));
    }

    [Fact]
    public void Rejected_personal_values_are_withheld_and_customer_ids_shown_when_no_pseudonym_key_is_set()
    {
        // Two of three records broken: the file is refused, and both rejects are kept with their values.
        var customers = _warehouse.WriteFile(
            "customers.csv",
            "customer_id,snapshot_date,full_name,email,birth_date,region,segment,income_band,open_date,status\n"
            + "00001,2025-11-30,Customer 00001,c00001@example.com,1981-09-17,south,mass_market,middle,2022-06-20,"
            + "active\n"
            + "00002 ,2025-11-30,Customer 00002,c00002@example.com,1975-04-02,south,mass_market,middle,2022-06-20,"
            + "active\n"
            + "00003,2025-11-30,Customer 00003,c00003@example.com,1975-02-29,south,mass_market,middle,2022-06-20,"
            + "active\n");
        _warehouse.Load("customers", customers);

        var published = Publish(customerIdsPseudonymised: false);

        using var copy = WarehouseDatabase.OpenReadOnly(published!);
        Assert.Equal(
            ["birth_date | (personal data withheld)", "customer_id | 00002 "],
            TestWarehouse.RowsOf(copy, "select column_name, value from meta.load_rejects order by column_name"));
        Assert.Equal(
            ["birth_date | 1975-02-29", "customer_id | 00002 "],
            TestWarehouse.RowsOf(
                _warehouse.Database, "select column_name, value from meta.load_rejects order by column_name"));
    }

    [Fact]
    public void Publishing_removes_the_temporary_copies_of_a_publish_that_was_killed_before_its_rename()
    {
        var leftover = _warehouse.WriteFile("warehouse.published.duckdb.0123abcd.tmp", "half a copy");
        var leftoverLog = _warehouse.WriteFile("warehouse.published.duckdb.0123abcd.tmp.wal", "its log");
        var unrelated = _warehouse.WriteFile("notes.tmp", "kept");

        Publish(customerIdsPseudonymised: false);

        Assert.False(File.Exists(leftover));
        Assert.False(File.Exists(leftoverLog));
        Assert.True(File.Exists(unrelated));
        Assert.Equal([unrelated], Directory.GetFiles(_warehouse.Folder, "*.tmp*"));
    }

    [Fact]
    public void A_publish_that_fails_while_copying_leaves_the_previous_copy_as_it_was_and_no_temporary_file()
    {
        var published = Publish(customerIdsPseudonymised: false)!;
        var previous = File.ReadAllBytes(published);

        // A generated column takes no inserted value, so copying this table's rows fails half-way through the
        // copy. The warehouse never makes such a table; it stands here for any failure while writing the copy.
        _warehouse.Database.Execute(
            "create table meta.publish_breaker (a integer, b integer as (a + 1)); "
            + "insert into meta.publish_breaker (a) values (1)");
        var failure = Assert.Throws<WarehouseException>(() => Publish(customerIdsPseudonymised: false));

        Assert.Contains($"could not be published to {published}", failure.Message, StringComparison.Ordinal);
        Assert.Contains(
            "The previous published copy, if any, is unchanged.", failure.Message, StringComparison.Ordinal);
        Assert.Equal(previous, File.ReadAllBytes(published));
        Assert.Empty(Directory.GetFiles(_warehouse.Folder, "*.tmp*"));
        Assert.Equal(1L, _warehouse.Scalar<long>("select count(*) from duckdb_databases() where not internal"));
    }

    [Fact]
    public void An_in_memory_warehouse_publishes_nothing()
    {
        using var memory = WarehouseDatabase.Open(":memory:", _warehouse.Contracts);

        Assert.Null(PublishedCopy.Publish(memory, _warehouse.Contracts, customerIdsPseudonymised: false));
    }

    public void Dispose() => _warehouse.Dispose();

    private string? Publish(bool customerIdsPseudonymised) =>
        PublishedCopy.Publish(_warehouse.Database, _warehouse.Contracts, customerIdsPseudonymised);

    private static T Scalar<T>(WarehouseDatabase database, string sql) =>
        Dapper.SqlMapper.ExecuteScalar<T>(database.Connection, sql)!;
}
