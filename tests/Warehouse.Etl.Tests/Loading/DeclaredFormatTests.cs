using Dapper;
using Warehouse.Etl.Contracts;
using Warehouse.Etl.Loading;

namespace Warehouse.Etl.Tests.Loading;

/// <summary>
/// Amounts, dates and timestamps are read exactly as the dialect declares them, and text that could be read
/// more than one way is rejected with the rule that says what to declare.
/// </summary>
public sealed class DeclaredFormatTests : IDisposable
{
    private const string RiskHeader =
        "as_of_date;account_id;customer_id;product;balance;days_past_due;is_charged_off\n";

    private static readonly CsvDialect Semicolon = new() { Delimiter = ";" };

    private static readonly CsvDialect European =
        Semicolon with { DecimalSeparator = ",", ThousandsSeparator = "." };

    private readonly TemporaryWarehouse _warehouse = new();

    [Fact]
    public void A_decimal_comma_with_thousands_dots_loads_exact_amounts()
    {
        var file = _warehouse.WriteFile("eu.csv", RiskHeader
            + Risk("A1", "1.234.567,89")
            + Risk("A2", "-0,5")
            + Risk("A3", "1234,50")
            + Risk("A4", "999")
            + Risk("A5", "9.999.999.999.999.999,99"));

        var result = LoadRisk(file, European);

        // Read by hand: the dots group thousands, the comma starts the cents.
        Assert.Equal((LoadStatus.Loaded, 5L), (result.Status, result.RowsLoaded));
        Assert.Equal(
            [1_234_567.89m, -0.50m, 1_234.50m, 999.00m, 9_999_999_999_999_999.99m],
            _warehouse.Database.Connection.Query<decimal>("select balance from raw.risk_accounts order by account_id"));
    }

    [Theory]
    [InlineData(".", ",", "12,34,5")]
    [InlineData(".", ",", "1,2345.00")]
    [InlineData(".", ",", ",123.00")]
    [InlineData(".", ",", "1,234.5,6")]
    [InlineData(",", ".", "1.234.56,00")]
    [InlineData(",", ".", "12.5")]
    [InlineData(",", ".", "1,234.56")]
    [InlineData(",", ".", "1.234,")]
    [InlineData(",", " ", "1 234  567,00")]
    [InlineData(",", null, "1.234,50")]
    [InlineData(".", null, "1,234.50")]
    public void Malformed_grouping_is_rejected_with_line_column_value_and_rule(
        string point, string? thousands, string amount)
    {
        var dialect = Semicolon with { DecimalSeparator = point, ThousandsSeparator = thousands };
        var file = _warehouse.WriteFile("grouping.csv", RiskHeader + Risk("A1", amount));

        var result = LoadRisk(file, dialect);

        var reject = Assert.Single(result.FirstRejects);
        Assert.Equal((2L, "balance", amount), (reject.Line!.Value, reject.Column, reject.Value));
        Assert.StartsWith("decimal(18,2): at most 16 digits before", reject.Rule, StringComparison.Ordinal);
        Assert.Contains(
            thousands is null ? "no thousands separators" : "grouped in threes", reject.Rule, StringComparison.Ordinal);
        Assert.Equal(0L, _warehouse.Scalar<long>("select count(*) from raw.risk_accounts"));
    }

