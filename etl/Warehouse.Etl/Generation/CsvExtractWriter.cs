using System.Globalization;
using System.Text;
using Warehouse.Etl.Contracts;

namespace Warehouse.Etl.Generation;

/// <summary>
/// Writes an extract as delimited text in its contract's dialect: a header row of the contract's column
/// names, values quoted only when needed, dates in the dialect's format, timestamps as UTC
/// <c>yyyy-MM-dd HH:mm:ss</c>, decimals with exactly the declared scale, booleans <c>true</c>/<c>false</c>,
/// an empty field for null, invariant culture, LF line ends, UTF-8 without a byte-order mark.
/// </summary>
internal sealed class CsvExtractWriter : IExtractWriter
{
    private const string TimestampFormat = "yyyy-MM-dd HH:mm:ss";

    private readonly PartialFile _file;
    private readonly StreamWriter _writer;
    private readonly char _delimiter;
    private readonly char _quote;
    private readonly string _dateFormat;
    private readonly string[] _decimalFormats;
    private readonly char[] _needsQuoting;

    public CsvExtractWriter(ExtractContract contract, string path)
    {
        _file = new PartialFile(path);
        _delimiter = SingleCharacter(contract.Dialect.Delimiter, "delimiter");
        _quote = SingleCharacter(contract.Dialect.Quote, "quote");
        _dateFormat = DotNetDateFormat(contract.Dialect.DateFormat);
        _decimalFormats = contract.Columns
            .Select(c => "F" + c.ParsedType.Scale.ToString(CultureInfo.InvariantCulture))
            .ToArray();
        _needsQuoting = [_delimiter, _quote, '\r', '\n'];

        _writer = new StreamWriter(_file.PartialPath, append: false, new UTF8Encoding(false), 1 << 16)
        {
            NewLine = "\n",
        };
        for (var i = 0; i < contract.Columns.Count; i++)
        {
            if (i > 0)
            {
                _writer.Write(_delimiter);
            }

            WriteText(contract.Columns[i].Name);
        }

        _writer.Write('\n');
    }

    public string Path => _file.Path;

    public long Rows { get; private set; }

    public void Write(ExtractRecord record)
    {
        for (var i = 0; i < record.Columns.Count; i++)
        {
            if (i > 0)
            {
                _writer.Write(_delimiter);
            }

            if (record.HasValue[i])
            {
                WriteValue(record, i);
            }
        }

        _writer.Write('\n');
        Rows++;
    }

    public void Complete()
    {
        _writer.Flush();
        _writer.Dispose();
        _file.MoveIntoPlace();
    }

    public void Dispose() => _file.Abandon(_writer.Dispose);

    private void WriteValue(ExtractRecord record, int i)
    {
        switch (record.Types[i].Kind)
        {
            case ColumnKind.Varchar:
                WriteText(record.Texts[i]!);
                break;
            case ColumnKind.Integer:
            case ColumnKind.Bigint:
                _writer.Write(record.Numbers[i].ToString(CultureInfo.InvariantCulture));
                break;
            case ColumnKind.Decimal:
                _writer.Write(record.Decimals[i].ToString(_decimalFormats[i], CultureInfo.InvariantCulture));
                break;
            case ColumnKind.Date:
                _writer.Write(record.Dates[i].ToString(_dateFormat, CultureInfo.InvariantCulture));
                break;
            case ColumnKind.Timestamp:
                _writer.Write(record.Timestamps[i].ToString(TimestampFormat, CultureInfo.InvariantCulture));
                break;
            case ColumnKind.Boolean:
                _writer.Write(record.Flags[i] ? "true" : "false");
                break;
            default:
                throw new InvalidOperationException($"Unknown column kind {record.Types[i].Kind}.");
        }
    }

    private void WriteText(string value)
    {
        if (value.AsSpan().IndexOfAny(_needsQuoting) < 0)
        {
            _writer.Write(value);
            return;
        }

        _writer.Write(_quote);
        foreach (var character in value)
        {
            if (character == _quote)
            {
                _writer.Write(_quote);
            }

            _writer.Write(character);
        }

        _writer.Write(_quote);
    }

    private static char SingleCharacter(string text, string setting) =>
        text.Length == 1
            ? text[0]
            : throw new InvalidOperationException(
                $"The generator writes a one-character CSV {setting}; the contract declares '{text}'.");

    /// <summary>Translates the dialect's strptime date format (<c>%Y</c>, <c>%m</c>, <c>%d</c> and literals).</summary>
    internal static string DotNetDateFormat(string strptime)
    {
        var format = new StringBuilder();
        for (var i = 0; i < strptime.Length; i++)
        {
            if (strptime[i] != '%')
            {
                format.Append('\\').Append(strptime[i]);
                continue;
            }

            i++;
            var directive = i < strptime.Length ? strptime[i] : '%';
            format.Append(directive switch
            {
                'Y' => "yyyy",
                'm' => "MM",
                'd' => "dd",
                _ => throw new InvalidOperationException(
                    $"The generator cannot write dates in the format '{strptime}': only %Y, %m and %d are supported."),
            });
        }

        return format.ToString();
    }
}
