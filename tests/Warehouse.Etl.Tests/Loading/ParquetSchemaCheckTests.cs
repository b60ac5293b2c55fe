using Dapper;
using Parquet.Schema;
using Warehouse.Etl.Loading;
using Warehouse.Etl.Mappings;

namespace Warehouse.Etl.Tests.Loading;

/// <summary>
/// Parquet files checked against their contract: real files written by DuckDB and Parquet.Net, or taken from
/// the torture corpus, each loaded with its exact values or refused or rejected with a message that names it.
/// </summary>
public sealed class ParquetSchemaCheckTests : IDisposable
{
    // Forty-one rows, so that one rejected record stays under the contracts' 5% threshold.
    private const int Rows = 41;

    private readonly TemporaryWarehouse _warehouse = new();

    private static string CorpusFile(string name) =>
        Path.Combine(RepositoryFiles.Root, "data-samples", "torture", "parquet", name);

    /// <summary>A risk extract of <see cref="Rows"/> accounts, with balance and as_of_date as given.</summary>
    private static string RiskQuery(string balance, string asOfDate = "date '2024-01-31'") => $"""
        select
            {asOfDate} as as_of_date,
            'A' || i as account_id,
            'C' || i as customer_id,
            'card' as product,
            {balance} as balance,
            0 as days_past_due,
            false as is_charged_off
        from range(1, {Rows + 1}) as t(i)
        order by i
        """;

    [Theory]
    [InlineData(4, "INT32")]
    [InlineData(18, "INT64")]
    [InlineData(28, "FIXED_LEN_BYTE_ARRAY")]
    public void Decimals_in_each_physical_encoding_load_exactly(int precision, string encoding)
    {
        // Balances 0.01, -0.02, 0.03, ... -0.40, 0.41: the cents of row i are i, with alternating sign.
        var file = ParquetFiles.FromQuery(
            _warehouse.Folder,
            $"risk-{precision}.parquet",
            RiskQuery($"cast(i * (case when i % 2 = 0 then -1 else 1 end) / 100 as decimal({precision},2))"));

        var result = _warehouse.Load("risk", file);

        Assert.Equal(encoding, ParquetFiles.PhysicalType(file, "balance"));
        Assert.Equal((LoadStatus.Loaded, (long)Rows, 0L), (result.Status, result.RowsLoaded, result.RecordsRejected));
        var expected = Enumerable.Range(1, Rows).Select(i => (i % 2 == 0 ? -i : i) / 100m).ToList();
        var loaded = _warehouse.Database.Connection
            .Query<decimal>("select balance from raw.risk_accounts order by _source_line")
            .ToList();
        Assert.Equal(expected, loaded);
    }

    [Fact]
    public void A_decimal_stored_as_variable_length_bytes_loads_exactly_through_a_mapping()
    {
        // byte_array_decimal.parquet: DECIMAL(4,2) as BYTE_ARRAY holding 1.00 to 24.00 (parquet-testing),
        // so its sum is 24 * 25 / 2 = 300.00.
        var mapping = Mapping("risk", ["value"], new()
        {
            ["as_of_date"] = "'2024-01-31'",
            ["account_id"] = "'A' || _record",
            ["customer_id"] = "'C1'",
            ["product"] = "'card'",
            ["balance"] = "value",
            ["days_past_due"] = "'0'",
            ["is_charged_off"] = "'false'",
        });

        var result = _warehouse.Loader.Load(
            _warehouse.Contracts.Get("risk"), CorpusFile("byte_array_decimal.parquet"), mapping);

        Assert.Equal((LoadStatus.Loaded, 24L), (result.Status, result.RowsLoaded));
        Assert.Equal(300.00m, _warehouse.Scalar<decimal>("select sum(balance) from raw.risk_accounts"));
        Assert.Equal(24.00m, _warehouse.Scalar<decimal>(
            "select balance from raw.risk_accounts where _source_line = 24"));
    }

    [Fact]
    public void A_decimal_with_more_scale_loads_values_whose_extra_digits_are_zero_and_rejects_the_rest()
    {
        // Row 2 holds 1.2345, which decimal(18,2) cannot hold without rounding; every other row is i + 0.2300.
        var file = ParquetFiles.FromQuery(
            _warehouse.Folder,
            "risk-scale4.parquet",
            RiskQuery("cast(case when i = 2 then 1.2345 else i + 0.23 end as decimal(10,4))"));

        var result = _warehouse.Load("risk", file);

        Assert.Equal((LoadStatus.Loaded, Rows - 1L, 1L), (result.Status, result.RowsLoaded, result.RecordsRejected));
        var reject = Assert.Single(result.FirstRejects);
        Assert.Equal((2L, "balance", "1.2345"), (reject.Line!.Value, reject.Column, reject.Value));
        Assert.Contains("never rounded", reject.Rule, StringComparison.Ordinal);
        Assert.Equal(1.23m, _warehouse.Scalar<decimal>(
            "select balance from raw.risk_accounts where account_id = 'A1'"));
        Assert.Equal(41.23m, _warehouse.Scalar<decimal>(
            "select balance from raw.risk_accounts where account_id = 'A41'"));
    }

