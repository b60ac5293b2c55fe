using System.Text;
using Warehouse.Etl.Storage;
using Warehouse.Etl.Tests.Build;

namespace Warehouse.Etl.Tests.Storage;

/// <summary>
/// The published copy of a built warehouse, as analysts open it: no raw schema, no name, e-mail address, birth
/// date or (with a pseudonym key) source customer id anywhere in the file, and every other table as the
/// warehouse holds it.
/// </summary>
public sealed class PublishedCopyPrivacyTests(PublishedSample sample) : IClassFixture<PublishedSample>
{
    private const string Copy = "analyst_copy";

    /// <summary>Personal texts of the sample; the warehouse holds each, in raw or among its rejects.</summary>
    private static readonly string[] PersonalTexts =
    [
        PublishedSample.LoadedName,
        PublishedSample.LoadedEmail,
        PublishedSample.LoadedId,
        PublishedSample.RejectedBirthDate,
        PublishedSample.UnreadableName,
        PublishedSample.UnreadableEmail,
        PublishedSample.SpacedId.Trim(),
        PublishedSample.DuplicatedId,
    ];

    [Fact]
    public void The_copy_has_the_staging_core_marts_and_meta_schemas_and_no_raw_schema()
    {
        using var copy = WarehouseDatabase.OpenReadOnly(sample.PublishedPath);

        Assert.Equal(
            ["core", "marts", "meta", "staging"],
            TestWarehouse.RowsOf(
                copy,
                """
                select schema_name from duckdb_schemas()
                where database_name = current_database()
                  and schema_name not in ('main', 'information_schema', 'pg_catalog')
                order by schema_name
                """));
        Assert.Equal(
            ["0"], TestWarehouse.RowsOf(copy, "select count(*) from duckdb_tables() where schema_name = 'raw'"));
    }

    [Fact]
    public void No_personal_text_of_the_warehouse_occurs_among_the_bytes_of_the_copy()
    {
        var warehouseBytes = File.ReadAllBytes(sample.Warehouse.DatabasePath);
        var copyBytes = File.ReadAllBytes(sample.PublishedPath);

        // The warehouse file holds each text as it was read, so a search of the copy's bytes could find it.
        Assert.All(PersonalTexts, text => Assert.True(Occurs(warehouseBytes, text), $"'{text}' is in the warehouse"));
        Assert.All(PersonalTexts, text => Assert.False(Occurs(copyBytes, text), $"'{text}' is in the copy's bytes"));
    }

    [Fact]
    public void No_text_column_of_any_table_of_the_copy_holds_a_personal_text_or_a_source_customer_id()
    {
        var inWarehouse = TextColumnsHolding(WarehouseCatalog);

        var inCopy = WithCopyAttached(() => TextColumnsHolding(Copy));

        Assert.Contains("raw.customers.full_name", inWarehouse);
        Assert.Contains("raw.customers.email", inWarehouse);
        Assert.Contains("meta.load_rejects.value", inWarehouse);
        Assert.Empty(inCopy);
    }

    [Fact]
    public void Rejected_personal_values_and_customer_ids_read_withheld_and_every_other_reject_as_recorded()
    {
        var recorded = Rows(CustomerRejects(WarehouseCatalog, "value"));
        var recordedRules = Rows(CustomerRejects(WarehouseCatalog, "column_name, rule"));

        var (shown, shownRules) = WithCopyAttached(
            () => (Rows(CustomerRejects(Copy, "value")), Rows(CustomerRejects(Copy, "column_name, rule"))));

        // By line: the birth date, the unreadable record, the spaced id, both duplicate lines, the status.
        var withheld = PublishedRejects.Withheld;
        Assert.Equal(
            [PublishedSample.RejectedBirthDate, PublishedSample.SpacedId, "XQ9005 | 2026-10-31", "XQ9005 | 2026-10-31"],
            recorded.Where((_, i) => i is 0 or 2 or 3 or 4));
        Assert.Contains(PublishedSample.UnreadableEmail, recorded[1], StringComparison.Ordinal);
        Assert.Equal([withheld, withheld, withheld, withheld, withheld, PublishedSample.UnknownStatus], shown);
        Assert.Equal(recordedRules, shownRules);
        Assert.Equal("status | not an allowed value: one of active, dormant, closed", shownRules[5]);
    }

