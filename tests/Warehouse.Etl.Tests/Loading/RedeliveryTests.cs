using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Etl.Build;
using Warehouse.Etl.Loading;

namespace Warehouse.Etl.Tests.Loading;

/// <summary>
/// A corrected re-delivery replaces whole periods: risk for January and February, then February again with
/// one account changed and one removed. The figures expected are the files' own values, read off beside each test.
/// </summary>
public sealed class RedeliveryTests : IDisposable
{
    private const string RiskHeader =
        "as_of_date,account_id,customer_id,product,balance,days_past_due,is_charged_off\n";

    /// <summary>A second risk source: month end, account, customer and balance, loans always current.</summary>
    private const string BranchRiskMapping = """
        {"name": "branch-risk", "extract": "risk",
         "source": {"columns": ["month_end", "acct", "cust", "bal"]},
         "columns": {"as_of_date": "month_end", "account_id": "acct", "customer_id": "cust",
                     "product": "'personal_loan'", "balance": "bal", "days_past_due": "'0'",
                     "is_charged_off": "'false'"}}
        """;

    private readonly TemporaryWarehouse _warehouse = new();

    private string _original = "";

    private string _correction = "";

    [Fact]
    public void A_correction_replaces_its_month_in_staging_and_core_and_leaves_the_other_month_alone()
    {
        DeliverTwoMonthsThenCorrectFebruary();

        Build();

        // February from the correction alone: A1 at 250.00 (was 200.00), A2 as before, A3 gone.
        Assert.Equal(
            ["A1 | 250.00", "A2 | 210.00"],
            Rows("select account_id, balance from staging.stg_risk where as_of_date = '2024-02-29' order by 1"));
        Assert.Equal(
            ["A1 | 250.00", "A2 | 210.00"],
            Rows("select account_id, balance from core.fct_account_month where month_date = '2024-02-29' order by 1"));

        // January is in the original file only and stays as delivered.
        Assert.Equal(
            ["A1 | 100.00", "A2 | 110.00", "A3 | 120.00"],
            Rows("select account_id, balance from core.fct_account_month where month_date = '2024-01-31' order by 1"));

        // Raw is append-only: six original rows and the two corrected ones.
        Assert.Equal(8L, _warehouse.Scalar<long>("select count(*) from raw.risk_accounts"));
    }

    [Fact]
    public void The_history_shows_both_batches_their_months_and_the_partial_supersession()
    {
        var (first, second) = DeliverTwoMonthsThenCorrectFebruary();

        var history = LoadHistory.Read(_warehouse.Database.Connection, "risk");

        Assert.Equal([first, second], history.Select(b => b.BatchId));
        var original = history[0];
        Assert.Equal([new DateOnly(2024, 1, 1), new DateOnly(2024, 2, 1)], original.Periods);
        AssertSuperseded(original, "partly", second);
        var correction = history[1];
        Assert.Equal([new DateOnly(2024, 2, 1)], correction.Periods);
        Assert.Null(correction.Superseded);
        Assert.Equal(
            ["2024-01-01 | 3", "2024-02-01 | 3"],
            Rows($"select period_start, rows_loaded from meta.batch_periods where batch_id = {first} order by 1"));
    }

    [Fact]
    public void A_second_correction_of_the_same_month_supersedes_the_first_wholly()
    {
        var (_, second) = DeliverTwoMonthsThenCorrectFebruary();
        var again = _warehouse.WriteFile("risk-2024-02-v3.csv", RiskHeader
            + "2024-02-29,A1,C1,card,260.00,0,false\n");

        var third = _warehouse.Load("risk", again).BatchId;

        var history = LoadHistory.Read(_warehouse.Database.Connection, "risk");
        AssertSuperseded(history[0], "partly", second);
        AssertSuperseded(history[1], "wholly", third);
        Build();
        Assert.Equal(
            ["A1 | 260.00"],
            Rows("select account_id, balance from staging.stg_risk where as_of_date = '2024-02-29'"));
    }

