using Warehouse.Etl.Loading;

namespace Warehouse.Etl.Tests.Loading;

/// <summary>
/// The loader reads a private copy taken once, beside the warehouse: a file a writer changes while it is
/// copied is refused, and the copy never outlives the load.
/// </summary>
public sealed class FileSnapshotTests : IDisposable
{
    private const string Header = "pilot_id,customer_id,arm,assigned_date\n";

    private readonly TemporaryWarehouse _warehouse = new();

    [Fact]
    public void A_file_that_grows_while_it_is_copied_is_refused_and_nothing_is_loaded()
    {
        var file = _warehouse.WriteFile("assignments.csv", Header + "p1,C1,pilot,2025-01-31\n");
        string? copy = null;
        _warehouse.Loader.WhileCopying = snapshot =>
        {
            copy = snapshot;
            File.AppendAllText(file, "p1,C2,control,2025-01-31\n");
        };

        var error = Assert.Throws<WarehouseException>(() => _warehouse.Load("assignments", file));

        Assert.Equal(ExitCode.BadInput, error.ExitCode);
        Assert.StartsWith(
            $"{file}: changed while being read; load it again once the writer has finished.",
            error.Message,
            StringComparison.Ordinal);
        Assert.Equal(0L, _warehouse.Scalar<long>("select count(*) from meta.load_batches"));
        Assert.Equal(0L, _warehouse.Scalar<long>("select count(*) from raw.pilot_assignments"));
        Assert.False(Directory.Exists(Path.GetDirectoryName(copy)), "the copy's folder outlived the refusal");
    }

    [Fact]
    public void A_file_truncated_while_it_is_copied_is_refused()
    {
        var file = _warehouse.WriteFile(
            "assignments.csv",
            Header + string.Concat(Enumerable.Range(1, 5000).Select(i => $"p1,C{i},pilot,2025-01-31\n")));
        _warehouse.Loader.WhileCopying = _ => File.WriteAllText(file, Header);

        var error = Assert.Throws<WarehouseException>(() => _warehouse.Load("assignments", file));

        Assert.Contains("changed while being read", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, _warehouse.Scalar<long>("select count(*) from raw.pilot_assignments"));
    }

    [Fact]
    public void The_copy_is_deleted_after_a_load_and_after_a_file_that_cannot_be_read()
    {
        var good = _warehouse.WriteFile("good.csv", Header + "p1,C1,pilot,2025-01-31\n");
        // The same columns as the good file, so the second load is no schema drift but a file that cannot be read.
        var bad = _warehouse.WriteFile("bad.csv", Header + "\"p1,C1,pilot,2025-01-31\n");
        var copies = new List<string>();
        _warehouse.Loader.WhileCopying = copies.Add;

        var loaded = _warehouse.Load("assignments", good);
        var error = Assert.Throws<WarehouseException>(() => _warehouse.Load("assignments", bad));

        Assert.Equal(LoadStatus.Loaded, loaded.Status);
        Assert.Equal(2, copies.Count);
        Assert.All(copies, c => Assert.False(Directory.Exists(Path.GetDirectoryName(c)), c));

        // The message names the file the user gave, never the private copy.
        Assert.Contains(bad, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(copies[1], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_next_load_deletes_a_copy_left_by_a_killed_load_of_the_same_warehouse_only()
    {
        var killed = Directory.CreateDirectory(_warehouse.DatabasePath + ".load-killed").FullName;
        File.WriteAllText(Path.Combine(killed, "assignments.csv"), Header);
        var otherWarehouse = Directory.CreateDirectory(
            Path.Combine(_warehouse.Folder, "other.duckdb.load-busy")).FullName;
        var file = _warehouse.WriteFile("assignments.csv", Header + "p1,C1,pilot,2025-01-31\n");
        string? copy = null;
        _warehouse.Loader.WhileCopying = snapshot => copy = snapshot;

        _warehouse.Load("assignments", file);

        Assert.StartsWith(_warehouse.DatabasePath + ".load-", copy, StringComparison.Ordinal);
        Assert.False(Directory.Exists(killed));
        Assert.True(Directory.Exists(otherWarehouse));
    }

    public void Dispose() => _warehouse.Dispose();
}
