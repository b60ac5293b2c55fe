namespace Warehouse.Etl.Loading;

/// <summary>Where a delimited record starts.</summary>
/// <param name="Line">Physical line in the file, 1-based: what an editor shows.</param>
/// <param name="ReaderLine">
/// The line number DuckDB's CSV reader gives the record in its errors: it counts line breaks outside
/// quoted values only.
/// </param>
internal sealed record RecordStart(long Line, long ReaderLine);
