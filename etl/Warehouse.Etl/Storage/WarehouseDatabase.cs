using System.Data;
using DuckDB.NET.Data;
using Warehouse.Etl.Contracts;

namespace Warehouse.Etl.Storage;

/// <summary>
/// The warehouse file: one DuckDB database holding the <c>raw</c>, <c>staging</c>, <c>core</c>,
/// <c>marts</c> and <c>meta</c> schemas. Opening it for writing takes DuckDB's file lock; a second
/// writer gets a <see cref="WarehouseException"/> with <see cref="ExitCode.WarehouseBusy"/>.
/// </summary>
public sealed class WarehouseDatabase : IDisposable
{
    /// <summary>The file name used when neither <c>--db</c> nor <c>WAREHOUSE_DB</c> is given.</summary>
    public const string DefaultFileName = "warehouse.duckdb";

    private WarehouseDatabase(string path, DuckDBConnection connection)
    {
        Path = path;
        Connection = connection;
    }

    /// <summary>Full path of the database file, or <c>:memory:</c>.</summary>
    public string Path { get; }

    public DuckDBConnection Connection { get; }

    /// <summary>The database file a command uses: the option, else <c>WAREHOUSE_DB</c>, else the default.</summary>
    public static string ResolvePath(string? option)
    {
        var chosen = !string.IsNullOrWhiteSpace(option)
            ? option
            : Environment.GetEnvironmentVariable("WAREHOUSE_DB") is { Length: > 0 } fromEnvironment
                ? fromEnvironment
                : DefaultFileName;
        return chosen == ":memory:" ? chosen : System.IO.Path.GetFullPath(chosen);
    }

    /// <summary>
    /// Opens (creating when missing) the warehouse for writing and makes sure every schema, raw table
    /// and bookkeeping table exists. Safe to call on an existing warehouse.
    /// </summary>
    public static WarehouseDatabase Open(string path, ContractCatalog contracts)
    {
        if (Directory.Exists(path))
        {
            throw new WarehouseException($"{path} is a folder; --db takes a DuckDB file.", ExitCode.BadInput);
        }

        var database = OpenConnection(path, readOnly: false);
        database.EnsureSchema(contracts);
        return database;
    }

    /// <summary>
    /// Opens an existing warehouse for writing; a missing file is an error rather than a new, empty
    /// warehouse, so a mistyped <c>--db</c> is caught.
    /// </summary>
    public static WarehouseDatabase OpenExisting(string path, ContractCatalog contracts)
    {
        RequireFile(path);
        return Open(path, contracts);
    }

    /// <summary>Opens an existing warehouse for reading only; many readers may do this at once.</summary>
    public static WarehouseDatabase OpenReadOnly(string path)
    {
        RequireFile(path);
        return OpenConnection(path, readOnly: true);
    }

    private static void RequireFile(string path)
    {
        if (path != ":memory:" && !File.Exists(path))
        {
            throw new WarehouseException(
                $"No warehouse at {path}. Create one with 'warehouse init' and load extracts into it, "
                + "or run 'warehouse demo' (its warehouse is warehouse-demo/warehouse.duckdb).",
                ExitCode.NotFound);
        }
    }

    private static WarehouseDatabase OpenConnection(string path, bool readOnly)
    {
        if (path != ":memory:")
        {
            var folder = System.IO.Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        var settings = new DuckDBConnectionStringBuilder { DataSource = path };
        if (readOnly)
        {
            settings["ACCESS_MODE"] = "READ_ONLY";
        }

        var connection = new DuckDBConnection(settings.ConnectionString);
        try
        {
            connection.Open();
        }
        catch (DuckDBException ex) when (ex.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            connection.Dispose();
            throw new WarehouseException(
                $"The warehouse {path} is in use by another process ({FirstLine(ex.Message)}). "
                + "Wait for that job to finish, or close the tool that has the file open.",
                ex,
                ExitCode.WarehouseBusy);
        }
        catch (DuckDBException ex)
        {
            connection.Dispose();
            throw new WarehouseException(
                $"{path} cannot be opened as a warehouse: {FirstLine(ex.Message)}. "
                + "Give --db the path of a DuckDB file, or of a new file to create.",
                ex,
                ExitCode.BadInput);
        }

        var database = new WarehouseDatabase(path, connection);

        // Stored dates and timestamps are UTC; the connection's zone must never shift them.
        database.Execute("set TimeZone = 'UTC'");
        return database;
    }

    /// <summary>Runs a statement that returns no rows.</summary>
    public int Execute(string sql, IDbTransaction? transaction = null)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        if (transaction is not null)
        {
            command.Transaction = (DuckDBTransaction)transaction;
        }

        return command.ExecuteNonQuery();
    }

    private void EnsureSchema(ContractCatalog contracts)
    {
        foreach (var schema in new[] { "raw", "staging", "core", "marts", "meta" })
        {
            Execute($"create schema if not exists {schema}");
        }

        Execute(SqlResources.Read("sql/warehouse/meta.sql"));
        foreach (var contract in contracts.All)
        {
            Execute(RawTableDdl(contract));
        }
    }

    /// <summary>The raw table of a contract: declared columns plus lineage.</summary>
    internal static string RawTableDdl(ExtractContract contract)
    {
        var columns = contract.Columns.Select(c => $"    {c.Name} {c.ParsedType.SqlType}");
        var lineage = new[]
        {
            "    _batch_id bigint not null",
            "    _source_file varchar not null",
            "    _source_line bigint not null",
        };
        return $"create table if not exists {contract.RawTable} (\n"
            + string.Join(",\n", columns.Concat(lineage))
            + "\n)";
    }

    private static string FirstLine(string message) =>
        message.Split('\n', 2)[0].Trim();

    public void Dispose() => Connection.Dispose();
}
