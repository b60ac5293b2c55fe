using Warehouse.Etl.Contracts;

namespace Warehouse.Etl.Tests.Contracts;

public sealed class ContractCatalogTests
{
    private readonly ContractCatalog _catalog = ContractCatalog.LoadEmbedded();

    [Fact]
    public void Every_extract_has_a_contract_whose_key_columns_are_required()
    {
        Assert.Equal(ContractCatalog.LoadOrder, _catalog.All.Select(c => c.Extract));
        Assert.All(_catalog.All, c => Assert.All(c.Key, k => Assert.True(c.Column(k).Required, $"{c.Extract}.{k}")));
    }

    [Fact]
    public void The_user_docs_match_the_contracts_the_loader_enforces()
    {
        var committed = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "contracts.md"));

        Assert.Equal(ContractDocs.Render(_catalog), committed);
    }

    [Theory]
    [InlineData("decimal(18,2)", ColumnKind.Decimal, 18, 2)]
    [InlineData("decimal(28,0)", ColumnKind.Decimal, 28, 0)]
    [InlineData("DATE", ColumnKind.Date, 0, 0)]
    public void Declared_types_parse(string declaration, ColumnKind kind, int precision, int scale) =>
        Assert.Equal(new ColumnType(kind, precision, scale), ColumnType.Parse(declaration));

    [Theory]
    [InlineData("decimal(29,2)")]
    [InlineData("decimal(5,6)")]
    [InlineData("double")]
    [InlineData("float")]
    public void Types_outside_the_contract_language_are_refused(string declaration) =>
        Assert.Throws<FormatException>(() => ColumnType.Parse(declaration));
}
