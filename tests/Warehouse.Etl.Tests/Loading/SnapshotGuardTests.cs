using Warehouse.Etl.Loading;

namespace Warehouse.Etl.Tests.Loading;

/// <summary>
/// The guard on full-snapshot extracts: an empty customers file, or a snapshot holding fewer customers than
/// the contract's share (half) of the snapshot before it, is refused whole instead of deleting the rest of
/// the book.
/// </summary>
public sealed class SnapshotGuardTests : IDisposable
{
    private const string Header = "customer_id,snapshot_date,region,segment,status";

    private readonly TemporaryWarehouse _warehouse = new();

    [Fact]
    public void A_customers_file_without_records_is_refused_and_loads_nothing()
    {
        var file = _warehouse.WriteFile("customers-empty.csv", Header + "\n");

        var result = _warehouse.Load("customers", file);

        Assert.Equal(LoadStatus.Refused, result.Status);
        Assert.Equal(0L, result.RecordsRead);
        Assert.Contains("holds no records", result.Message, StringComparison.Ordinal);
        Assert.Equal(
            "refused",
            _warehouse.Scalar<string>($"select status from meta.load_batches where batch_id = {result.BatchId}"));
    }

    [Theory]
    [InlineData(4, LoadStatus.Refused)]
    [InlineData(5, LoadStatus.Loaded)]
    [InlineData(6, LoadStatus.Loaded)]
    [InlineData(10, LoadStatus.Loaded)]
    [InlineData(12, LoadStatus.Loaded)]
    public void A_snapshot_must_hold_at_least_half_the_customers_of_the_one_before(int customers, LoadStatus status)
    {
        _warehouse.Load("customers", Snapshot("2024-01-31", 10));

        var result = _warehouse.Load("customers", Snapshot("2024-02-29", customers));

        // Half of 10 is 5: the contract's min_share_of_previous is 0.5, and exactly the share passes.
        Assert.Equal(status, result.Status);
        Assert.Equal(
            status == LoadStatus.Loaded ? customers : 0,
            _warehouse.Scalar<long>("select count(*) from raw.customers where snapshot_date = '2024-02-29'"));
    }