    [Fact]
    public void A_float_feeding_an_amount_refuses_the_file_naming_the_column_both_types_and_what_to_do()
    {
        var file = ParquetFiles.FromQuery(
            _warehouse.Folder, "risk-double.parquet", RiskQuery("cast(i / 100 as double)"));

        var error = Assert.Throws<WarehouseException>(() => _warehouse.Load("risk", file));

        Assert.Equal(ExitCode.BadInput, error.ExitCode);
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.Contains("column 'balance' is DOUBLE", error.Message, StringComparison.Ordinal);
        Assert.Contains("'balance' (decimal(18,2))", error.Message, StringComparison.Ordinal);
        Assert.Contains("Export the column as DECIMAL(18,2)", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, _warehouse.Scalar<long>("select count(*) from meta.load_batches"));
    }

    [Fact]
    public void Every_refused_column_is_named_in_one_message()
    {
        var file = ParquetFiles.FromQuery(
            _warehouse.Folder,
            "risk-two-problems.parquet",
            RiskQuery("cast(i as float)", asOfDate: "timestamp '2024-01-31 00:00:00'"));

        var error = Assert.Throws<WarehouseException>(() => _warehouse.Load("risk", file));

        Assert.Contains("column 'balance' is FLOAT", error.Message, StringComparison.Ordinal);
        Assert.Contains("column 'as_of_date' is TIMESTAMP(MICROS", error.Message, StringComparison.Ordinal);
        Assert.Contains("'as_of_date' (date)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_float_a_mapping_computes_an_amount_from_is_refused_too()
    {
        var file = ParquetFiles.FromQuery(
            _warehouse.Folder, "spend.parquet", "select 'E' || i as id, i * 0.1::double as spend from range(3) t(i)");
        var mapping = Mapping("engagement", ["id", "spend"], new()
        {
            ["event_id"] = "id",
            ["customer_id"] = "'C1'",
            ["event_at"] = "'2024-01-31 00:00:00'",
            ["channel"] = "'web'",
            ["direction"] = "'inbound'",
            ["event_type"] = "'purchase'",
            ["amount"] = "case when spend <> '' then spend end",
        });

        var error = Assert.Throws<WarehouseException>(
            () => _warehouse.Loader.Load(_warehouse.Contracts.Get("engagement"), file, mapping));

        Assert.Equal(ExitCode.BadInput, error.ExitCode);
        Assert.Contains("column 'spend' is DOUBLE but is computed into contract column 'amount'",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_int96_timestamp_loads_as_the_utc_instant_it_holds()
    {
        var instant = new DateTime(2024, 1, 31, 13, 45, 0, DateTimeKind.Utc).AddTicks(1_234_560);
        var file = await ParquetFiles.EngagementWithTimestamps(
            _warehouse.Folder, "int96.parquet", new DateTimeDataField("event_at", DateTimeFormat.Impala), [instant]);

        var result = _warehouse.Load("engagement", file);

        Assert.Equal("INT96", ParquetFiles.PhysicalType(file, "event_at"));
        Assert.Equal(LoadStatus.Loaded, result.Status);
        Assert.Equal(instant, _warehouse.Scalar<DateTime>("select event_at from raw.engagement_events"));
    }

    [Fact]
    public void Int96_timestamps_outside_the_years_1_to_9999_are_rejected_by_row_and_the_other_rows_load()
    {
        // int96_from_spark.md gives the six values in microseconds since 1970:
        // 1704141296123456, 1704070800000000, 253402225200000000 (9999-12-31 03:00, outside the contract's
        // years 1900-2199), 1735599600000000, null, 9089380393200000000 (year 290000).
        var mapping = Mapping("engagement", ["a"], new()
        {
            ["event_id"] = "'E' || _record",
            ["customer_id"] = "'C1'",
            ["event_at"] = "a",
            ["channel"] = "'app'",
            ["direction"] = "'inbound'",
            ["event_type"] = "'login'",
        });
        var lenient = _warehouse.Contracts.Get("engagement") with { RejectThreshold = 0.9 };

        var result = _warehouse.Loader.Load(lenient, CorpusFile("int96_from_spark.parquet"), mapping);

        Assert.Equal((LoadStatus.Loaded, 6L, 3L), (result.Status, result.RecordsRead, result.RowsLoaded));
        Assert.Equal(
            [1704141296123456L, 1704070800000000L, 1735599600000000L],
            _warehouse.Database.Connection.Query<long>(
                "select epoch_us(event_at) from raw.engagement_events order by _source_line"));
        var rules = _warehouse.Database.Connection
            .Query<(long Line, string Rule)>("select source_line, rule from meta.load_rejects order by source_line")
            .ToList();
        Assert.Equal([3L, 5L, 6L], rules.Select(r => r.Line).Distinct());
        Assert.Contains(rules, r => r.Line == 6 && r.Rule.StartsWith("INT96 timestamp outside the years 1-9999",
            StringComparison.Ordinal));
        Assert.Contains(rules, r => r.Line == 3 && r.Rule.Contains("1900-2199", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DateTimeTimeUnit.Millis)]
    [InlineData(DateTimeTimeUnit.Micros)]
    [InlineData(DateTimeTimeUnit.Nanos)]
    public async Task A_utc_timestamp_of_any_unit_loads_as_its_instant_whatever_the_session_time_zone(
        DateTimeTimeUnit unit)
    {
        // 2024-03-31 23:30:00.123 UTC is 2024-04-01 01:30 in Berlin (CEST began that morning), so a timestamp
        // spelt in the session's zone would land in another month.
        var instant = new DateTime(2024, 3, 31, 23, 30, 0, 123, DateTimeKind.Utc);
        var field = new DateTimeDataField(
            "event_at", DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: unit, isNullable: true);
        var file = await ParquetFiles.EngagementWithTimestamps(
            _warehouse.Folder, $"utc-{unit}.parquet", field, [instant]);
        _warehouse.Database.Connection.Execute("set TimeZone = 'Europe/Berlin'");

        var result = _warehouse.Load("engagement", file);

        Assert.Equal(LoadStatus.Loaded, result.Status);
        _warehouse.Database.Connection.Execute("set TimeZone = 'UTC'");
        Assert.Equal(instant, _warehouse.Scalar<DateTime>("select event_at from raw.engagement_events"));
    }

    [Fact]
    public void A_millisecond_timestamp_adjusted_to_utc_from_the_corpus_loads_as_its_instant()
    {
        // tz.parquet (DuckDB's timezone.test): TIMESTAMP_MILLIS, isAdjustedToUTC, two rows 2022-10-17 21:52:27+00.
        var mapping = Mapping("engagement", ["TimeRecStart"], new()
        {
            ["event_id"] = "'E' || _record",
            ["customer_id"] = "'C1'",
            ["event_at"] = "TimeRecStart",
            ["channel"] = "'app'",
            ["direction"] = "'inbound'",
            ["event_type"] = "'login'",
        });

        var result = _warehouse.Loader.Load(
            _warehouse.Contracts.Get("engagement"), CorpusFile("duckdb-extra/tz.parquet"), mapping);

        Assert.Equal((LoadStatus.Loaded, 2L), (result.Status, result.RowsLoaded));
        Assert.Equal(2L, _warehouse.Scalar<long>(
            "select count(*) from raw.engagement_events where event_at = timestamp '2022-10-17 21:52:27'"));
    }

    [Fact]
    public void A_local_timestamp_is_refused_because_its_zone_is_unknown()
    {
        var file = ParquetFiles.FromQuery(
            _warehouse.Folder,
            "local.parquet",
            """
            select 'E1' as event_id, 'C1' as customer_id, timestamp '2024-01-31 13:45:00' as event_at,
                   'app' as channel, 'inbound' as direction, 'login' as event_type
            """);

        var error = Assert.Throws<WarehouseException>(() => _warehouse.Load("engagement", file));

        Assert.Equal(ExitCode.BadInput, error.ExitCode);
        Assert.Contains("column 'event_at' is TIMESTAMP(MICROS, local time: isAdjustedToUTC=false)",
            error.Message, StringComparison.Ordinal);
        Assert.Contains("the loader does not guess the zone", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, _warehouse.Scalar<long>("select count(*) from raw.engagement_events"));
    }

    [Fact]
    public void A_required_column_holding_nulls_is_rejected_naming_each_row()
    {
        var file = ParquetFiles.FromQuery(
            _warehouse.Folder,
            "risk-null-balance.parquet",
            RiskQuery("cast(case when i = 7 then null else i end as decimal(18,2))"));

        var result = _warehouse.Load("risk", file);

        Assert.Equal((LoadStatus.Loaded, Rows - 1L), (result.Status, result.RowsLoaded));
        var reject = Assert.Single(result.FirstRejects);
        Assert.Equal((7L, "balance", (string?)null), (reject.Line!.Value, reject.Column, reject.Value));
        Assert.StartsWith("required", reject.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_written_as_text_loads_the_values_that_parse_and_rejects_the_others()
    {
        var file = ParquetFiles.FromQuery(
            _warehouse.Folder,
            "risk-text-dates.parquet",
            RiskQuery("cast(i as decimal(18,2))", asOfDate: "case when i = 9 then '31/01/2024' else '2024-01-31' end"));

        var result = _warehouse.Load("risk", file);

        var reject = Assert.Single(result.FirstRejects);
        Assert.Equal((9L, "as_of_date", "31/01/2024"), (reject.Line!.Value, reject.Column, reject.Value));
        Assert.Equal(Rows - 1L, _warehouse.Scalar<long>(
            "select count(*) from raw.risk_accounts where as_of_date = date '2024-01-31'"));
    }

    [Fact]
    public void Binary_text_is_read_as_utf8_and_a_value_that_is_not_utf8_is_rejected_with_its_row()
    {
        // Row 5 holds the byte FF, which never occurs in UTF-8; row 6 holds 'é' as its two UTF-8 bytes C3 A9.
        var file = ParquetFiles.FromQuery(
            _warehouse.Folder,
            "engagement-binary.parquet",
            $"""
            select 'E' || i as event_id,
                   case i when 5 then '\xFF'::blob when 6 then '\xC3\xA9'::blob else ('C' || i)::blob end
                       as customer_id,
                   timestamptz '2024-01-31 13:45:00+00' as event_at,
                   'app' as channel, 'inbound' as direction, 'login' as event_type
            from range(1, {Rows + 1}) as t(i)
            order by i
            """);

        var result = _warehouse.Load("engagement", file);

        Assert.Equal("BYTE_ARRAY", ParquetFiles.PhysicalType(file, "customer_id"));
        // The unreadable value also leaves the required customer_id empty: one record, both reasons kept.
        Assert.Equal((LoadStatus.Loaded, 1L), (result.Status, result.RecordsRejected));
        Assert.All(result.FirstRejects, r => Assert.Equal((5L, "customer_id"), (r.Line!.Value, r.Column)));
        Assert.Contains(result.FirstRejects, r => r is { Rule: "bytes that are not UTF-8 text", Value: "\\xFF" });
        Assert.Equal("é", _warehouse.Scalar<string>(
            "select customer_id from raw.engagement_events where event_id = 'E6'"));
    }

    [Fact]
    public void A_mapping_that_reads_a_column_the_file_lacks_is_refused_naming_it()
    {
        var mapping = Mapping("engagement", ["value", "spend"], new() { ["event_id"] = "value" });

        var error = Assert.Throws<WarehouseException>(() => _warehouse.Loader.Load(
            _warehouse.Contracts.Get("engagement"), CorpusFile("int32_decimal.parquet"), mapping));

        Assert.Equal(ExitCode.BadInput, error.ExitCode);
        Assert.Contains("reads column(s) spend, which the file does not have (it has value)",
            error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-parquet", "it does not start with the Parquet marker PAR1, so it is not a Parquet file")]
    [InlineData("empty", "the file is empty")]
    [InlineData("truncated", "does not end with the Parquet footer (PAR1), so it was cut short")]
    [InlineData("damaged", "could not be read as Parquet: Invalid Error: TProtocolException")]
    public void A_file_that_is_not_whole_parquet_fails_with_its_name_and_the_reason(string shape, string reason)
    {
        var whole = File.ReadAllBytes(CorpusFile("alltypes_plain.parquet"));
        var file = Path.Combine(_warehouse.Folder, $"{shape}.parquet");
        switch (shape)
        {
            case "not-parquet":
                File.WriteAllText(file, "event_id,customer_id\nE1,C1\n");
                break;
            case "empty":
                File.WriteAllBytes(file, []);
                break;
            case "truncated":
                File.WriteAllBytes(file, whole[..(whole.Length / 2)]);
                break;
            default:
                File.Copy(CorpusFile("bad_data/PARQUET-1481.parquet"), file);
                break;
        }

        var error = Assert.Throws<WarehouseException>(() => _warehouse.Load("engagement", file));

        Assert.Equal(ExitCode.BadInput, error.ExitCode);
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, _warehouse.Scalar<long>("select count(*) from meta.load_batches"));
    }

    private static SourceMapping Mapping(string extract, List<string> columns, Dictionary<string, string> mapped) =>
        new()
        {
            Name = "test-" + extract,
            Extract = extract,
            Source = new MappingSource { Format = "parquet", Columns = columns },
            Columns = mapped,
        };

    public void Dispose() => _warehouse.Dispose();
}
