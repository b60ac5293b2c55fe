using Warehouse.Etl.Generation;

namespace Warehouse.Etl.Tests.Generation;

/// <summary>A small portfolio generated twice from the same options: once as Parquet, once as CSV.</summary>
public sealed class ParquetPortfolioFixture : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public ParquetPortfolioFixture()
    {
        var options = new GeneratorOptions { Customers = 300, Months = 9, Seed = 7 };
        var parquet = options with { Format = GeneratorFormat.Parquet };
        PortfolioGenerator.Generate(parquet, ParquetFolder, CancellationToken.None);
        PortfolioGenerator.Generate(options, CsvFolder, CancellationToken.None);
    }

    public string ParquetFolder => _folder.Sub("parquet");

    public string CsvFolder => _folder.Sub("csv");

    public ExtractQueries Queries { get; } = new();

    public void Dispose()
    {
        Queries.Dispose();
        _folder.Dispose();
    }
}
