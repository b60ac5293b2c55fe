using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Etl.Contracts;
using Warehouse.Etl.Loading;
using Warehouse.Etl.Mappings;
using Warehouse.Etl.Storage;

namespace Warehouse.Etl.Tests;

/// <summary>A real warehouse file in a fresh temporary folder, deleted afterwards.</summary>
internal sealed class TemporaryWarehouse : IDisposable
{
    public TemporaryWarehouse()
    {
        Folder = Directory.CreateTempSubdirectory("warehouse-test-").FullName;
        DatabasePath = System.IO.Path.Combine(Folder, "warehouse.duckdb");
        Contracts = ContractCatalog.LoadEmbedded();
        Database = WarehouseDatabase.Open(DatabasePath, Contracts);
        Loader = new ExtractLoader(Database, NullLogger<ExtractLoader>.Instance, TimeProvider.System);
    }

    public string Folder { get; }

    public string DatabasePath { get; }

    public ContractCatalog Contracts { get; }

    public WarehouseDatabase Database { get; private set; }

    public ExtractLoader Loader { get; private set; }

    /// <summary>Writes a file into the temporary folder and returns its path.</summary>
    public string WriteFile(string name, string content)
    {
        var path = System.IO.Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Writes bytes as they are (any encoding) into the temporary folder and returns the path.</summary>
    public string WriteBytes(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public LoadResult Load(string extract, string path, string? mapping = null) =>
        Loader.Load(
            Contracts.Get(extract),
            path,
            mapping is null ? null : MappingCatalog.Resolve(mapping, Contracts));

    /// <summary>Closes and reopens the file, as a later process would.</summary>
    public void Reopen()
    {
        Database.Dispose();
        Database = WarehouseDatabase.Open(DatabasePath, Contracts);
        Loader = new ExtractLoader(Database, NullLogger<ExtractLoader>.Instance, TimeProvider.System);
    }

    public T Scalar<T>(string sql) => Dapper.SqlMapper.ExecuteScalar<T>(Database.Connection, sql)!;

    public void Dispose()
    {
        Database.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