    [Fact]
    public void A_refusal_gives_both_counts_and_the_threshold_in_the_result_and_the_batch_record()
    {
        _warehouse.Load("customers", Snapshot("2024-01-31", 10));

        var result = _warehouse.Load("customers", Snapshot("2024-02-29", 4));

        var expected =
            "the snapshot of 2024-02-29 holds 4 customers, fewer than 50% of the 10 in the snapshot of 2024-01-31 "
            + "(at least 5 needed)";
        Assert.Contains(expected, result.Message, StringComparison.Ordinal);
        Assert.Equal(0L, result.RowsLoaded);
        Assert.Contains(
            expected,
            _warehouse.Scalar<string>($"select message from meta.load_batches where batch_id = {result.BatchId}"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_late_snapshot_is_compared_with_the_snapshot_before_it_by_date_not_with_the_last_loaded()
    {
        _warehouse.Load("customers", Snapshot("2024-03-31", 10));

        // January has no earlier snapshot; February follows January's 4, not March's 10.
        var january = _warehouse.Load("customers", Snapshot("2024-01-31", 4));
        var february = _warehouse.Load("customers", Snapshot("2024-02-29", 2));
        var thinFebruary = _warehouse.Load("customers", Snapshot("2024-02-29", 1, name: "thin"));

        Assert.Equal(LoadStatus.Loaded, january.Status);
        Assert.Equal(LoadStatus.Loaded, february.Status);
        Assert.Equal(LoadStatus.Refused, thinFebruary.Status);
        Assert.Contains("holds 1 customers, fewer than 50% of the 4", thinFebruary.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_earlier_snapshot_behind_which_a_loaded_one_would_look_shrunk_is_refused_until_that_is_corrected()
    {
        _warehouse.Load("customers", Snapshot("2024-02-29", 3));

        var january = _warehouse.Load("customers", Snapshot("2024-01-31", 10));
        var correctedFebruary = _warehouse.Load("customers", Snapshot("2024-02-29", 9, name: "corrected"));
        var januaryAgain = _warehouse.Load("customers", Snapshot("2024-01-31", 10, name: "again"));

        // February's 3 are fewer than half of January's 10, whichever file came first: the same pair of
        // snapshots is refused in either order. Once February is corrected to 9, January loads.
        Assert.Equal(LoadStatus.Refused, january.Status);
        Assert.Contains(
            "the snapshot of 2024-02-29, already loaded, holds 3 customers, fewer than 50% of the 10 in the "
            + "snapshot of 2024-01-31 in this file (at least 5 needed)",
            january.Message,
            StringComparison.Ordinal);
        Assert.Equal((LoadStatus.Loaded, LoadStatus.Loaded), (correctedFebruary.Status, januaryAgain.Status));
    }

    [Fact]
    public void Snapshots_in_one_file_are_compared_with_each_other()
    {
        var lines = Lines("2024-01-31", 10).Concat(Lines("2024-02-29", 3));
        var file = _warehouse.WriteFile("customers-backlog.csv", $"{Header}\n{string.Join("\n", lines)}\n");

        var result = _warehouse.Load("customers", file);

        Assert.Equal(LoadStatus.Refused, result.Status);
        Assert.Contains(
            "2024-02-29 holds 3 customers, fewer than 50% of the 10 in the snapshot of 2024-01-31",
            result.Message,
            StringComparison.Ordinal);
        Assert.Equal(0L, _warehouse.Scalar<long>("select count(*) from raw.customers"));
    }

    [Fact]
    public void Each_source_is_compared_with_its_own_earlier_snapshot()
    {
        var mapping = _warehouse.WriteFile("branch-customers.json", """
            {"name": "branch-customers", "extract": "customers",
             "source": {"columns": ["id", "as_at"]},
             "columns": {"customer_id": "'B' || id", "snapshot_date": "as_at", "region": "'west'",
                         "segment": "'branch'", "status": "'active'"}}
            """);
        _warehouse.Load("customers", Snapshot("2024-01-31", 10));
        var branch = _warehouse.Load(
            "customers", _warehouse.WriteFile("branch.csv", "id,as_at\n1,2024-02-29\n2,2024-02-29\n"), mapping);

        var shrunk = _warehouse.Load("customers", Snapshot("2024-03-31", 4));

        // The branch system's 2 customers are its first snapshot, not a shrinking of the 10 before them; the
        // core system's March holds 4 of its own 10 (5 needed), whatever the branch snapshot between held.
        Assert.Equal(LoadStatus.Loaded, branch.Status);
        Assert.Equal(LoadStatus.Refused, shrunk.Status);
        Assert.Contains("of the 10 in the snapshot of 2024-01-31", shrunk.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extract_that_is_not_a_full_snapshot_may_be_empty()
    {
        var file = _warehouse.WriteFile(
            "risk-empty.csv", "as_of_date,account_id,customer_id,product,balance,days_past_due,is_charged_off\n");

        var result = _warehouse.Load("risk", file);

        Assert.Equal(LoadStatus.Loaded, result.Status);
        Assert.Null(result.Message);
    }

    /// <summary>A customers file holding customers C001 up to the given count on one snapshot date.</summary>
    private string Snapshot(string snapshotDate, int customers, string name = "") =>
        _warehouse.WriteFile(
            $"customers-{snapshotDate}{name}.csv",
            $"{Header}\n{string.Join("\n", Lines(snapshotDate, customers))}\n");

    private static IEnumerable<string> Lines(string snapshotDate, int customers) =>
        Enumerable.Range(1, customers).Select(i => $"C{i:000},{snapshotDate},north,retail,active");

    public void Dispose() => _warehouse.Dispose();
}
