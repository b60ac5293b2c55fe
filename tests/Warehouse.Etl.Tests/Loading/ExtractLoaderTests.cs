using Warehouse.Etl.Loading;

namespace Warehouse.Etl.Tests.Loading;

public sealed class ExtractLoaderTests : IDisposable
{
    private const string RiskHeader =
        "as_of_date,account_id,customer_id,product,balance,days_past_due,is_charged_off,credit_limit\n";

    private readonly TemporaryWarehouse _warehouse = new();

    [Fact]
    public void Valid_rows_land_in_the_raw_table_with_batch_file_and_line()
    {
        var file = _warehouse.WriteFile("risk.csv", RiskHeader
            + "2024-01-31,A1,C1,card,100.50,0,false,1000\n"
            + "2024-01-31,A2,C2,mortgage,-20.00,35,false,\n");

        var result = _warehouse.Load("risk", file);

        Assert.Equal(
            (LoadStatus.Loaded, 2L, 2L, 0L),
            (result.Status, result.RecordsRead, result.RowsLoaded, result.RecordsRejected));
        Assert.Equal(-20.00m, _warehouse.Scalar<decimal>(
            "select balance from raw.risk_accounts where account_id = 'A2'"));
        Assert.Equal(3L, _warehouse.Scalar<long>(
            "select _source_line from raw.risk_accounts where account_id = 'A2'"));
        Assert.Equal(file, _warehouse.Scalar<string>("select distinct _source_file from raw.risk_accounts"));
        Assert.Equal(result.BatchId, _warehouse.Scalar<long>("select distinct _batch_id from raw.risk_accounts"));
    }

    [Fact]
    public void A_file_whose_name_is_written_as_sql_loads_under_that_name()
    {
        var file = _warehouse.WriteFile(
            "o'brien'); drop table raw.risk_accounts; --.csv", RiskHeader + "2024-01-31,A1,C1,card,1.00,0,false,\n");

        var result = _warehouse.Load("risk", file);

        Assert.Equal((LoadStatus.Loaded, 1L), (result.Status, result.RowsLoaded));
        Assert.Equal(file, _warehouse.Scalar<string>("select _source_file from raw.risk_accounts"));
    }

    [Fact]
    public void A_committed_load_is_checkpointed_into_the_database_file_itself()
    {
        var file = _warehouse.WriteFile("risk.csv", RiskHeader + "2024-01-31,A1,C1,card,1.00,0,false,\n");

        _warehouse.Load("risk", file);

        // The file alone, copied without its write-ahead log while the loader still holds it, has the batch.
        var wal = _warehouse.DatabasePath + ".wal";
        Assert.True(!File.Exists(wal) || new FileInfo(wal).Length == 0);
        var copy = Path.Combine(_warehouse.Folder, "copy.duckdb");
        File.Copy(_warehouse.DatabasePath, copy);
        using var reader = new DuckDB.NET.Data.DuckDBConnection($"Data Source={copy};ACCESS_MODE=READ_ONLY");
        reader.Open();
        Assert.Equal(1L, Dapper.SqlMapper.ExecuteScalar<long>(reader, "select count(*) from raw.risk_accounts"));
        Assert.Equal(1L, Dapper.SqlMapper.ExecuteScalar<long>(reader, "select count(*) from meta.load_batches"));
    }

    [Fact]
    public void Reloading_the_same_file_changes_nothing()
    {
        var file = _warehouse.WriteFile("risk.csv", RiskHeader + "2024-01-31,A1,C1,card,100.50,0,false,1000\n");
        _warehouse.Load("risk", file);
        _warehouse.Reopen();

        var again = _warehouse.Load("risk", file);

        Assert.Equal(LoadStatus.Unchanged, again.Status);
        Assert.Equal(1L, _warehouse.Scalar<long>("select count(*) from raw.risk_accounts"));
        Assert.Equal(1L, _warehouse.Scalar<long>("select count(*) from meta.load_batches"));
    }

    [Fact]
    public void A_bad_row_lands_in_rejects_with_its_line_column_value_and_rule()
    {
        var good = string.Concat(Enumerable.Range(1, 30).Select(i => $"2024-01-31,A{i},C{i},card,10.00,0,false,100\n"));
        var file = _warehouse.WriteFile("risk.csv", RiskHeader + good + "2024-01-31,B1,C1,card,1.234,0,false,100\n");

        var result = _warehouse.Load("risk", file);

        Assert.Equal(
            (LoadStatus.Loaded, 31L, 30L, 1L),
            (result.Status, result.RecordsRead, result.RowsLoaded, result.RecordsRejected));
        Assert.Equal((30L, 0L), (result.RecordsLoaded, result.RecordsLeftOut));
        var reject = Assert.Single(result.FirstRejects);

        // Line 32: one header line, then thirty good records, then the bad one.
        Assert.Equal((32L, "balance", "1.234"), (reject.Line!.Value, reject.Column, reject.Value));
        Assert.Contains("never rounded", reject.Rule, StringComparison.Ordinal);
        Assert.Equal(1L, _warehouse.Scalar<long>("select count(*) from meta.load_rejects where source_line = 32"));
    }

