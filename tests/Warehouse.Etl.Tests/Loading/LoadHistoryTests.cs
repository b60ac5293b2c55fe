using Warehouse.Etl.Loading;

namespace Warehouse.Etl.Tests.Loading;

/// <summary>How <c>warehouse history</c> prints batches; the rows here are written by hand, not loaded.</summary>
public sealed class LoadHistoryTests
{
    private static readonly BatchHistory Customers = new(
        7, "customers", null, "/extracts/customers.csv", "loaded", new DateTime(2024, 3, 1, 9, 30, 0), 3, 0, 3,
        "day", [new DateOnly(2024, 2, 29)], "wholly", [9, 12], null, null);

    private static readonly BatchHistory Refused = new(
        8, "risk", "uci-credit-risk", "/extracts/risk, \"v2\".csv", "refused", new DateTime(2024, 3, 2), 0, 0, 0,
        null, [], null, [], "added branch", "the columns differ from batch 3, the last loaded delivery");

    [Fact]
    public void Months_show_as_a_range_with_their_count_and_a_single_day_as_its_date()
    {
        var months = Customers with
        {
            Grain = "month",
            Periods = [new DateOnly(2024, 1, 1), new DateOnly(2024, 2, 1), new DateOnly(2024, 4, 1)],
        };

        Assert.Equal("2024-01..2024-04 (3)", LoadHistory.PeriodRange(months));
        Assert.Equal("2024-02-29", LoadHistory.PeriodRange(Customers));
        Assert.Equal("", LoadHistory.PeriodRange(Refused));
    }

    [Fact]
    public void The_table_names_the_superseding_batches_and_gives_each_refusal_beneath()
    {
        var text = LoadHistory.Format([Customers, Refused], OutputFormat.Table);

        var lines = text.Split('\n');
        Assert.StartsWith("batch  extract", lines[0], StringComparison.Ordinal);
        Assert.Contains("wholly by 9, 12", lines[2], StringComparison.Ordinal);
        Assert.EndsWith("customers.csv", lines[2], StringComparison.Ordinal);
        Assert.Equal("batch 8 refused: the columns differ from batch 3, the last loaded delivery", lines[4]);
    }

    [Fact]
    public void Csv_quotes_fields_with_commas_or_quotes_and_joins_lists_with_semicolons()
    {
        var text = LoadHistory.Format([Customers, Refused], OutputFormat.Csv);

        var lines = text.Split("\r\n");
        Assert.Equal(
            "batch_id,extract,mapping,source_file,status,loaded_at,records_read,records_rejected,rows_loaded,grain,"
            + "periods,superseded,superseded_by,drift,message",
            lines[0]);
        Assert.Equal("7,customers,,/extracts/customers.csv,loaded,2024-03-01 09:30:00,3,0,3,day,2024-02-29,wholly,9;12,,",
            lines[1]);
        Assert.StartsWith("8,risk,uci-credit-risk,\"/extracts/risk, \"\"v2\"\".csv\",refused,", lines[2],
            StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_print_all_values_in_csv_but_at_most_the_asked_number_in_the_table()
    {
        var rejects = Enumerable.Range(2, 5)
            .Select(line => new RejectedValue("risk.csv", line, "balance", "1.234", "decimal(18,2)"))
            .ToList();

        var table = LoadHistory.FormatRejects(rejects, OutputFormat.Table, maxRows: 2);
        var csv = LoadHistory.FormatRejects(rejects, OutputFormat.Csv, maxRows: 2);

        // A header, its rule, two rows and the count.
        Assert.Equal(5, table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.EndsWith("(5 rejected values, first 2 shown; --format csv gives all)\n", table, StringComparison.Ordinal);
        Assert.Equal(6, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
