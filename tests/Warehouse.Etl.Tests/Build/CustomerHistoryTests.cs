using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Etl.Build;
using Warehouse.Etl.Loading;

namespace Warehouse.Etl.Tests.Build;

/// <summary>
/// The customer dimension over time, on a warehouse file fed through the real loader: snapshots delivered
/// again, late or in any order, customers deleted from a full snapshot and returning, and null-safe change
/// detection. Every build also runs the data tests (one current row per customer, no overlapping, gapped or
/// zero-length versions, no two versions with one valid_from).
/// </summary>
public sealed class CustomerHistoryTests : IDisposable
{
    private const string Header = "customer_id,snapshot_date,region,segment,income_band,birth_date,open_date,status";

    private const string Versions =
        "select customer_id, region, valid_from, valid_to, is_current, is_deleted, version_number "
        + "from core.dim_customer order by customer_id, valid_from";

    private const string WholeDimension = "select * from core.dim_customer order by all";

    // Every column but version_number, which counts the versions before and so grows with late history.
    private const string CurrentRows =
        "select * exclude (version_number) from core.dim_customer where is_current order by all";

    private readonly TemporaryWarehouse _warehouse = new();

    [Fact]
    public void Loading_a_snapshot_again_or_a_reordered_redelivery_of_it_adds_nothing()
    {
        var january = WriteSnapshot(_warehouse, "2024-01-31", ("C1", "north"), ("C2", "east"));
        var march = WriteSnapshot(_warehouse, "2024-03-31", ("C1", "south"), ("C2", "east"));
        _warehouse.Load("customers", january);
        _warehouse.Load("customers", march);
        Build(_warehouse);
        var before = Rows(_warehouse, WholeDimension);

        var again = _warehouse.Load("customers", march);
        var reordered = _warehouse.WriteFile(
            "customers-2024-03-31-again.csv",
            $"{Header}\n{Line("C2", "2024-03-31", "east")}\n{Line("C1", "2024-03-31", "south")}\n");
        var redelivered = _warehouse.Load("customers", reordered);
        Build(_warehouse);

        Assert.Equal(LoadStatus.Unchanged, again.Status);
        Assert.Equal(LoadStatus.Loaded, redelivered.Status);
        Assert.Equal(3, before.Count);
        Assert.Equal(before, Rows(_warehouse, WholeDimension));
    }

    [Theory]
    [InlineData("", "2010-06-01", 2, "a value appearing")]
    [InlineData("2010-06-01", "", 2, "a value disappearing")]
    [InlineData("2010-06-01", "2010-06-01", 1, "the same value")]
    [InlineData("", "", 1, "two missing values")]
    public void A_change_is_detected_null_safely(
        string januaryOpenDate, string februaryOpenDate, int versions, string what)
    {
        _warehouse.Load("customers", _warehouse.WriteFile(
            "customers-2024-01-31.csv", $"{Header}\n{Line("C1", "2024-01-31", "north", januaryOpenDate)}\n"));
        _warehouse.Load("customers", _warehouse.WriteFile(
            "customers-2024-02-29.csv", $"{Header}\n{Line("C1", "2024-02-29", "north", februaryOpenDate)}\n"));

        Build(_warehouse);

        Assert.True(
            versions == _warehouse.Scalar<long>("select count(*) from core.dim_customer"),
            $"{what}: expected {versions} version(s)");
    }

    [Fact]
    public void Two_rows_of_one_customer_on_one_snapshot_date_are_both_refused_naming_both_lines()
    {
        var file = _warehouse.WriteFile(
            "customers-ambiguous.csv",
            $"{Header}\n{Line("C1", "2024-01-31", "north")}\n{Line("C1", "2024-01-31", "south")}\n");

        var result = _warehouse.Load("customers", file);

        // Lines 2 and 3 (line 1 is the header) hold the same key with different regions: neither can be the
        // version of 2024-01-31, so both are rejected, and with 2 of 2 records rejected the file is refused.
        Assert.Equal(LoadStatus.Refused, result.Status);
        var rejects = Rows(
            _warehouse,
            $"select source_line, rule from meta.load_rejects where batch_id = {result.BatchId} order by source_line");
        Assert.Equal(
            [
                "2 | duplicate key: the same customer_id, snapshot_date is on lines 2, 3",
                "3 | duplicate key: the same customer_id, snapshot_date is on lines 2, 3",
            ],
            rejects);
        Assert.Equal(0L, _warehouse.Scalar<long>("select count(*) from raw.customers"));
    }

