namespace Warehouse.Etl.Tests.Build;

/// <summary>The customer dimension as a slowly changing dimension of type 2 over the customer snapshots.</summary>
public sealed class CustomerDimensionTests
{
    private const string Versions =
        "select customer_id, region, valid_from, valid_to, is_current, version_number "
        + "from core.dim_customer order by customer_id, valid_from";

    [Fact]
    public void A_changed_attribute_starts_a_new_version_and_closes_the_old_one()
    {
        using var warehouse = TestWarehouse.Create();
        // C1 moves from north to south in the March snapshot; February repeats January; C2 never changes.
        warehouse.InsertSnapshot(batch: 1, "2024-01-31", ("C1", "north"), ("C2", "east"));
        warehouse.InsertSnapshot(batch: 2, "2024-02-29", ("C1", "north"), ("C2", "east"));
        warehouse.InsertSnapshot(batch: 3, "2024-03-31", ("C1", "south"), ("C2", "east"));

        warehouse.Build();

        // By hand: C1's first version runs from its first snapshot up to (excluding) the snapshot showing the
        // move; the second is open-ended and current. C2 has one open-ended version.
        Assert.Equal(
            [
                "C1 | north | 2024-01-31 | 2024-03-31 | false | 1",
                "C1 | south | 2024-03-31 | 9999-12-31 | true | 2",
                "C2 | east | 2024-01-31 | 9999-12-31 | true | 1",
            ],
            warehouse.Rows(Versions));
    }

    [Fact]
    public void Rebuilding_after_a_redelivery_and_an_unchanged_snapshot_adds_no_version()
    {
        using var warehouse = TestWarehouse.Create();
        warehouse.InsertSnapshot(batch: 1, "2024-01-31", ("C1", "north"));
        warehouse.InsertSnapshot(batch: 2, "2024-03-31", ("C1", "south"));
        warehouse.Build();
        var before = warehouse.Rows("select customer_key, " + Versions["select ".Length..]);

        warehouse.InsertSnapshot(batch: 3, "2024-03-31", ("C1", "south"));
        warehouse.InsertSnapshot(batch: 4, "2024-04-30", ("C1", "south"));
        warehouse.Build();

        Assert.Equal(2, before.Count);
        Assert.Equal(before, warehouse.Rows("select customer_key, " + Versions["select ".Length..]));
    }

    [Fact]
    public void Returning_to_an_earlier_value_is_a_third_version()
    {
        using var warehouse = TestWarehouse.Create();
        warehouse.InsertSnapshot(batch: 1, "2024-01-31", ("C1", "north"));
        warehouse.InsertSnapshot(batch: 2, "2024-02-29", ("C1", "south"));
        warehouse.InsertSnapshot(batch: 3, "2024-03-31", ("C1", "north"));

        warehouse.Build();

        Assert.Equal(
            [
                "C1 | north | 2024-01-31 | 2024-02-29 | false | 1",
                "C1 | south | 2024-02-29 | 2024-03-31 | false | 2",
                "C1 | north | 2024-03-31 | 9999-12-31 | true | 3",
            ],
            warehouse.Rows(Versions));
    }

    [Fact]
    public void A_value_appearing_is_a_change_and_two_missing_values_are_not()
    {
        using var warehouse = TestWarehouse.Create();
        // open_date: missing in January and February, then known in March.
        warehouse.Execute("""
            insert into raw.customers
                (customer_id, snapshot_date, region, segment, open_date, status,
                 _batch_id, _source_file, _source_line)
            values
                ('C1', '2024-01-31', 'north', 'retail', null, 'active', 1, 'c.csv', 2),
                ('C1', '2024-02-29', 'north', 'retail', null, 'active', 2, 'c.csv', 2),
                ('C1', '2024-03-31', 'north', 'retail', '2010-06-01', 'active', 3, 'c.csv', 2)
            """);

        warehouse.Build();

        Assert.Equal(
            ["2024-01-31 | 2024-03-31 | null", "2024-03-31 | 9999-12-31 | 2010-06-01"],
            warehouse.Rows("select valid_from, valid_to, open_date from core.dim_customer order by valid_from"));
    }

    [Fact]
    public void The_latest_delivery_of_a_snapshot_wins_and_personal_data_stays_in_raw()
    {
        using var warehouse = TestWarehouse.Create();
        // The same snapshot delivered twice: batch 7 corrects the region of batch 3.
        warehouse.Execute("""
            insert into raw.customers
                (customer_id, snapshot_date, full_name, email, birth_date, region, segment,
                 status, _batch_id, _source_file, _source_line)
            values
                ('C1', '2024-01-31', 'A. Person', 'a@example.org', '1980-05-01', 'north', 'retail',
                 'active', 7, 'c2.csv', 2),
                ('C1', '2024-01-31', 'A. Person', 'a@example.org', '1980-05-01', 'west', 'retail',
                 'active', 3, 'c1.csv', 2)
            """);

        warehouse.Build();

        // Age on 2024-01-31 of someone born 1980-05-01: 43 whole years, in the 35-44 band.
        Assert.Equal(
            ["C1 | north | 35-44 | 7"],
            warehouse.Rows("select customer_id, region, age_band, _batch_id from staging.stg_customers"));
        Assert.Equal(
            ["north | 35-44"],
            warehouse.Rows("select region, age_band from core.dim_customer"));
    }

    [Theory]
    [InlineData("staging", "full_name")]
    [InlineData("marts", "customer_email")]
    [InlineData("core", "date_of_birth")]
    [InlineData("sandbox", "email_address")]
    public void A_personal_column_in_any_schema_but_raw_and_meta_fails_the_build(string schema, string column)
    {
        using var warehouse = TestWarehouse.Create();
        var builder = warehouse.Builder();
        var report = builder.BuildModels();

        // A table an analyst could see, whatever schema it was put in; meta's and raw's are not analyst-facing.
        warehouse.Execute($"create schema if not exists {schema}");
        warehouse.Execute($"create table {schema}.leaked as select 'x' as {column}, 'Mon' as day_name");
        warehouse.Execute("create table meta.kept as select 'x' as full_name");
        var error = Assert.Throws<WarehouseException>(() => builder.RunDataTests(report.RunId));

        Assert.Contains("1 of", error.Message, StringComparison.Ordinal);
        Assert.Contains("analyst_tables_hold_no_personal_data: 1 failing row", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2006-02-01", "17 years 11 months", "under_18")]
    [InlineData("2006-01-31", "18th birthday", "18-24")]
    [InlineData("1999-02-01", "24 years 11 months", "18-24")]
    [InlineData("1999-01-31", "25th birthday", "25-34")]
    [InlineData("1959-02-01", "64 years 11 months", "55-64")]
    [InlineData("1959-01-31", "65th birthday", "65+")]
    [InlineData(null, "no birth date", "unknown")]
    public void The_age_band_counts_whole_years_on_the_snapshot_date(string? birthDate, string age, string band)
    {
        using var warehouse = TestWarehouse.Create();
        var birth = birthDate is null ? "null" : $"'{birthDate}'";
        warehouse.Execute($"""
            insert into raw.customers
                (customer_id, snapshot_date, birth_date, region, segment, status,
                 _batch_id, _source_file, _source_line)
            values ('C1', '2024-01-31', {birth}, 'north', 'retail', 'active', 1, 'c.csv', 2)
            """);

        warehouse.Build();

        Assert.True(band == (string?)warehouse.Scalar("select age_band from core.dim_customer"), age);
    }
}
