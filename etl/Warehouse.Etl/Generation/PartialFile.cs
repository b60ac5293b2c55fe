namespace Warehouse.Etl.Generation;

/// <summary>
/// A file written under a temporary name beside its final one (<c>&lt;path&gt;.partial</c>) and moved into
/// place only once complete, so a failed or cancelled run never leaves a file that looks finished.
/// </summary>
internal sealed class PartialFile
{
    private bool _movedIntoPlace;

    public PartialFile(string path)
    {
        Path = path;
        PartialPath = path + ".partial";
    }

    /// <summary>The file the content ends up in.</summary>
    public string Path { get; }

    /// <summary>The file the content is written to until it is complete.</summary>
    public string PartialPath { get; }

    /// <summary>
    /// Moves the closed partial file over <see cref="Path"/>; after this, <see cref="Abandon"/> does nothing.
    /// </summary>
    public void MoveIntoPlace()
    {
        File.Move(PartialPath, Path, overwrite: true);
        _movedIntoPlace = true;
    }

    /// <summary>
    /// Unless the file was moved into place: closes it with <paramref name="close"/> and deletes it. The run
    /// has already failed, so an I/O, state or cancellation error while closing is not reported over it.
    /// </summary>
    public void Abandon(Action close)
    {
        if (_movedIntoPlace)
        {
            return;
        }

        try
        {
            close();
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or OperationCanceledException)
        {
            // The partial file is deleted below, whatever state closing left it in.
        }
        finally
        {
            File.Delete(PartialPath);
        }
    }
}
