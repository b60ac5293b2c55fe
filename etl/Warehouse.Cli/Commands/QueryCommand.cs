using System.Data;
using System.Globalization;
using Cocona;
using DuckDB.NET.Data;
using Warehouse.Etl;
using Warehouse.Etl.Storage;

namespace Warehouse.Cli.Commands;

/// <summary><c>warehouse query</c>: runs one read-only SQL query and prints the rows.</summary>
internal sealed class QueryCommand
{
    [Command("query", Description = "Run a read-only SQL query against the warehouse and print the result")]
    public int Run(
        [Argument(Description = "SQL query, for example \"select * from marts.portfolio_kpis_monthly\"")]
        string sql,
        CommonOptions common,
        [Option("max-rows", Description = "Rows to print at most")]
        int maxRows = 50)
    {
        Verbosity.Apply(common);
        using var database = WarehouseDatabase.OpenReadOnly(WarehouseDatabase.ResolvePath(common.Db));

        // Read-only means the files around the warehouse too: no copy ... to, no reading other files.
        database.Execute("set enable_external_access = false");
        using var command = database.Connection.CreateCommand();
        command.CommandText = sql;
        DataTable table;
        try
        {
            using var reader = command.ExecuteReader();
            table = new DataTable { Locale = CultureInfo.InvariantCulture };
            table.Load(reader);
        }
        catch (DuckDBException ex)
        {
            throw new WarehouseException($"Query failed: {ex.Message.Split('\n')[0]}", ex);
        }

        TextTable.Write(table, maxRows, Console.Out);
        return 0;
    }
}
