using Warehouse.Etl.Generation;

namespace Warehouse.Etl.Tests.Generation;

/// <summary>
/// One CSV portfolio generated for the test classes that read it, loaded into DuckDB tables named after
/// the extracts: enough customers for the pilot to have a few hundred assigned customers, few enough
/// months to stay fast.
/// </summary>
public sealed class GeneratedPortfolioFixture : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public GeneratedPortfolioFixture()
    {
        Options = new GeneratorOptions { Customers = 4_000, Months = 12, Seed = 42 };
        Result = PortfolioGenerator.Generate(Options, _folder.Path, CancellationToken.None);
        Queries = new ExtractQueries();
        Queries.LoadCsvTables(_folder.Path);
    }

    public GeneratorOptions Options { get; }

    public GenerationResult Result { get; }

    public string Folder => _folder.Path;

    public ExtractQueries Queries { get; }

    public void Dispose()
    {
        Queries.Dispose();
        _folder.Dispose();
    }
}
