using Warehouse.Etl.Contracts;
using Warehouse.Etl.Mappings;

namespace Warehouse.Etl.Tests.Mappings;

/// <summary>A mapping file a user names is checked before any file is read through it.</summary>
public sealed class MappingValidationTests : IDisposable
{
    private static readonly ContractCatalog Contracts = ContractCatalog.LoadEmbedded();

    private readonly TemporaryWarehouse _warehouse = new();

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("Branch")]
    [InlineData("branch customers")]
    [InlineData("-branch")]
    [InlineData("(contract layout)")]
    public void A_mapping_whose_name_cannot_name_a_source_is_refused(string name)
    {
        var path = WriteMapping(name, "\"region\": \"'north'\"");

        var error = Assert.Throws<WarehouseException>(() => MappingCatalog.Resolve(path, Contracts));

        Assert.Equal(ExitCode.Usage, error.ExitCode);
        Assert.Contains($"Mapping name '{name}' must be lowercase letters", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("branch-customers")]
    [InlineData("branch_2")]
    public void A_lowercase_name_with_digits_dashes_and_underscores_is_accepted(string name)
    {
        var mapping = MappingCatalog.Resolve(WriteMapping(name, "\"region\": \"'north'\""), Contracts);

        Assert.Equal(name, mapping.Name);
    }

    [Fact]
    public void A_mapping_filling_a_column_the_extract_lacks_is_refused_naming_the_columns_it_has()
    {
        var path = WriteMapping("branch-customers", "\"shoe_size\": \"'42'\"");

        var error = Assert.Throws<WarehouseException>(() => MappingCatalog.Resolve(path, Contracts));

        Assert.Contains(
            "Mapping 'branch-customers' fills 'shoe_size', which extract 'customers' does not have.",
            error.Message,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(
        "\"derive\": [{\"name\": \"x from source; drop table raw.customers; select 1 as y\", \"sql\": \"1\"}]",
        "derived column name 'x from source; drop table raw.customers; select 1 as y' must be a lowercase identifier")]
    [InlineData(
        "\"variants\": [{\"month\": \"1'; drop table raw.customers; select '\"}]",
        "variant value month='1'; drop table raw.customers; select '' must be a name, number or ISO date")]
    [InlineData(
        "\"variants\": [{\"month\": \"1 -- \"}]",
        "variant value month='1 -- ' must be a name, number or ISO date")]
    public void A_name_or_variant_value_spliced_into_sql_is_refused_unless_it_is_plain(string member, string said)
    {
        var path = _warehouse.WriteFile("mapping.json", $$$"""
            {"name": "branch-customers", "extract": "customers", {{{member}}},
             "source": {"columns": ["id", "as_at"]},
             "columns": {"customer_id": "id", "snapshot_date": "as_at", "segment": "'retail'", "status": "'active'"}}
            """);

        var error = Assert.Throws<WarehouseException>(() => MappingCatalog.Resolve(path, Contracts));

        Assert.Equal(ExitCode.Usage, error.ExitCode);
        Assert.Contains(said, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _warehouse.Dispose();

    /// <summary>A customers mapping of the given name: id and date from the file, plus one more column.</summary>
    private string WriteMapping(string name, string extraColumn) =>
        _warehouse.WriteFile("mapping.json", $$$"""
            {"name": "{{{name}}}", "extract": "customers",
             "source": {"columns": ["id", "as_at"]},
             "columns": {"customer_id": "id", "snapshot_date": "as_at", "segment": "'retail'",
                         "status": "'active'", {{{extraColumn}}}}}
            """);
}
