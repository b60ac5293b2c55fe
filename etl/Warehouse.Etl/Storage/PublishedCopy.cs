using DuckDB.NET.Data;

namespace Warehouse.Etl.Storage;

/// <summary>
/// The analysts' copy of the warehouse: <c>warehouse.published.duckdb</c> beside <c>warehouse.duckdb</c>,
/// replaced whole after each successful build. Analysts open it read-only, so they never hold the lock a
/// load or build needs; a reader that has it open keeps seeing the copy it opened until it reconnects,
/// because a new copy replaces the old one by rename rather than by writing into it.
/// </summary>
public static class PublishedCopy
{
    private const string Marker = ".published";
    private const string TemporarySuffix = ".tmp";

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
    /// Checkpoints the warehouse, copies its file to a temporary file in the same folder, checks that the
    /// copy opens, then renames it over the previous published copy (an atomic replace on one file
    /// system). Returns the published path, or <see langword="null"/> for an in-memory warehouse. On
    /// failure the previous published copy is left as it was.
    /// </summary>
    public static string? Publish(WarehouseDatabase database)
    {
        if (database.Path == ":memory:")
        {
            return null;
        }

        // With the write-ahead log folded in and no statement running, the file alone is the warehouse.
        database.Execute("checkpoint");

        var published = PathOf(database.Path);
        RemoveInterruptedCopies(published);
        var temporary = $"{published}.{Guid.NewGuid():N}{TemporarySuffix}";
        try
        {
            CopyDurably(database.Path, temporary);
            RequireOpens(temporary);
            File.Move(temporary, published, overwrite: true);
        }
        catch (Exception ex) when (
            ex is IOException or UnauthorizedAccessException or DuckDBException or WarehouseException)
        {
            File.Delete(temporary);
            throw new WarehouseException(
                $"The build finished, but its copy for analysts could not be published to {published}: "
                + $"{ex.Message.Split('\n')[0].TrimEnd('.')}. The previous published copy, if any, is unchanged.",
                ex);
        }

        return published;
    }

    /// <summary>
    /// Deletes temporary copies left by a publish that was killed before its rename. Only the process
    /// holding the warehouse for writing publishes, so no other publish can be using them.
    /// </summary>
    private static void RemoveInterruptedCopies(string published)
    {
        var folder = Path.GetDirectoryName(published) ?? ".";
        var pattern = Path.GetFileName(published) + ".*" + TemporarySuffix;
        foreach (var leftover in Directory.EnumerateFiles(folder, pattern))
        {
            File.Delete(leftover);
        }
    }

    /// <summary>Copies the file and forces the copy to disk, so that the rename never exposes a partial file.</summary>
    private static void CopyDurably(string source, string target)
    {
        using var from = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var to = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        from.CopyTo(to);
        to.Flush(flushToDisk: true);
    }

    private static void RequireOpens(string path)
    {
        using var copy = WarehouseDatabase.OpenReadOnly(path);
        using var command = copy.Connection.CreateCommand();
        command.CommandText = "select count(*) from meta.load_batches";
        command.ExecuteScalar();
    }
}
