using Warehouse.Etl.Generation;

namespace Warehouse.Etl.Tests.Generation;

public sealed class PartialFileTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void A_completed_file_is_moved_into_place_and_abandoning_it_afterwards_changes_nothing()
    {
        var file = new PartialFile(_folder.Sub("risk.csv"));
        File.WriteAllText(file.PartialPath, "complete");
        var closed = false;

        file.MoveIntoPlace();
        file.Abandon(() => closed = true);

        Assert.Equal("complete", File.ReadAllText(file.Path));
        Assert.False(File.Exists(file.PartialPath));
        Assert.False(closed);
    }

    [Fact]
    public void An_abandoned_file_is_closed_and_deleted_and_never_appears_under_its_final_name()
    {
        var file = new PartialFile(_folder.Sub("risk.csv"));
        File.WriteAllText(file.PartialPath, "half");
        var closed = false;

        file.Abandon(() => closed = true);

        Assert.True(closed);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void An_io_error_while_closing_an_abandoned_file_is_not_reported_over_the_failure()
    {
        var file = new PartialFile(_folder.Sub("risk.csv"));
        File.WriteAllText(file.PartialPath, "half");

        file.Abandon(() => throw new IOException("disk full"));

        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void Any_other_error_while_closing_is_reported_and_the_partial_file_still_deleted()
    {
        var file = new PartialFile(_folder.Sub("risk.csv"));
        File.WriteAllText(file.PartialPath, "half");

        Assert.Throws<ArgumentException>(() => file.Abandon(() => throw new ArgumentException("bug")));

        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    public void Dispose() => _folder.Dispose();
}
