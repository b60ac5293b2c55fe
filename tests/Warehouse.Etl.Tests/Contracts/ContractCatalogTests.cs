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

    [Theory]
    [InlineData("p")]
    [InlineData("pilot_id")]
    [InlineData("pilot_2_")]
    public void A_lowercase_column_name_starting_with_a_letter_is_accepted(string name)
    {
        var contract = ContractCatalog.Parse(ContractWithColumn(name), "test.json");

        Assert.Equal(name, Assert.Single(contract.Columns).Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("_pilot_id")]
    [InlineData("2pilot")]
    [InlineData("Pilot_id")]
    [InlineData("pilot-id")]
    [InlineData("pilot id")]
    public void A_column_name_that_is_not_a_lowercase_identifier_starting_with_a_letter_is_refused(string name)
    {
        var error = Assert.Throws<WarehouseException>(
            () => ContractCatalog.Parse(ContractWithColumn(name), "test.json"));

        Assert.Contains(
            $"column name '{name}' must be a lowercase identifier", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_customers_extract_is_a_full_snapshot_that_must_keep_half_the_previous_customers()
    {
        var snapshot = _catalog.Get("customers").Snapshot;

        Assert.Equal(new SnapshotRule { DateColumn = "snapshot_date", MinShareOfPrevious = 0.5 }, snapshot);
    }

    [Theory]
    [InlineData("region", 0.5, "must be a date column of the key")]
    [InlineData("customer_id", 0.5, "must be a date column of the key")]
    [InlineData("snapshot_date", 0, "min_share_of_previous is 0")]
    [InlineData("snapshot_date", 1.5, "min_share_of_previous is 1.5")]
    public void A_snapshot_rule_needs_a_date_key_column_and_a_share_up_to_one(
        string dateColumn, double share, string message)
    {
        var json = $$"""
            {
              "extract": "test", "table": "test", "description": "", "grain": "one row",
              "key": [ "customer_id", "snapshot_date" ],
              "snapshot": { "date_column": "{{dateColumn}}", "min_share_of_previous": {{share}} },
              "columns": [
                { "name": "customer_id", "type": "varchar", "required": true },
                { "name": "snapshot_date", "type": "date", "required": true },
                { "name": "region", "type": "varchar" }
              ]
            }
            """;

        var error = Assert.Throws<WarehouseException>(() => ContractCatalog.Parse(json, "test.json"));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_extract_declares_its_drift_policy_and_the_dated_ones_their_period()
    {
        var periods = _catalog.All.ToDictionary(
            c => c.Extract, c => c.Period is { } p ? $"{p.Column} {p.GrainName}" : null);

        Assert.Equal("as_of_date month", periods["risk"]);
        Assert.Equal("snapshot_date day", periods["customers"]);
        Assert.Equal("event_at month", periods["engagement"]);
        Assert.Equal("responded_at month", periods["surveys"]);
        Assert.Null(periods["pilots"]);
        Assert.Null(periods["assignments"]);
        Assert.Equal(DriftPolicy.Refuse, _catalog.Get("risk").Drift);
        Assert.Equal(DriftPolicy.Warn, _catalog.Get("engagement").Drift);
    }

    [Theory]
    [InlineData("{ \"name\": \"day\", \"type\": \"varchar\", \"required\": true }")]
    [InlineData("{ \"name\": \"day\", \"type\": \"date\" }")]
    [InlineData("{ \"name\": \"other\", \"type\": \"date\", \"required\": true }")]
    public void A_period_column_must_be_a_required_date_or_timestamp_of_the_contract(string column)
    {
        var json = $$"""
            {
              "extract": "test", "table": "test", "description": "", "grain": "one row", "key": [],
              "period": { "column": "day", "grain": "month" },
              "columns": [ {{column}} ]
            }
            """;

        var error = Assert.Throws<WarehouseException>(() => ContractCatalog.Parse(json, "test.json"));

        Assert.Contains("period column 'day'", error.Message, StringComparison.Ordinal);
    }

    private static string ContractWithColumn(string name) => $$"""
        {
          "extract": "test", "table": "test", "description": "", "grain": "one row", "key": [],
          "columns": [ { "name": "{{name}}", "type": "varchar" } ]
        }
        """;
}
