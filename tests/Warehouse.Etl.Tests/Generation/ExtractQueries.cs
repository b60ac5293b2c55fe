using System.Globalization;
using DuckDB.NET.Data;
using Warehouse.Etl.Contracts;

namespace Warehouse.Etl.Tests.Generation;

/// <summary>
/// An in-memory DuckDB database over generated extract files, read independently of the generator:
/// CSV through <c>read_csv</c> with the contract's declared types and no detection, Parquet as written.
/// </summary>
public sealed class ExtractQueries : IDisposable
{
    private readonly DuckDBConnection _connection;

    public ExtractQueries()
    {
        _connection = new DuckDBConnection("Data Source=:memory:");
        _connection.Open();
        Execute("set TimeZone = 'UTC'");
    }

    public static ContractCatalog Contracts { get; } = ContractCatalog.LoadEmbedded();

    /// <summary>
    /// <c>read_csv</c> of a contract's file with declared column types, <c>auto_detect = false</c> and
    /// <c>strict_mode</c>: a value that does not parse as its type fails the query.
    /// </summary>
    public static string ReadCsvTyped(ExtractContract contract, string path) =>
        ReadCsv(path, contract.Columns.Select(c => (c.Name, c.ParsedType.SqlType)));

    /// <summary>The same file with every column as text, to check how values are written.</summary>
    public static string ReadCsvText(ExtractContract contract, string path) =>
        ReadCsv(path, contract.Columns.Select(c => (c.Name, "varchar")));

    /// <summary>
    /// Loads each extract's <c>&lt;extract&gt;.csv</c> in a folder into a table named after it, typed by its contract.
    /// </summary>
    public void LoadCsvTables(string folder)
    {
        foreach (var contract in Contracts.All)
        {
            var path = Path.Combine(folder, contract.Extract + ".csv");
            Execute($"create or replace table {contract.Extract} as select * from {ReadCsvTyped(contract, path)}");
        }
    }

    public void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public T Scalar<T>(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is null or DBNull
            ? default!
            : (T)Convert.ChangeType(
                value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);
    }

    /// <summary>Every row of a query, each value as DuckDB returns it (null for SQL null).</summary>
    public List<object?[]> Rows(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public void Dispose() => _connection.Dispose();

    private static string ReadCsv(string path, IEnumerable<(string Name, string Type)> columns)
    {
        var declared = string.Join(", ", columns.Select(c => $"'{c.Name}': '{c.Type}'"));
        return $"read_csv('{path.Replace("'", "''", StringComparison.Ordinal)}', header = true, auto_detect = false, "
            + "delim = ',', quote = '\"', escape = '\"', dateformat = '%Y-%m-%d', "
            + "timestampformat = '%Y-%m-%d %H:%M:%S', strict_mode = true, "
            + $"columns = {{{declared}}})";
    }
}
