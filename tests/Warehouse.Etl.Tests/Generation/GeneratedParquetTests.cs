using Warehouse.Etl.Contracts;
namespace Warehouse.Etl.Tests.Generation;

/// <summary>Parquet output: schema typed from the contracts, the same rows as the CSV of the same options.</summary>
public sealed class GeneratedParquetTests(ParquetPortfolioFixture portfolio) : IClassFixture<ParquetPortfolioFixture>
{
    private ExtractQueries Queries => portfolio.Queries;

    public static TheoryData<string> Extracts => new(ContractCatalog.LoadOrder);

    [Theory]
    [MemberData(nameof(Extracts))]
    public void Parquet_columns_have_the_contract_names_order_and_types(string extract)
    {
        var contract = ExtractQueries.Contracts.Get(extract);
        var path = ParquetPath(extract);

        var schema = Queries.Rows(
            $"select name, type, logical_type from parquet_schema('{path}') where type is not null");
        var described = Queries.Rows($"describe select * from '{path}'");

        Assert.Equal(contract.Columns.Select(c => c.Name), schema.Select(r => (string)r[0]!));
        Assert.Equal(contract.Columns.Select(c => c.Name), described.Select(r => (string)r[0]!));
        for (var i = 0; i < contract.Columns.Count; i++)
        {
            var type = contract.Columns[i].ParsedType;
            var (physical, logical, duckDb) = Expected(type);
            Assert.Equal(physical, schema[i][1]);
            Assert.StartsWith(logical, (string?)schema[i][2] ?? "", StringComparison.Ordinal);
            Assert.Equal(duckDb, described[i][1]);
        }
    }

    [Theory]
    [MemberData(nameof(Extracts))]
    public void Parquet_and_csv_of_the_same_options_hold_the_same_rows(string extract)
    {
        var contract = ExtractQueries.Contracts.Get(extract);
        var csv = ExtractQueries.ReadCsvTyped(contract, Path.Combine(portfolio.CsvFolder, extract + ".csv"));
        var columns = string.Join(", ", contract.Columns.Select(c => c.ParsedType.Kind == ColumnKind.Timestamp
            ? $"cast({c.Name} as timestamp) as {c.Name}"
            : c.Name));
        var parquet = $"(select {columns} from '{ParquetPath(extract)}')";

        var rows = Queries.Scalar<long>($"select count(*) from {parquet}");
        var onlyInParquet = Queries.Scalar<long>(
            $"select count(*) from (select * from {parquet} except all select * from {csv})");
        var onlyInCsv = Queries.Scalar<long>(
            $"select count(*) from (select * from {csv} except all select * from {parquet})");

        Assert.True(rows > 0);
        Assert.Equal(0, onlyInParquet);
        Assert.Equal(0, onlyInCsv);
    }

    private string ParquetPath(string extract) => Path.Combine(portfolio.ParquetFolder, extract + ".parquet");

    /// <summary>Physical type, logical type annotation, and the DuckDB type it reads as.</summary>
    private static (string Physical, string Logical, string DuckDb) Expected(ColumnType type) => type.Kind switch
    {
        ColumnKind.Varchar => ("BYTE_ARRAY", "StringType", "VARCHAR"),
        ColumnKind.Integer => ("INT32", "IntType(bitWidth=", "INTEGER"),
        ColumnKind.Bigint => ("INT64", "IntType(bitWidth=", "BIGINT"),
        ColumnKind.Boolean => ("BOOLEAN", "", "BOOLEAN"),
        ColumnKind.Date => ("INT32", "DateType", "DATE"),
        ColumnKind.Timestamp => ("INT64", "TimestampType(isAdjustedToUTC=1", "TIMESTAMP WITH TIME ZONE"),
        ColumnKind.Decimal => (
            type.Precision <= 9 ? "INT32" : "INT64",
            $"DecimalType(scale={type.Scale}, precision={type.Precision})",
            $"DECIMAL({type.Precision},{type.Scale})"),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
