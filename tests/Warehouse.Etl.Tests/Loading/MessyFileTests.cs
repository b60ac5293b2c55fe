using Warehouse.Etl.Loading;

namespace Warehouse.Etl.Tests.Loading;

/// <summary>Files that are awkward but readable keep every record and the line an editor shows for it.</summary>
public sealed class MessyFileTests : IDisposable
{
    private const string Header =
        "as_of_date,account_id,customer_id,product,balance,days_past_due,is_charged_off,collections_stage\n";

    private readonly TemporaryWarehouse _warehouse = new();

    [Fact]
    public void Lines_stay_right_after_blank_lines_and_quoted_line_breaks()
    {
        // Line 1 header; 2 A1; 3 blank; 4-5 A2 with a line break inside quotes; 6 A3 has a field too many;
        // 7 A4 has a bad decimal; 8 onwards eighty good records.
        var file = _warehouse.WriteFile("messy.csv", Header
            + "2024-01-31,A1,C1,card,1.00,0,false,none\n"
            + "\n"
            + "2024-01-31,A2,C2,card,1.00,0,false,\"no\nne\"\n"
            + "2024-01-31,A3,C3,card,1.00,0,false,none,extra\n"
            + "2024-01-31,A4,C4,card,1.0x,0,false,none\n"
            + string.Concat(Enumerable.Range(5, 80).Select(i => $"2024-01-31,A{i},C{i},card,1.00,0,false,none\n")));

        var result = _warehouse.Load("risk", file);

        Assert.Equal((84L, 3L, 81L), (result.RecordsRead, result.RecordsRejected, result.RowsLoaded));
        var rejectLines = Dapper.SqlMapper.Query<long>(
            _warehouse.Database.Connection, "select distinct source_line from meta.load_rejects order by 1");
        Assert.Equal([4L, 6L, 7L], rejectLines);
        Assert.Equal(2L, SourceLineOf("A1"));
        Assert.Equal(8L, SourceLineOf("A5"));
        Assert.Equal(87L, SourceLineOf("A84"));
    }

    [Fact]
    public void An_unterminated_quote_refuses_the_file_instead_of_swallowing_the_rest()
    {
        var file = _warehouse.WriteFile("open-quote.csv", Header
            + string.Concat(Enumerable.Range(1, 50).Select(i => $"2024-01-31,A{i},C{i},card,1.00,0,false,none\n"))
            + "2024-01-31,Q,C9,card,1.00,0,false,\"none\n"
            + string.Concat(Enumerable.Range(51, 10).Select(i => $"2024-01-31,A{i},C{i},card,1.00,0,false,none\n")));

        var error = Assert.Throws<WarehouseException>(() => _warehouse.Load("risk", file));

        // The quote opens on line 52: one header line, then fifty records.
        Assert.Contains("line 52: a quote opened here is never closed", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, _warehouse.Scalar<long>("select count(*) from raw.risk_accounts"));
        Assert.Equal(0L, _warehouse.Scalar<long>("select count(*) from meta.load_batches"));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Crlf_and_cr_only_files_number_their_lines_like_lf_files(string lineEnd)
    {
        var file = _warehouse.WriteFile("line-ends.csv", (Header
            + "2024-01-31,A1,C1,card,1.00,0,false,none\n"
            + "2024-01-31,A2,C2,card,1.00,0,false,none\n").Replace("\n", lineEnd, StringComparison.Ordinal));

        _warehouse.Load("risk", file);

        Assert.Equal(3L, SourceLineOf("A2"));
    }

    [Fact]
    public void A_mapped_record_with_a_bad_value_is_rejected_with_every_row_it_would_make()
    {
        // Forty card holders of the UCI file (two header rows), one with a malformed September balance.
        var lines = File.ReadLines(RepositoryFiles.RealSample(RepositoryFiles.CreditDefault)).Take(42).ToList();
        var fields = lines[10].Split(',');
        fields[12] = "12x";
        lines[10] = string.Join(',', fields);
        var file = _warehouse.WriteFile("uci-40.csv", string.Join("\r\n", lines) + "\r\n");

        var result = _warehouse.Load("risk", file, "uci-credit-risk");

        // Records are the file's: 40; one rejected; the other 39 make six monthly rows each.
        Assert.Equal(
            (LoadStatus.Loaded, 40L, 1L, 39L * 6),
            (result.Status, result.RecordsRead, result.RecordsRejected, result.RowsLoaded));
        Assert.Equal((39L, 0L), (result.RecordsLoaded, result.RecordsLeftOut));
        Assert.Equal(11L, Assert.Single(result.FirstRejects).Line);
    }

    [Fact]
    public void Every_record_is_loaded_rejected_or_left_out_by_the_mapping_and_they_add_up_to_the_file()
    {
        // Forty records: every fifth id starts with x, which the condition leaves out (8); record 7 has a
        // malformed split and is rejected (1, under the 5% threshold); so 31 loaded + 1 + 8 = 40.
        var mapping = _warehouse.WriteFile("pilots-where.json", """
            {"name": "pilots-where", "extract": "pilots", "source": {"columns": ["id", "split"]},
             "where": "id like 'p%'",
             "columns": {"pilot_id": "id", "name": "id", "owner": "'team'", "start_date": "'2024-01-01'",
                         "outcome_window_days": "'30'", "planned_split": "split", "design": "'randomised'"}}
            """);
        var records = Enumerable.Range(1, 40)
            .Select(i => $"{(i % 5 == 0 ? "x" : "p")}{i},{(i == 7 ? "half" : "0.5")}\n");
        var file = _warehouse.WriteFile("pilots.csv", "id,split\n" + string.Concat(records));

        var result = _warehouse.Load("pilots", file, mapping);

        Assert.Equal(
            (LoadStatus.Loaded, 40L, 31L, 1L, 8L),
            (result.Status, result.RecordsRead, result.RecordsLoaded, result.RecordsRejected, result.RecordsLeftOut));
        Assert.Equal(8L, Assert.Single(result.FirstRejects).Line);
    }

    public void Dispose() => _warehouse.Dispose();

    private long SourceLineOf(string accountId) => _warehouse.Scalar<long>(
        $"select _source_line from raw.risk_accounts where account_id = '{accountId}'");
}
