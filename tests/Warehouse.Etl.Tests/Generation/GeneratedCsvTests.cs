using System.Globalization;
using Warehouse.Etl.Contracts;

namespace Warehouse.Etl.Tests.Generation;

/// <summary>
/// The generated CSV files read back through DuckDB with the contracts' declared types and no detection,
/// and every value keeps its contract's rules.
/// </summary>
[Collection(GeneratedPortfolioCollection.Name)]
public sealed class GeneratedCsvTests(GeneratedPortfolioFixture portfolio)
{
    public static TheoryData<string> Extracts => new(ContractCatalog.LoadOrder);

    [Theory]
    [MemberData(nameof(Extracts))]
    public void Each_file_has_the_contract_header_and_the_reported_row_count(string extract)
    {
        var contract = ExtractQueries.Contracts.Get(extract);
        var written = portfolio.Result.Extracts.Single(e => e.Extract == extract);

        var header = File.ReadLines(written.Path).First();
        var typed = ExtractQueries.ReadCsvTyped(contract, written.Path);
        var rows = portfolio.Queries.Scalar<long>($"select count(*) from {typed}");

        Assert.Equal(string.Join(',', contract.Columns.Select(c => c.Name)), header);
        Assert.Equal(written.Rows, rows);
        Assert.True(rows > 0, $"{extract} is empty");
    }

    [Theory]
    [MemberData(nameof(Extracts))]
    public void Every_value_keeps_the_rules_of_its_contract_column(string extract)
    {
        var contract = ExtractQueries.Contracts.Get(extract);
        var broken = new List<string>();

        foreach (var column in contract.Columns)
        {
            foreach (var (rule, condition) in Rules(column))
            {
                var count = portfolio.Queries.Scalar<long>($"select count(*) from {extract} where {condition}");
                if (count > 0)
                {
                    broken.Add($"{column.Name}: {count} rows break '{rule}'");
                }
            }
        }

        Assert.Empty(broken);
    }

    [Theory]
    [MemberData(nameof(Extracts))]
    public void Values_are_written_in_the_contract_dialect(string extract)
    {
        var contract = ExtractQueries.Contracts.Get(extract);
        var text = ExtractQueries.ReadCsvText(contract, Path.Combine(portfolio.Folder, extract + ".csv"));
        var checks = contract.Columns
            .Select(c => (c.Name, Pattern: WrittenAs(c.ParsedType)))
            .Where(c => c.Pattern is not null)
            .ToList();

        var counts = portfolio.Queries.Rows(
            "select " + string.Join(", ", checks.Select(c =>
                $"count(*) filter (where {c.Name} is not null and not regexp_full_match({c.Name}, '{c.Pattern}'))"))
            + $" from {text}").Single();

        var broken = checks.Zip(counts)
            .Where(pair => Convert.ToInt64(pair.Second, CultureInfo.InvariantCulture) > 0)
            .Select(pair => $"{pair.First.Name}: {pair.Second} values not written as {pair.First.Pattern}");
        Assert.Empty(broken);
    }

    [Theory]
    [MemberData(nameof(Extracts))]
    public void Keys_are_unique(string extract)
    {
        var contract = ExtractQueries.Contracts.Get(extract);
        var key = string.Join(", ", contract.Key);

        var duplicates = portfolio.Queries.Scalar<long>(
            $"select count(*) from (select {key} from {extract} group by {key} having count(*) > 1)");

        Assert.Equal(0, duplicates);
    }

    [Theory]
    [MemberData(nameof(Extracts))]
    public void Every_allowed_value_of_a_column_occurs_somewhere(string extract)
    {
        var contract = ExtractQueries.Contracts.Get(extract);
        var missing = new List<string>();

        foreach (var column in contract.Columns.Where(c => c.Allowed is not null))
        {
            var present = portfolio.Queries
                .Rows($"select distinct {column.Name} from {extract} where {column.Name} is not null")
                .Select(r => (string)r[0]!)
                .ToHashSet();
            missing.AddRange(column.Allowed!.Where(v => !present.Contains(v)).Select(v => $"{column.Name} = '{v}'"));
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Names_and_addresses_are_synthetic_and_follow_the_customer_number()
    {
        var mismatched = portfolio.Queries.Scalar<long>(
            "select count(*) from customers where full_name <> 'Customer ' || customer_id "
            + "or email <> 'c' || customer_id || '@example.com'");

        Assert.Equal(0, mismatched);
    }

    /// <summary>How the dialect writes a type: ISO dates, UTC timestamps to the second, exact decimal scale.</summary>
    private static string? WrittenAs(ColumnType type) => type.Kind switch
    {
        ColumnKind.Decimal => $"-?[0-9]+\\.[0-9]{{{type.Scale}}}",
        ColumnKind.Date => "[0-9]{4}-[0-9]{2}-[0-9]{2}",
        ColumnKind.Timestamp => "[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}",
        ColumnKind.Boolean => "true|false",
        ColumnKind.Integer or ColumnKind.Bigint => "-?[0-9]+",
        _ => null,
    };

    private static IEnumerable<(string Rule, string Condition)> Rules(ContractColumn column)
    {
        var name = column.Name;
        if (column.Required)
        {
            yield return ("required", $"{name} is null");
        }

        if (column.Allowed is { } allowed)
        {
            var list = string.Join(", ", allowed.Select(v => $"'{v}'"));
            yield return ($"allowed: {list}", $"{name} not in ({list})");
        }

        if (column.Min is { } min)
        {
            yield return ($">= {min}", $"{name} < {min.ToString(CultureInfo.InvariantCulture)}");
        }

        if (column.Max is { } max)
        {
            yield return ($"<= {max}", $"{name} > {max.ToString(CultureInfo.InvariantCulture)}");
        }

        if (column.Pattern is { } pattern)
        {
            var whole = pattern.TrimStart('^').TrimEnd('$');
            yield return ($"pattern {pattern}", $"not regexp_full_match({name}, '{whole}')");
        }
    }
}