    [Fact]
    public void A_late_snapshot_goes_into_history_in_its_place_and_leaves_the_current_row_alone()
    {
        _warehouse.Load("customers", WriteSnapshot(_warehouse, "2024-01-31", ("C1", "north"), ("C2", "east")));
        _warehouse.Load("customers", WriteSnapshot(_warehouse, "2024-03-31", ("C1", "south"), ("C2", "east")));
        Build(_warehouse);
        var current = Rows(_warehouse, CurrentRows);

        _warehouse.Load("customers", WriteSnapshot(_warehouse, "2024-02-29", ("C1", "west"), ("C2", "east")));
        Build(_warehouse);

        // By hand: February's west sits between January's north and March's south; C2 never changed.
        Assert.Equal(current, Rows(_warehouse, CurrentRows));
        Assert.Equal(
            [
                "C1 | north | 2024-01-31 | 2024-02-29 | false | false | 1",
                "C1 | west | 2024-02-29 | 2024-03-31 | false | false | 2",
                "C1 | south | 2024-03-31 | 9999-12-31 | true | false | 3",
                "C2 | east | 2024-01-31 | 9999-12-31 | true | false | 1",
            ],
            Rows(_warehouse, Versions));
    }

    [Fact]
    public void A_customer_missing_from_a_snapshot_is_deleted_on_its_date_and_returns_as_a_new_version()
    {
        _warehouse.Load("customers", WriteSnapshot(
            _warehouse, "2024-01-31", ("C1", "north"), ("C2", "east"), ("C3", "west")));
        _warehouse.Load("customers", WriteSnapshot(_warehouse, "2024-02-29", ("C1", "north"), ("C3", "west")));
        _warehouse.Load("customers", WriteSnapshot(
            _warehouse, "2024-03-31", ("C1", "north"), ("C2", "east"), ("C3", "west")));
        _warehouse.Load("customers", WriteSnapshot(_warehouse, "2024-04-30", ("C1", "north"), ("C2", "east")));

        Build(_warehouse);

        // By hand: C2 is missing on 2024-02-29 only, so it is deleted from then until it returns on 2024-03-31,
        // with the attributes it was last seen with; C3 is missing from the latest snapshot, so its current
        // version is the deletion. C1 is in every snapshot and keeps one version.
        Assert.Equal(
            [
                "C1 | north | 2024-01-31 | 9999-12-31 | true | false | 1",
                "C2 | east | 2024-01-31 | 2024-02-29 | false | false | 1",
                "C2 | east | 2024-02-29 | 2024-03-31 | false | true | 2",
                "C2 | east | 2024-03-31 | 9999-12-31 | true | false | 3",
                "C3 | west | 2024-01-31 | 2024-04-30 | false | false | 1",
                "C3 | west | 2024-04-30 | 9999-12-31 | true | true | 2",
            ],
            Rows(_warehouse, Versions));
        Assert.Equal(
            ["C2 | 2024-02-29 | null", "C3 | 2024-04-30 | null"],
            Rows(
                _warehouse,
                "select customer_id, valid_from, last_snapshot_date from core.dim_customer "
                + "where is_deleted order by customer_id"));
    }

