using Warehouse.Etl.Loading;
using Warehouse.Etl.Contracts;
using Warehouse.Etl.Generation;

namespace Warehouse.Etl.Tests.Generation;

/// <summary>What the generator writes, the loader takes whole: every row loaded, none rejected.</summary>
public sealed class GeneratedLoadTests : IDisposable
{
    private readonly TemporaryWarehouse _warehouse = new();
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void The_committed_sample_loads_without_a_reject()
    {
        var sample = Path.Combine(RepositoryFiles.Root, "data-samples", "synthetic");

        var results = ContractCatalog.LoadOrder
            .Select(extract => _warehouse.Load(extract, Path.Combine(sample, extract + ".csv")))
            .ToList();

        Assert.All(results, r => Assert.Equal((LoadStatus.Loaded, 0L), (r.Status, r.RecordsRejected)));
        Assert.All(results, r => Assert.Equal(r.RecordsRead, r.RowsLoaded));
        Assert.Equal(200L, _warehouse.Scalar<long>("select count(distinct customer_id) from raw.customers"));
    }

    [Fact]
    public void Generated_parquet_loads_without_a_reject_and_keeps_its_timestamps()
    {
        var options = new GeneratorOptions { Customers = 150, Months = 9, Format = GeneratorFormat.Parquet };
        var generated = PortfolioGenerator.Generate(options, _folder.Path, CancellationToken.None);

        var results = generated.Extracts.Select(e => _warehouse.Load(e.Extract, e.Path)).ToList();

        Assert.All(results, r => Assert.Equal((LoadStatus.Loaded, 0L), (r.Status, r.RecordsRejected)));
        Assert.Equal(
            generated.Extracts.Select(e => e.Rows),
            results.Select(r => r.RowsLoaded));
        Assert.Equal(0L, _warehouse.Scalar<long>(
            "select count(*) from raw.engagement_events where hour(event_at) < 6 or event_at > '2026-10-31 23:59:59'"));
    }

    public void Dispose()
    {
        _warehouse.Dispose();
        _folder.Dispose();
    }
}
