using Warehouse.Etl.Contracts;

namespace Warehouse.Etl.Loading;

/// <summary>
/// An independent, quote-aware count of a delimited file's records and the line each one starts on. The
/// loader checks DuckDB's reading against it (records read plus records rejected must equal the records
/// here) and uses it for the line numbers it stores, which stay right across blank lines and line breaks
/// inside quoted values.
/// </summary>
internal sealed class CsvRecordIndex
{
    private CsvRecordIndex(
        IReadOnlyList<RecordStart> records, long? unterminatedQuoteLine, long? mixedLineEndLine, string? mixedLineEnds)
    {
        Records = records;
        UnterminatedQuoteLine = unterminatedQuoteLine;
        MixedLineEndLine = mixedLineEndLine;
        MixedLineEnds = mixedLineEnds;
    }

    /// <summary>Where each data record (after the header rows) starts, in file order.</summary>
    public IReadOnlyList<RecordStart> Records { get; }

    /// <summary>The line of a quote that is never closed, whose value would swallow the rest of the file.</summary>
    public long? UnterminatedQuoteLine { get; }

    /// <summary>
    /// The first line that ends differently (LF, CRLF or a lone CR, outside quotes) from the file's first
    /// line end, which DuckDB's strict reader cannot follow.
    /// </summary>
    public long? MixedLineEndLine { get; }

    /// <summary>
    /// How that line ends and how the first line ended, for instance "LF, but line 1 ends with CRLF".
    /// </summary>
    public string? MixedLineEnds { get; }

    /// <summary>Scans the file once. Blank lines are not records, as DuckDB's reader skips them too.</summary>
    public static CsvRecordIndex Build(string path, CsvDialect dialect)
    {
        var quote = dialect.Quote.Length > 0 ? (int)dialect.Quote[0] : -1;
        var escape = dialect.Escape.Length > 0 && dialect.Escape != dialect.Quote ? (int)dialect.Escape[0] : -1;
        var starts = new List<RecordStart>();
        long line = 1;
        long readerLine = 1;
        long quoteOpenedOn = 0;
        var inQuotes = false;
        var atLineStart = true;
        var previous = -1;
        string? firstEnd = null;
        long firstEndLine = 0;
        long? mixedLine = null;
        string? mixed = null;

        void Ended(string end, long endedLine)
        {
            if (firstEnd is null)
            {
                (firstEnd, firstEndLine) = (end, endedLine);
            }
            else if (mixedLine is null && end != firstEnd)
            {
                (mixedLine, mixed) = (endedLine, $"{end}, but line {firstEndLine} ends with {firstEnd}");
            }
        }

        using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
        int current;
        while ((current = stream.ReadByte()) != -1)
        {
            var isBreak = current == '\n' || current == '\r';
            if (!inQuotes && previous == '\r' && current != '\n')
            {
                Ended("a lone CR", line - 1);
            }
            else if (!inQuotes && current == '\n')
            {
                Ended(previous == '\r' ? "CRLF" : "LF", previous == '\r' ? line - 1 : line);
            }

            if (atLineStart && !inQuotes && !isBreak)
            {
                starts.Add(new RecordStart(line, readerLine));
            }

            // The LF of a CRLF ends the line the CR already counted.
            if (isBreak && !(current == '\n' && previous == '\r'))
            {
                line++;
                readerLine += inQuotes ? 0 : 1;
            }

            if (inQuotes && current == escape)
            {
                previous = stream.ReadByte();
                atLineStart = false;
                continue;
            }

            if (current == quote)
            {
                quoteOpenedOn = inQuotes ? quoteOpenedOn : line;
                inQuotes = !inQuotes;
            }

            atLineStart = isBreak && !inQuotes;
            previous = current;
        }

        if (!inQuotes && previous == '\r')
        {
            Ended("a lone CR", line - 1);
        }

        var records = starts.Skip(Math.Min(dialect.HeaderRows, starts.Count)).ToList();
        return new CsvRecordIndex(records, inQuotes ? quoteOpenedOn : null, mixedLine, mixed);
    }
}