    [Fact]
    public void Each_broken_rule_names_what_it_expects()
    {
        var file = _warehouse.WriteFile("risk.csv", RiskHeader
            + "2024-13-31,A1,C1,card,1.00,0,false,100\n"
            + "2024-01-31,A2,C2,loan,1.00,0,false,100\n"
            + "2024-01-31,A3,C3,card,\"1,000.00\",0,false,100\n"
            + "2024-01-31,A4,C4,card,1.00,-3,false,100\n"
            + "2024-01-31,A5,C5,card,1.00,0,maybe,100\n"
            + "2024-01-31,A6,C6,card,NaN,0,false,100\n"
            + "2024-01-31,A7,C7,card,1.00,0,false,100,extra\n"
            + "2024-01-31,,C8,card,1.00,0,false,100\n");

        var result = _warehouse.Load("risk", file);

        var rules = Dapper.SqlMapper.Query<(long Line, string Column, string Rule)>(
                _warehouse.Database.Connection,
                "select source_line, coalesce(column_name, ''), rule from meta.load_rejects order by source_line")
            .ToList();
        Assert.Equal(LoadStatus.Refused, result.Status);
        Assert.Equal(0L, _warehouse.Scalar<long>("select count(*) from raw.risk_accounts"));
        Assert.Contains(rules, r => r is { Line: 2, Column: "as_of_date" }
            && r.Rule.Contains("%Y-%m-%d", StringComparison.Ordinal));
        Assert.Contains(rules, r => r is { Line: 3, Column: "product" }
            && r.Rule.Contains("mortgage", StringComparison.Ordinal));
        Assert.Contains(rules, r => r is { Line: 4, Column: "balance" }
            && r.Rule.Contains("thousands", StringComparison.Ordinal));
        Assert.Contains(rules, r => r is { Line: 5, Column: "days_past_due" }
            && r.Rule.Contains("minimum 0", StringComparison.Ordinal));
        Assert.Contains(rules, r => r is { Line: 6, Column: "is_charged_off" }
            && r.Rule.StartsWith("boolean", StringComparison.Ordinal));
        Assert.Contains(rules, r => r is { Line: 7, Column: "balance" }
            && r.Rule.StartsWith("decimal", StringComparison.Ordinal));
        Assert.Contains(rules, r => r.Line == 8 && r.Rule.Contains("TOO MANY COLUMNS", StringComparison.Ordinal));
        Assert.Contains(rules, r => r is { Line: 9, Column: "account_id" }
            && r.Rule.StartsWith("required", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_keys_in_one_file_are_rejected_together_with_their_lines()
    {
        var file = _warehouse.WriteFile("risk.csv", RiskHeader
            + "2024-01-31,A1,C1,card,1.00,0,false,100\n"
            + "2024-01-31,A1,C1,card,2.00,0,false,100\n");

        _warehouse.Load("risk", file);

        var rules = Dapper.SqlMapper.Query<string>(
            _warehouse.Database.Connection, "select rule from meta.load_rejects order by source_line").ToList();
        Assert.Equal(2, rules.Count);
        Assert.All(rules, r => Assert.EndsWith("on lines 2, 3", r, StringComparison.Ordinal));
    }

    [Fact]
    public void A_refused_file_leaves_the_raw_table_as_it_was_and_keeps_its_reasons()
    {
        var first = _warehouse.WriteFile("one.csv", RiskHeader + "2024-01-31,A1,C1,card,1.00,0,false,100\n");
        var bad = _warehouse.WriteFile("two.csv", RiskHeader + "2024-02-29,A1,C1,card,oops,0,false,100\n");
        _warehouse.Load("risk", first);

        var result = _warehouse.Load("risk", bad);

        Assert.Equal(LoadStatus.Refused, result.Status);
        Assert.Equal(1L, _warehouse.Scalar<long>("select count(*) from raw.risk_accounts"));
        Assert.Equal("refused", _warehouse.Scalar<string>(
            $"select status from meta.load_batches where batch_id = {result.BatchId}"));
        Assert.Equal(1L, _warehouse.Scalar<long>(
            $"select count(*) from meta.load_rejects where batch_id = {result.BatchId}"));
    }

    [Fact]
    public void A_file_without_a_required_column_is_refused_naming_it()
    {
        var file = _warehouse.WriteFile("risk.csv", "as_of_date,account_id\n2024-01-31,A1\n");

        var error = Assert.Throws<WarehouseException>(() => _warehouse.Load("risk", file));

        Assert.Equal(ExitCode.BadInput, error.ExitCode);
        Assert.Contains("customer_id", error.Message, StringComparison.Ordinal);
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Timestamps_are_stored_as_utc_whatever_their_iso_spelling()
    {
        const string header = "event_id,customer_id,event_at,channel,direction,event_type\n";
        var utc = _warehouse.WriteFile("utc.csv", header
            + "E1,C1,2024-03-31T23:30:00Z,app,inbound,login\n"
            + "E2,C1,2024-03-31 23:30:00+00:00,app,inbound,login\n");
        var offset = _warehouse.WriteFile("offset.csv", header + "E3,C1,2024-03-31 23:30:00+02:00,app,inbound,login\n");

        _warehouse.Load("engagement", utc);
        var refused = _warehouse.Load("engagement", offset);

        Assert.Equal(2L, _warehouse.Scalar<long>(
            "select count(*) from raw.engagement_events where event_at = timestamp '2024-03-31 23:30:00'"));
        Assert.Equal(LoadStatus.Refused, refused.Status);
        Assert.Equal("event_at", Assert.Single(refused.FirstRejects).Column);
    }

    [Fact]
    public void A_misspelt_header_is_refused_with_a_suggestion_instead_of_loading_empty_values()
    {
        var header = RiskHeader.Replace("credit_limit", "credit_limt", StringComparison.Ordinal);
        var file = _warehouse.WriteFile("risk.csv", header + "2024-01-31,A1,C1,card,1.00,0,false,100\n");

        var error = Assert.Throws<WarehouseException>(() => _warehouse.Load("risk", file));

        Assert.Contains("credit_limt (did you mean credit_limit?)", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, _warehouse.Scalar<long>("select count(*) from meta.load_batches"));
    }

    [Theory]
    [InlineData("2024-01-31,   ,C1,card,1.00,0,false,100", "account_id", "required")]
    [InlineData("2024-01-31,A1 ,C1,card,1.00,0,false,100", "account_id", "leading or trailing spaces")]
    [InlineData("9999-12-31,A1,C1,card,1.00,0,false,100", "as_of_date", "in the years 1900-2199")]
    [InlineData("1899-12-31,A1,C1,card,1.00,0,false,100", "as_of_date", "in the years 1900-2199")]
    public void Values_that_only_look_present_are_rejected(string record, string column, string rule)
    {
        var file = _warehouse.WriteFile("risk.csv", RiskHeader + record + "\n");

        var result = _warehouse.Load("risk", file);

        var reject = Assert.Single(result.FirstRejects);
        Assert.Equal(column, reject.Column);
        Assert.Contains(rule, reject.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mapping_that_smuggles_a_statement_is_refused_before_anything_runs()
    {
        var mapping = _warehouse.WriteFile("evil.json", """
            {"name": "evil", "extract": "pilots", "source": {"columns": ["id"]},
             "columns": {"pilot_id": "id"}, "where": "true); drop table raw.risk_accounts; select (1"}
            """);
        var file = _warehouse.WriteFile("ids.csv", "id\np1\n");

        var error = Assert.Throws<WarehouseException>(() => _warehouse.Load("pilots", file, mapping));

        Assert.Equal(ExitCode.Usage, error.ExitCode);
        Assert.Contains("not a single SQL expression", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, _warehouse.Scalar<long>("select count(*) from raw.risk_accounts"));
    }

    [Theory]
    [InlineData("name", "(select string_agg(content, '|') from read_text('/etc/hostname'))")]
    [InlineData("owner", "(select string_agg(customer_id, ',') from raw.risk_accounts)")]
    [InlineData("owner", "coalesce(id, (select max(file) from meta.load_batches))")]
    [InlineData("owner", "case when exists (select 1 from raw.customers) then 'x' end")]
    [InlineData("owner", "id in (select pilot_id from raw.pilots)")]
    public void A_mapping_column_that_reads_another_table_or_a_file_is_refused_before_anything_runs(
        string column, string expression)
    {
        var risk = _warehouse.WriteFile("risk.csv", RiskHeader + "2024-01-31,A1,C1,card,100.50,0,false,1000\n");
        _warehouse.Load("risk", risk);
        var mapping = _warehouse.WriteFile("evil.json", System.Text.Json.JsonSerializer.Serialize(new
        {
            name = "evil",
            extract = "pilots",
            source = new { columns = new[] { "id" } },
            columns = new Dictionary<string, string> { ["pilot_id"] = "id", [column] = expression },
        }));
        var file = _warehouse.WriteFile("ids.csv", "id\np1\n");

        var error = Assert.Throws<WarehouseException>(() => _warehouse.Load("pilots", file, mapping));

        Assert.Equal(ExitCode.Usage, error.ExitCode);
        Assert.Contains($"column '{column}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("holds a subquery", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, _warehouse.Scalar<long>("select count(*) from raw.pilots"));
        Assert.Equal(1L, _warehouse.Scalar<long>("select count(*) from meta.load_batches"));
    }

    public void Dispose() => _warehouse.Dispose();
}
