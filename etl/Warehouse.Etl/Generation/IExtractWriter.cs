namespace Warehouse.Etl.Generation;

/// <summary>
/// Streams the rows of one extract to a file. Rows go to a partial file that <see cref="Complete"/>
/// moves into place, so a failed or cancelled run never leaves a file that looks finished.
/// </summary>
internal interface IExtractWriter : IDisposable
{
    /// <summary>The file the extract ends up in.</summary>
    string Path { get; }

    /// <summary>Rows written so far.</summary>
    long Rows { get; }

    /// <summary>Writes one row; the record has already passed its contract checks.</summary>
    void Write(ExtractRecord record);

    /// <summary>Flushes what is buffered, closes the file and moves it into place.</summary>
    void Complete();
}
