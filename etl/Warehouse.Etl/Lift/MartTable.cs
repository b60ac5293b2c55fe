using Dapper;
using DuckDB.NET.Data;

namespace Warehouse.Etl.Lift;

/// <summary>
/// A mart the lift step writes: its name and columns, the statements that create it and insert one row, and
/// the replacement of its rows inside a transaction.
/// </summary>
/// <param name="Name">Qualified table name, <c>marts.&lt;name&gt;</c>; its rows carry a <c>pilot_id</c>.</param>
/// <param name="Columns">Every column in table order.</param>
public sealed record MartTable<T>(string Name, IReadOnlyList<MartColumn<T>> Columns)
{
    /// <summary>The statement that creates the table, replacing any table of that name or keeping it.</summary>
    public string CreateTableSql(bool replace) =>
        (replace ? "create or replace table" : "create table if not exists")
        + $" {Name} (\n"
        + string.Join(",\n", Columns.Select(c => $"    {c.Name} {c.SqlType}"))
        + "\n)";

    /// <summary>An insert of one row with one <c>$name</c> parameter a column.</summary>
    public string InsertSql =>
        $"insert into {Name} (\n    "
        + string.Join(",\n    ", Columns.Select(c => c.Name))
        + "\n) values (\n    "
        + string.Join(",\n    ", Columns.Select(c => "$" + c.Name))
        + "\n)";

    /// <summary>
    /// Replaces the table's rows inside <paramref name="transaction"/>: the whole table (recreated) when
    /// <paramref name="pilotId"/> is null, else only that pilot's rows (the table is created when missing).
    /// </summary>
    internal void Replace(
        DuckDBConnection connection, IEnumerable<T> rows, string? pilotId, DuckDBTransaction transaction)
    {
        connection.Execute(CreateTableSql(replace: pilotId is null), transaction: transaction);
        if (pilotId is not null)
        {
            var pilotParameter = new DynamicParameters();
            pilotParameter.Add("pilot_id", pilotId);
            connection.Execute($"delete from {Name} where pilot_id = $pilot_id", pilotParameter, transaction);
        }

        var insert = InsertSql;
        foreach (var row in rows)
        {
            var parameters = new DynamicParameters();
            foreach (var column in Columns)
            {
                parameters.Add(column.Name, column.Value(row));
            }

            connection.Execute(insert, parameters, transaction);
        }
    }
}
