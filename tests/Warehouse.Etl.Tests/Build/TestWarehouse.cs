using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Etl.Build;
using Warehouse.Etl.Contracts;
using Warehouse.Etl.Loading;
using Warehouse.Etl.Storage;

namespace Warehouse.Etl.Tests.Build;

/// <summary>An in-memory warehouse with the raw tables of the contracts, for tests that build the models.</summary>
internal sealed class TestWarehouse : IDisposable
{
    private static readonly ContractCatalog Contracts = ContractCatalog.LoadEmbedded();

    private TestWarehouse(WarehouseDatabase database)
    {
        Database = database;
    }

    public WarehouseDatabase Database { get; }

    public static ModelCatalog EmbeddedCatalog { get; } = ModelCatalog.LoadEmbedded(Contracts);

    public static TestWarehouse Create() => new(WarehouseDatabase.Open(":memory:", Contracts));

    /// <summary>A warehouse in a file, created when missing.</summary>
    public static TestWarehouse OpenFile(string path) => new(WarehouseDatabase.Open(path, Contracts));

    /// <summary>Loads an extract file as <c>warehouse load</c> does, throwing unless every row is accepted.</summary>
    public void Load(string extract, string path)
    {
        var loader = new ExtractLoader(Database, NullLogger<ExtractLoader>.Instance, TimeProvider.System);
        var result = loader.Load(Contracts.Get(extract), path, null);
        if (result.Status != LoadStatus.Loaded || result.RecordsRejected > 0)
        {
            throw new InvalidOperationException(
                $"{path} did not load cleanly: {result.Status}, {result.RecordsRejected} rejected "
                + $"(batch {result.BatchId}).");
        }
    }

    public void Execute(string sql) => Database.Execute(sql);

    /// <summary>Builds the shipped models and runs the data tests, throwing when any fails.</summary>
    public BuildReport Build() => Builder().Build();

    /// <summary>One customer snapshot file: every customer's region on the date, other attributes fixed.</summary>
    public void InsertSnapshot(
        int batch,
        string snapshotDate,
        params (string CustomerId, string Region)[] customers)
    {
        var rows = customers.Select((c, i) =>
            $"('{c.CustomerId}', '{snapshotDate}', '{c.Region}', 'retail', 'middle', '1980-05-01', "
            + $"'2015-03-01', 'active', {batch}, 'customers_{batch}.csv', {i + 2})");
        Execute(
            "insert into raw.customers (customer_id, snapshot_date, region, segment, income_band, birth_date, "
            + "open_date, status, _batch_id, _source_file, _source_line) values "
            + string.Join(", ", rows));
    }

    public ModelBuilder Builder(ModelCatalog? catalog = null) =>
        new(Database, catalog ?? EmbeddedCatalog, NullLogger.Instance);

    public object? Scalar(string sql)
    {
        using var command = Database.Connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    /// <summary>The query's rows, each as its columns' values formatted invariantly and joined by " | ".</summary>
    public List<string> Rows(string sql) => RowsOf(Database, sql);

    /// <summary>The query's rows on any warehouse, formatted as <see cref="Rows(string)"/> formats them.</summary>
    public static List<string> RowsOf(WarehouseDatabase database, string sql)
    {
        using var command = database.Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var values = Enumerable.Range(0, reader.FieldCount).Select(i => Format(reader.GetValue(i)));
            rows.Add(string.Join(" | ", values));
        }

        return rows;
    }

    private static string Format(object value) => value switch
    {
        DBNull => "null",
        DateTime date when date.TimeOfDay == TimeSpan.Zero => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dateTime => dateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        double number => number.ToString("0.######", CultureInfo.InvariantCulture),
        decimal number => number.ToString("0.00####", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public void Dispose() => Database.Dispose();
}