    [Fact]
    public void Reloading_either_file_again_changes_nothing()
    {
        DeliverTwoMonthsThenCorrectFebruary();
        Build();
        var before = Snapshot();
        _warehouse.Reopen();

        var original = _warehouse.Load("risk", _original);
        var correction = _warehouse.Load("risk", _correction);
        Build();

        Assert.Equal((LoadStatus.Unchanged, LoadStatus.Unchanged), (original.Status, correction.Status));
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void A_second_source_delivering_the_same_month_adds_to_it_instead_of_replacing_it()
    {
        var (original, _) = DeliverTwoMonthsThenCorrectFebruary();
        var mapping = _warehouse.WriteFile("branch-risk.json", BranchRiskMapping);
        var branch = _warehouse.WriteFile("branch-2024-02.csv", "month_end,acct,cust,bal\n2024-02-29,B1,C3,900.00\n");

        var result = _warehouse.Load("risk", branch, mapping);
        Build();

        // The branch system's February (B1) sits beside the core system's corrected February (A1, A2): only a
        // later delivery through the same mapping replaces a month, and the original is superseded by the
        // correction alone.
        Assert.Equal(LoadStatus.Loaded, result.Status);
        Assert.Equal(
            ["A1 | 250.00", "A2 | 210.00", "B1 | 900.00"],
            Rows("select account_id, balance from staging.stg_risk where as_of_date = '2024-02-29' order by 1"));
        var history = LoadHistory.Read(_warehouse.Database.Connection, "risk");
        Assert.Equal(original, history[0].BatchId);
        AssertSuperseded(history[0], "partly", history[1].BatchId);
        Assert.Null(history[2].Superseded);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void One_account_month_from_two_sources_keeps_the_same_row_in_either_load_order(bool mappedFirst)
    {
        var mapping = _warehouse.WriteFile("branch-risk.json", BranchRiskMapping);
        var direct = _warehouse.WriteFile("risk-jan.csv", RiskHeader + "2024-01-31,A1,C1,card,100.00,0,false\n");
        var mapped = _warehouse.WriteFile("branch-jan.csv", "month_end,acct,cust,bal\n2024-01-31,A1,C1,900.00\n");

        var results = mappedFirst
            ? new[] { _warehouse.Load("risk", mapped, mapping), _warehouse.Load("risk", direct) }
            : [_warehouse.Load("risk", direct), _warehouse.Load("risk", mapped, mapping)];
        BuildStaging();

        // Neither replaces the other (two series), so staging holds two rows of one key and keeps the one of the
        // source first in name order: '(contract layout)' sorts before 'branch-risk', whatever was loaded last.
        Assert.All(results, r => Assert.Equal(LoadStatus.Loaded, r.Status));
        Assert.Equal(
            ["A1 | 100.00 | (contract layout)"],
            Rows("select account_id, balance, source_mapping from staging.stg_risk"));
    }

    [Fact]
    public void Extracts_without_a_period_keep_the_latest_row_per_key()
    {
        const string header = "pilot_id,customer_id,arm,assigned_date\n";
        _warehouse.Load("assignments", _warehouse.WriteFile("a1.csv", header
            + "P1,C1,pilot,2024-01-05\nP1,C2,control,2024-01-05\n"));
        _warehouse.Load("assignments", _warehouse.WriteFile("a2.csv", header + "P1,C1,control,2024-01-06\n"));

        BuildStaging();

        // C2 stays from the first file although the second one lacks it; C1 takes the second file's arm.
        Assert.Equal(
            ["C1 | control", "C2 | control"],
            Rows("select customer_id, arm from staging.stg_assignments order by 1"));
        Assert.Equal(0L, _warehouse.Scalar<long>("select count(*) from meta.batch_periods"));
    }

    public void Dispose() => _warehouse.Dispose();

    /// <summary>Loads customers, the two-month risk file and the February correction; returns both batches.</summary>
    private (long Original, long Correction) DeliverTwoMonthsThenCorrectFebruary()
    {
        _warehouse.Load("customers", _warehouse.WriteFile("customers.csv",
            "customer_id,snapshot_date,region,segment,status\n"
            + "C1,2024-01-31,north,retail,active\nC2,2024-01-31,north,retail,active\n"
            + "C3,2024-01-31,south,retail,active\n"));
        _original = _warehouse.WriteFile("risk-2024-01-02.csv", RiskHeader
            + "2024-01-31,A1,C1,card,100.00,0,false\n"
            + "2024-01-31,A2,C2,card,110.00,0,false\n"
            + "2024-01-31,A3,C3,card,120.00,0,false\n"
            + "2024-02-29,A1,C1,card,200.00,0,false\n"
            + "2024-02-29,A2,C2,card,210.00,0,false\n"
            + "2024-02-29,A3,C3,card,220.00,0,false\n");
        _correction = _warehouse.WriteFile("risk-2024-02-corrected.csv", RiskHeader
            + "2024-02-29,A1,C1,card,250.00,0,false\n"
            + "2024-02-29,A2,C2,card,210.00,0,false\n");

        var first = _warehouse.Load("risk", _original);
        var second = _warehouse.Load("risk", _correction);
        Assert.Equal((LoadStatus.Loaded, LoadStatus.Loaded), (first.Status, second.Status));
        return (first.BatchId, second.BatchId);
    }

    private void Build() =>
        new ModelBuilder(
            _warehouse.Database, ModelCatalog.LoadEmbedded(_warehouse.Contracts), NullLogger.Instance).Build();

    private static void AssertSuperseded(BatchHistory batch, string how, long by)
    {
        Assert.Equal(how, batch.Superseded);
        Assert.Equal([by], batch.SupersededBy);
    }

    private void BuildStaging() =>
        new ModelBuilder(
            _warehouse.Database, ModelCatalog.LoadEmbedded(_warehouse.Contracts), NullLogger.Instance).BuildModels();

    private List<string> Rows(string sql) =>
        _warehouse.Database.Connection.Query(sql)
            .Select(row => string.Join(" | ", ((IDictionary<string, object?>)row).Values.Select(Format)))
            .ToList();

    private static string Format(object? value) => value switch
    {
        null => "null",
        DateTime date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        decimal number => number.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Everything a reload could change: raw, meta bookkeeping and the built fact.</summary>
    private List<string> Snapshot() =>
    [
        .. Rows("select count(*), sum(balance) from raw.risk_accounts"),
        .. Rows("select count(*) from meta.load_batches"),
        .. Rows("select batch_id, period_start from meta.batch_periods order by 1, 2"),
        .. Rows("select account_id, month_date, balance from core.fct_account_month order by 1, 2"),
    ];
}
