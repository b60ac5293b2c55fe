using Dapper;
using DuckDB.NET.Data;
using Warehouse.Etl.Contracts;

namespace Warehouse.Etl.Storage;

/// <summary>
/// The analysts' copy of the warehouse: <c>warehouse.published.duckdb</c> beside <c>warehouse.duckdb</c>,
/// replaced whole after each successful build. Analysts open it read-only, so they never hold the lock a
/// load or build needs; a reader that has it open keeps seeing the copy it opened until it reconnects,
/// because a new copy replaces the old one by rename rather than by writing into it. The copy is
/// analyst-facing: it has no <c>raw</c> schema and shows no personal data (see <see cref="Publish"/>).
/// </summary>
public static class PublishedCopy
{
    private const string Marker = ".published";
    private const string TemporarySuffix = ".tmp";
    private const string WalSuffix = ".wal";

    /// <summary>
    /// The published copy of the warehouse at <paramref name="warehousePath"/>: the same folder and name
    /// with <c>.published</c> before the extension.
    /// </summary>
    public static string PathOf(string warehousePath)
    {
        var folder = Path.GetDirectoryName(warehousePath) ?? "";
        var name = Path.GetFileNameWithoutExtension(warehousePath) + Marker + Path.GetExtension(warehousePath);
        return Path.Combine(folder, name);
    }

    /// <summary>
    /// Writes the analysts' copy of the warehouse to a temporary file in the same folder, checks that it
    /// opens, then renames it over the previous published copy (an atomic replace on one file system).
    /// Returns the published path, or <see langword="null"/> for an in-memory warehouse. On failure the
    /// previous published copy is left as it was, and no temporary file is left behind.
    /// </summary>
    /// <remarks>
    /// The copy holds the <c>staging</c>, <c>core</c>, <c>marts</c> and <c>meta</c> schemas with their
    /// tables, rows, constraints and comments, and no <c>raw</c> schema: names, e-mail addresses, birth dates
    /// and (when ids are pseudonymised) source customer ids stay in the warehouse. In <c>meta.load_rejects</c>
    /// a value that may hold personal data reads <see cref="PublishedRejects.Withheld"/>
    /// (<see cref="PublishedRejects"/> says which). The copy is written table by table into a new file rather
    /// than copied byte for byte with <c>raw</c> dropped afterwards, because DuckDB leaves a dropped table's
    /// bytes in the file's free blocks.
    /// </remarks>
    /// <param name="database">The warehouse, open for writing; its connection writes the copy.</param>
    /// <param name="contracts">The extract contracts, which declare the personal columns.</param>
    /// <param name="customerIdsPseudonymised">
    /// True when the build pseudonymised customer ids; rejected <c>customer_id</c> values are then withheld.
    /// </param>
    public static string? Publish(
        WarehouseDatabase database, ContractCatalog contracts, bool customerIdsPseudonymised)
    {
        if (database.Path == ":memory:")
        {
            return null;
        }

        var published = PathOf(database.Path);
        RemoveInterruptedCopies(published);
        var temporary = $"{published}.{Guid.NewGuid():N}{TemporarySuffix}";
        try
        {
            WriteAnalystCopy(database, contracts, customerIdsPseudonymised, temporary);
            RequireOpens(temporary);
            File.Move(temporary, published, overwrite: true);
        }
        catch (Exception ex) when (
            ex is IOException or UnauthorizedAccessException or DuckDBException or WarehouseException)
        {
            File.Delete(temporary);
            File.Delete(temporary + WalSuffix);
            throw new WarehouseException(
                $"The build finished, but its copy for analysts could not be published to {published}: "
                + $"{ex.Message.Split('\n')[0].TrimEnd('.')}. The previous published copy, if any, is unchanged.",
                ex);
        }

        return published;
    }

    /// <summary>
    /// Deletes temporary copies (and their write-ahead logs) left by a publish that was killed before its
    /// rename. Only the process holding the warehouse for writing publishes, so no other publish can be
    /// using them.
    /// </summary>
    private static void RemoveInterruptedCopies(string published)
    {
        var folder = Path.GetDirectoryName(published) ?? ".";
        var pattern = Path.GetFileName(published) + ".*" + TemporarySuffix + "*";
        foreach (var leftover in Directory.EnumerateFiles(folder, pattern))
        {
            if (leftover.EndsWith(TemporarySuffix, StringComparison.Ordinal)
                || leftover.EndsWith(TemporarySuffix + WalSuffix, StringComparison.Ordinal))
            {
                File.Delete(leftover);
            }
        }
    }

    /// <summary>
    /// Attaches a new database file at <paramref name="target"/> to the warehouse's connection, creates every
    /// schema, table, sequence and comment of the warehouse in it, drops its (still empty) <c>raw</c> schema,
    /// copies the rows of every other table in one transaction, and checkpoints and detaches it, which
    /// leaves the file complete on disk with no write-ahead log beside it.
    /// </summary>
    private static void WriteAnalystCopy(
        WarehouseDatabase database, ContractCatalog contracts, bool customerIdsPseudonymised, string target)
    {
        var connection = database.Connection;
        var source = SqlText.Identifier(connection.ExecuteScalar<string>("select current_database()")!);
        var alias = SqlText.Identifier($"published_{Guid.NewGuid():N}");
        database.Execute($"attach {SqlText.Literal(target)} as {alias}");
        try
        {
            database.Execute($"copy from database {source} to {alias} (schema)");
            database.Execute($"drop schema {alias}.raw cascade");

            var tables = connection.Query<(string Schema, string Table)>(
                """
                select schema_name, table_name from duckdb_tables()
                where database_name = current_database() and schema_name <> 'raw'
                order by schema_name, table_name
                """);
            // TODO(privacy): meta.build_runs.message keeps DuckDB's text for a failed model, which could quote a
            // value; no model reads a personal column today. Withhold it too if one ever does.
            using (var transaction = connection.BeginTransaction())
            {
                foreach (var (schema, table) in tables)
                {
                    var rows = schema == "meta" && table == "load_rejects"
                        ? PublishedRejects.Select(source, contracts, customerIdsPseudonymised)
                        : $"select * from {source}.{SqlText.Identifier(schema)}.{SqlText.Identifier(table)}";
                    database.Execute(
                        $"insert into {alias}.{SqlText.Identifier(schema)}.{SqlText.Identifier(table)} {rows}",
                        transaction);
                }

                transaction.Commit();
            }

            database.Execute($"checkpoint {alias}");
        }
        finally
        {
            database.Execute($"detach database if exists {alias}");
        }
    }

    private static void RequireOpens(string path)
    {
        using var copy = WarehouseDatabase.OpenReadOnly(path);
        using var command = copy.Connection.CreateCommand();
        command.CommandText = "select count(*) from meta.load_batches";
        command.ExecuteScalar();
    }
}
