namespace Warehouse.Etl.Tests.Generation;

/// <summary>Test classes that read the one CSV portfolio generated for all of them.</summary>
[CollectionDefinition(Name)]
public sealed class GeneratedPortfolioCollection : ICollectionFixture<GeneratedPortfolioFixture>
{
    public const string Name = "Generated portfolio";
}
