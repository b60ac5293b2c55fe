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
        [Option("max-rows", Description = "Rows to print at most", ValueName = "N")]
        int maxRows = 50)
    {
        Verbosity.Apply(common);
        TextTable.RequireRowLimit(maxRows);
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

            // Loading leaves the reader open only when another statement's result follows.
            if (!reader.IsClosed)
            {
                throw new WarehouseException(
                    "The query holds more than one statement; give one at a time.", ExitCode.Usage);
            }
        }
        catch (DuckDBException ex)
        {
            throw new WarehouseException($"Query failed: {ex.Message.Split('\n')[0]}{RawHint(database, sql)}", ex);
        }

        TextTable.Write(table, maxRows, Console.Out);
        return 0;
    }

    /// <summary>Why a query of <c>raw</c> fails on the published copy, which lacks that schema; else nothing.</summary>
    private static string RawHint(WarehouseDatabase database, string sql)
    {
        if (!sql.Contains("raw.", StringComparison.OrdinalIgnoreCase))
        {
            return "";
        }

        using var command = database.Connection.CreateCommand();
        command.CommandText =
            "select count(*) from duckdb_schemas() where database_name = current_database() and schema_name = 'raw'";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0
            ? " This is a published copy for analysts: it holds the staging, core, marts and meta schemas, not raw, "
                + "whose personal data stays in the warehouse."
            : "";
    }
}