    [Fact]
    public void Every_table_of_the_copy_but_the_rejects_holds_exactly_the_rows_of_the_warehouse()
    {
        var tables = Rows(
            """
            select schema_name || '.' || table_name from duckdb_tables()
            where database_name = current_database() and schema_name <> 'raw'
              and (schema_name, table_name) <> ('meta', 'load_rejects')
            order by 1
            """);

        var differences = WithCopyAttached(() => tables
            .Select(t => (Table: t, Rows: Rows(
                $"""
                select (select count(*) from (select * from {t} except all select * from {Copy}.{t}))
                     + (select count(*) from (select * from {Copy}.{t} except all select * from {t})),
                       (select count(*) from {t})
                """)[0].Split(" | ")))
            .ToList());

        Assert.Contains("marts.portfolio_kpis_monthly", tables);
        Assert.Contains("marts.pilot_lift", tables);
        Assert.Contains("core.dim_customer", tables);
        Assert.All(differences, d => Assert.True(d.Rows[0] == "0", $"{d.Table}: {d.Rows[0]} rows differ"));
        Assert.All(
            differences.Where(d => d.Table.StartsWith("marts.", StringComparison.Ordinal)),
            d => Assert.NotEqual("0", d.Rows[1]));
    }

    [Fact]
    public void The_copy_keeps_the_descriptions_of_the_tables_and_columns()
    {
        var warehouse = Rows(Comments(WarehouseCatalog));

        var copy = WithCopyAttached(() => Rows(Comments(Copy)));

        Assert.NotEmpty(warehouse);
        Assert.Equal(warehouse, copy);
    }

    private string WarehouseCatalog => Rows("select current_database()")[0];

    private static string CustomerRejects(string catalog, string columns) => $"""
        select {columns} from "{catalog}".meta.load_rejects
        where extract = 'customers' order by source_line, column_name
        """;

    private static string Comments(string catalog) => $"""
        select schema_name, table_name, column_name, comment from duckdb_columns()
        where database_name = '{catalog}' and schema_name <> 'raw' and comment is not null
        order by all
        """;

    /// <summary>
    /// Every text column, as <c>schema.table.column</c>, of the database <paramref name="catalog"/> on the
    /// warehouse's connection that holds a personal text of the sample or equals a source customer id of the
    /// warehouse's raw tables.
    /// </summary>
    private List<string> TextColumnsHolding(string catalog)
    {
        var columns = Rows(
            $"""
            select schema_name, table_name, column_name from duckdb_columns()
            where database_name = '{catalog}' and data_type = 'VARCHAR'
            order by all
            """);
        var texts = string.Join(", ", PersonalTexts.Select(t => $"'{t}'"));
        const string SourceIds = """
            select trim(customer_id) from raw.customers
            union select trim(customer_id) from raw.risk_accounts
            union select trim(customer_id) from raw.engagement_events
            union select trim(customer_id) from raw.survey_responses
            union select trim(customer_id) from raw.pilot_assignments
            """;

        return columns
            .Select(c => c.Split(" | "))
            .Where(c => Rows(
                $"""
                select count(*) from "{catalog}"."{c[0]}"."{c[1]}"
                where list_bool_or(list_transform([{texts}], t -> contains("{c[2]}", t)))
                   or trim("{c[2]}") in ({SourceIds})
                """)[0] != "0")
            .Select(c => string.Join('.', c))
            .ToList();
    }

    private List<string> Rows(string sql) => TestWarehouse.RowsOf(sample.Warehouse.Database, sql);

    private T WithCopyAttached<T>(Func<T> read)
    {
        sample.Warehouse.Database.Execute($"attach '{sample.PublishedPath}' as {Copy} (read_only)");
        try
        {
            return read();
        }
        finally
        {
            sample.Warehouse.Database.Execute($"detach {Copy}");
        }
    }

    private static bool Occurs(byte[] haystack, string text) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}