    [Theory]
    [InlineData(".", "10.005")]
    [InlineData(",", "10,005")]
    [InlineData(",", "1.000,001")]
    [InlineData(".", "0.999")]
    public void A_value_with_more_decimals_than_the_scale_is_rejected_never_rounded(string point, string amount)
    {
        var thousands = point == "," ? "." : null;
        var file = _warehouse.WriteFile("scale.csv", RiskHeader + Risk("A1", amount));

        var result = LoadRisk(file, Semicolon with { DecimalSeparator = point, ThousandsSeparator = thousands });

        var reject = Assert.Single(result.FirstRejects);
        Assert.Equal(("balance", amount), (reject.Column, reject.Value));
        Assert.Contains("and 2 after", reject.Rule, StringComparison.Ordinal);
        Assert.Contains("never rounded", reject.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("nan")]
    [InlineData("Infinity")]
    [InlineData("-inf")]
    [InlineData("1e3")]
    [InlineData("0x10")]
    public void Not_a_number_infinities_and_exponents_are_rejected(string amount)
    {
        var file = _warehouse.WriteFile("nan.csv", RiskHeader + Risk("A1", amount));

        var result = LoadRisk(file, European);

        var reject = Assert.Single(result.FirstRejects);
        Assert.Equal(("balance", amount), (reject.Column, reject.Value));
    }

    [Fact]
    public void A_declared_day_month_format_reads_03_04_2025_as_3_april()
    {
        var file = _warehouse.WriteFile("dmy.csv", RiskHeader + Risk("A1", "1,00", "03/04/2025"));

        var result = LoadRisk(file, European with { DateFormat = "%d/%m/%Y" });

        Assert.Equal(1L, result.RowsLoaded);
        Assert.Equal(new DateTime(2025, 4, 3), _warehouse.Scalar<DateTime>("select as_of_date from raw.risk_accounts"));
    }

    [Fact]
    public void The_same_date_under_the_default_format_is_rejected_with_a_rule_to_declare_the_format()
    {
        var file = _warehouse.WriteFile("dmy.csv", RiskHeader + Risk("A1", "1,00", "03/04/2025"));

        var result = LoadRisk(file, European);

        var reject = Assert.Single(result.FirstRejects);
        Assert.Equal((2L, "as_of_date", "03/04/2025"), (reject.Line!.Value, reject.Column, reject.Value));
        Assert.Contains("must declare its date_format", reject.Rule, StringComparison.Ordinal);
        Assert.Equal(0L, _warehouse.Scalar<long>("select count(*) from raw.risk_accounts"));
    }

    [Fact]
    public void A_declared_timestamp_format_is_honoured_and_other_spellings_are_rejected()
    {
        const string header = "event_id,customer_id,event_at,channel,direction,event_type\n";
        var declared = _warehouse.WriteFile("declared.csv", header + "E1,C1,03/04/2025 14:05:09,app,inbound,login\n");
        var iso = _warehouse.WriteFile("iso.csv", header + "E2,C1,2025-04-03 14:05:09,app,inbound,login\n");
        var contract = _warehouse.Contracts.Get("engagement")
            with { Dialect = new CsvDialect { TimestampFormat = "%d/%m/%Y %H:%M:%S" } };

        _warehouse.Loader.Load(contract, declared);
        var refused = _warehouse.Loader.Load(contract, iso);

        Assert.Equal(
            new DateTime(2025, 4, 3, 14, 5, 9),
            _warehouse.Scalar<DateTime>("select event_at from raw.engagement_events where event_id = 'E1'"));
        var reject = Assert.Single(refused.FirstRejects);
        Assert.Equal((2L, "event_at"), (reject.Line!.Value, reject.Column));
        Assert.Contains("UTC timestamp in the format %d/%m/%Y %H:%M:%S", reject.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void The_connection_is_utc_and_no_time_zone_moves_a_stored_date_or_timestamp()
    {
        const string header = "event_id,customer_id,event_at,channel,direction,event_type,promise_due_date\n";
        var file = _warehouse.WriteFile("new-year.csv", header
            + "E1,C1,2024-12-31 23:30:00Z,phone,outbound,promise_to_pay,2024-12-31\n");
        var opened = _warehouse.Scalar<string>("select current_setting('TimeZone')");

        // Kiritimati is UTC+14: 23:30 UTC on New Year's Eve is already 13:30 on 1 January there.
        _warehouse.Database.Execute("set TimeZone = 'Pacific/Kiritimati'");
        _warehouse.Load("engagement", file);

        Assert.Equal("UTC", opened);
        Assert.Equal(
            ("2024-12-31 23:30:00", "2024-12-31"),
            (_warehouse.Scalar<string>("select cast(event_at as varchar) from raw.engagement_events"),
                _warehouse.Scalar<string>("select cast(promise_due_date as varchar) from raw.engagement_events")));
    }

    [Fact]
    public void A_mapping_declares_its_dialect_as_data()
    {
        // A Windows-1252 file as a German spreadsheet saves it: semicolons, CRLF, 31.01.2025, 1.234,56.
        var mapping = _warehouse.WriteFile("konten.json", """
            {
              "name": "konten", "extract": "risk",
              "source": {
                "dialect": {
                  "delimiter": ";", "decimal_separator": ",", "thousands_separator": ".",
                  "date_format": "%d.%m.%Y", "encoding": "windows-1252"
                },
                "columns": ["Stichtag", "Konto", "Kunde", "Saldo"]
              },
              "columns": {
                "as_of_date": "Stichtag", "account_id": "Konto", "customer_id": "Kunde", "product": "'card'",
                "balance": "Saldo", "days_past_due": "'0'", "is_charged_off": "'false'"
              }
            }
            """);
        var bytes = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!
            .GetBytes("Stichtag;Konto;Kunde;Saldo\r\n31.01.2025;K-1;Jürgen’s Café €;1.234,56\r\n");
        var file = _warehouse.WriteBytes("konten.csv", bytes);

        var result = _warehouse.Load("risk", file, mapping);

        Assert.Equal((LoadStatus.Loaded, 1L), (result.Status, result.RowsLoaded));
        var row = _warehouse.Database.Connection.QuerySingle<(DateTime Date, string Customer, decimal Balance)>(
            "select as_of_date, customer_id, balance from raw.risk_accounts");
        Assert.Equal((new DateTime(2025, 1, 31), "Jürgen’s Café €", 1_234.56m), row);
    }

    [Theory]
    [InlineData("\"decimal_separator\": \";\"", "decimal_separator ';' must be '.' or ','")]
    [InlineData("\"decimal_separator\": \",\", \"thousands_separator\": \",\"", "thousands_separator ','")]
    [InlineData("\"thousands_separator\": \"1\"", "thousands_separator '1' must be one character")]
    [InlineData("\"encoding\": \"shift-jis\"", "encoding 'shift-jis' must be one of")]
    public void A_dialect_that_cannot_work_is_refused_naming_the_field(string field, string message)
    {
        var json = $$"""
            {
              "extract": "test", "table": "test", "description": "", "grain": "one row", "key": [],
              "columns": [ { "name": "amount", "type": "decimal(18,2)" } ],
              "dialect": { {{field}} }
            }
            """;

        var error = Assert.Throws<WarehouseException>(() => ContractCatalog.Parse(json, "test.json"));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _warehouse.Dispose();

    private static string Risk(string accountId, string balance, string asOf = "2025-01-31") =>
        $"{asOf};{accountId};C1;card;{balance};0;false\n";

    private LoadResult LoadRisk(string file, CsvDialect dialect) =>
        _warehouse.Loader.Load(_warehouse.Contracts.Get("risk") with { Dialect = dialect }, file);
}