    [Fact]
    public void Each_source_deletes_only_its_own_customers_and_a_customer_may_move_between_sources()
    {
        var mapping = _warehouse.WriteFile("branch-customers.json", """
            {"name": "branch-customers", "extract": "customers",
             "source": {"columns": ["id", "as_at", "area"]},
             "columns": {"customer_id": "id", "snapshot_date": "as_at", "region": "area",
                         "segment": "'retail'", "status": "'active'"}}
            """);
        _warehouse.Load("customers", WriteSnapshot(_warehouse, "2024-01-31", ("C1", "north"), ("C2", "east")));
        _warehouse.Load(
            "customers",
            _warehouse.WriteFile("branch.csv", "id,as_at,area\nB1,2024-02-29,west\nC2,2024-02-29,south\n"),
            mapping);
        _warehouse.Load("customers", WriteSnapshot(_warehouse, "2024-03-31", ("C1", "north")));

        Build(_warehouse);

        // By hand: the branch snapshot of 2024-02-29 is a full snapshot of the branch system only, so C1 is
        // not deleted by it, and B1 is not deleted by the core system's March. C2 moved to the branch system
        // on 2024-02-29, so the core system's March, which lacks it, does not delete it either.
        Assert.Equal(
            [
                "B1 | west | 2024-02-29 | 9999-12-31 | true | false | 1",
                "C1 | north | 2024-01-31 | 9999-12-31 | true | false | 1",
                "C2 | east | 2024-01-31 | 2024-02-29 | false | false | 1",
                "C2 | south | 2024-02-29 | 9999-12-31 | true | false | 2",
            ],
            Rows(_warehouse, Versions));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Two_sources_holding_one_customer_on_one_date_give_the_same_dimension_in_either_load_order(
        bool branchFirst)
    {
        var core = SourceMapping(_warehouse, "core-customers");
        var branch = SourceMapping(_warehouse, "branch-customers");
        var coreFiles = new[]
        {
            _warehouse.WriteFile("core-jan.csv", "id,as_at,area\nX,2024-01-31,north\nA1,2024-01-31,north\n"),
            _warehouse.WriteFile("core-mar.csv", "id,as_at,area\nX,2024-03-31,north\nA1,2024-03-31,north\n"),
        };
        var branchFiles = new[]
        {
            _warehouse.WriteFile("branch-jan.csv", "id,as_at,area\nX,2024-01-31,south\nB1,2024-01-31,west\n"),
            _warehouse.WriteFile("branch-feb.csv", "id,as_at,area\nB1,2024-02-29,west\n"),
        };
        var loads = coreFiles.Select(f => (File: f, Mapping: core)).ToList();
        var branchLoads = branchFiles.Select(f => (File: f, Mapping: branch));
        loads = branchFirst ? [.. branchLoads, .. loads] : [.. loads, .. branchLoads];
        foreach (var (file, mapping) in loads)
        {
            Assert.Equal(LoadStatus.Loaded, _warehouse.Load("customers", file, mapping).Status);
        }

        Build(_warehouse);

        // By hand: on 2024-01-31 both sources hold X; branch-customers sorts before core-customers, so its south
        // is X's region then, and the core system's north of March is a new version. The branch system's
        // February lacks X, but the core system holds X from January to March, so X is never deleted.
        Assert.Equal(
            [
                "A1 | north | 2024-01-31 | 9999-12-31 | true | false | 1",
                "B1 | west | 2024-01-31 | 9999-12-31 | true | false | 1",
                "X | south | 2024-01-31 | 2024-03-31 | false | false | 1",
                "X | north | 2024-03-31 | 9999-12-31 | true | false | 2",
            ],
            Rows(_warehouse, Versions));
    }

    [Fact]
    public void A_customer_is_deleted_only_when_no_source_holds_it_any_longer()
    {
        var core = SourceMapping(_warehouse, "core-customers");
        var branch = SourceMapping(_warehouse, "branch-customers");
        _warehouse.Load("customers", _warehouse.WriteFile("core-jan.csv", "id,as_at,area\nX,2024-01-31,north\n"), core);
        _warehouse.Load(
            "customers", _warehouse.WriteFile("branch-feb.csv", "id,as_at,area\nX,2024-02-15,north\n"), branch);
        _warehouse.Load(
            "customers", _warehouse.WriteFile("branch-feb-end.csv", "id,as_at,area\nB1,2024-02-29,west\n"), branch);
        _warehouse.Load(
            "customers", _warehouse.WriteFile("core-mar.csv", "id,as_at,area\nA1,2024-03-31,north\n"), core);

        Build(_warehouse);

        // By hand: the core system holds X from 2024-01-31 to its next snapshot, 2024-03-31, which lacks X; the
        // branch system holds X from 2024-02-15 to 2024-02-29. Leaving the branch system on 2024-02-29 is not a
        // deletion while the core system holds X; X is deleted when the core system's hold ends.
        Assert.Equal(
            [
                "X | north | 2024-01-31 | 2024-03-31 | false | false | 1",
                "X | north | 2024-03-31 | 9999-12-31 | true | true | 2",
            ],
            Rows(
                _warehouse,
                Versions.Replace("order by", "where customer_id = 'X' order by", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(0, 1, 2, 3)]
    [InlineData(3, 2, 1, 0)]
    [InlineData(2, 0, 3, 1)]
    [InlineData(1, 3, 0, 2)]
    public void A_backlog_of_snapshots_gives_the_same_dimension_in_any_file_order(int a, int b, int c, int d)
    {
        using var reference = new TemporaryWarehouse();
        foreach (var snapshot in Backlog(reference))
        {
            reference.Load("customers", snapshot);
        }

        Build(reference);
        var files = Backlog(_warehouse);
        foreach (var index in new[] { a, b, c, d })
        {
            _warehouse.Load("customers", files[index]);
        }

        Build(_warehouse);

        // By hand for the backlog: C1 moves in April; C2 moves in February and is missing in April; C3 is
        // missing in February only; C4 arrives in February.
        Assert.Equal(
            [
                "C1 | north | 2024-01-31 | 2024-04-30 | false | false | 1",
                "C1 | east | 2024-04-30 | 9999-12-31 | true | false | 2",
                "C2 | east | 2024-01-31 | 2024-02-29 | false | false | 1",
                "C2 | south | 2024-02-29 | 2024-04-30 | false | false | 2",
                "C2 | south | 2024-04-30 | 9999-12-31 | true | true | 3",
                "C3 | west | 2024-01-31 | 2024-02-29 | false | false | 1",
                "C3 | west | 2024-02-29 | 2024-03-31 | false | true | 2",
                "C3 | west | 2024-03-31 | 9999-12-31 | true | false | 3",
                "C4 | north | 2024-02-29 | 9999-12-31 | true | false | 1",
            ],
            Rows(reference, Versions));
        Assert.Equal(Rows(reference, WholeDimension), Rows(_warehouse, WholeDimension));
    }

    [Fact]
    public void The_data_tests_refuse_two_versions_of_one_customer_starting_on_the_same_day()
    {
        _warehouse.Load("customers", WriteSnapshot(_warehouse, "2024-01-31", ("C1", "north")));
        var builder = Builder(_warehouse);
        var report = builder.BuildModels();

        // A second open version from the same day, as a faulty model could produce it.
        _warehouse.Database.Execute("""
            insert into core.dim_customer
            select customer_key + 1, customer_id, 'south', segment, income_band, age_band, open_date, status,
                   valid_from, valid_to, is_current, is_deleted, version_number + 1, last_snapshot_date
            from core.dim_customer
            """);
        var error = Assert.Throws<WarehouseException>(() => builder.RunDataTests(report.RunId));

        Assert.Contains("unique(core.dim_customer: customer_id, valid_from)", error.Message, StringComparison.Ordinal);
        Assert.Contains("dim_customer_has_one_current_version", error.Message, StringComparison.Ordinal);
        Assert.Contains("dim_customer_versions_are_contiguous", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A mapping of the given name reading files of id, snapshot date and region.</summary>
    private static string SourceMapping(TemporaryWarehouse warehouse, string name) =>
        warehouse.WriteFile($"{name}.json", $$$"""
            {"name": "{{{name}}}", "extract": "customers",
             "source": {"columns": ["id", "as_at", "area"]},
             "columns": {"customer_id": "id", "snapshot_date": "as_at", "region": "area",
                         "segment": "'retail'", "status": "'active'"}}
            """);

    /// <summary>Four monthly snapshots with a move, a deletion, a return and an arrival.</summary>
    private static List<string> Backlog(TemporaryWarehouse warehouse) =>
    [
        WriteSnapshot(warehouse, "2024-01-31", ("C1", "north"), ("C2", "east"), ("C3", "west")),
        WriteSnapshot(warehouse, "2024-02-29", ("C1", "north"), ("C2", "south"), ("C4", "north")),
        WriteSnapshot(warehouse, "2024-03-31", ("C1", "north"), ("C2", "south"), ("C3", "west"), ("C4", "north")),
        WriteSnapshot(warehouse, "2024-04-30", ("C1", "east"), ("C3", "west"), ("C4", "north")),
    ];

    /// <summary>A full snapshot file: every customer's region on the date, other attributes fixed.</summary>
    private static string WriteSnapshot(
        TemporaryWarehouse warehouse, string snapshotDate, params (string CustomerId, string Region)[] customers)
    {
        var lines = customers.Select(c => Line(c.CustomerId, snapshotDate, c.Region));
        return warehouse.WriteFile($"customers-{snapshotDate}.csv", $"{Header}\n{string.Join("\n", lines)}\n");
    }

    private static string Line(string customerId, string snapshotDate, string region, string openDate = "2015-03-01") =>
        $"{customerId},{snapshotDate},{region},retail,middle,1980-05-01,{openDate},active";

    private static ModelBuilder Builder(TemporaryWarehouse warehouse) =>
        new(warehouse.Database, TestWarehouse.EmbeddedCatalog, NullLogger.Instance);

    private static void Build(TemporaryWarehouse warehouse) => Builder(warehouse).Build();

    private static List<string> Rows(TemporaryWarehouse warehouse, string sql) =>
        TestWarehouse.RowsOf(warehouse.Database, sql);

    public void Dispose() => _warehouse.Dispose();
}
