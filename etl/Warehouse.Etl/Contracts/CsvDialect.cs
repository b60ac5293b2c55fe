using System.Text.Json.Serialization;

namespace Warehouse.Etl.Contracts;

/// <summary>
/// How a delimited file is written: its structure, its encoding and how its values are spelled.
/// Declared per contract or per mapping, never guessed. For a mapping the value formats describe the
/// text its expressions produce, which for a plain source column is the file's own text.
/// </summary>
public sealed record CsvDialect
{
    /// <summary>The encoding names <see cref="Encoding"/> accepts, with what each means.</summary>
    public static IReadOnlyDictionary<string, SourceEncoding> EncodingNames { get; } =
        new Dictionary<string, SourceEncoding>(StringComparer.OrdinalIgnoreCase)
        {
            ["utf-8"] = SourceEncoding.Utf8,
            ["utf-16"] = SourceEncoding.Utf16,
            ["latin-1"] = SourceEncoding.Latin1,
            ["iso-8859-1"] = SourceEncoding.Latin1,
            ["windows-1252"] = SourceEncoding.Windows1252,
            ["cp1252"] = SourceEncoding.Windows1252,
        };

    public string Delimiter { get; init; } = ",";

    public string Quote { get; init; } = "\"";

    public string Escape { get; init; } = "\"";

    /// <summary>Rows before the data; the last of them holds the column names.</summary>
    public int HeaderRows { get; init; } = 1;

    /// <summary>Text that stands for a missing value besides the empty field.</summary>
    public IReadOnlyList<string> NullMarkers { get; init; } = [];

    /// <summary>
    /// strptime format of date columns (<c>%Y %m %d %y</c> and literal text). The default is ISO; a file
    /// that writes <c>03/04/2025</c> must declare whether that is day/month or month/day.
    /// </summary>
    public string DateFormat { get; init; } = "%Y-%m-%d";

    /// <summary>
    /// strptime format of timestamp columns (<c>%Y %m %d %y %H %M %S</c> and literal text), read as UTC.
    /// When not declared, ISO forms are accepted: <c>yyyy-mm-dd hh:mm:ss</c>, optional <c>T</c>, fraction
    /// and <c>Z</c> or <c>+00:00</c>.
    /// </summary>
    public string? TimestampFormat { get; init; }

    /// <summary>The character between whole and fractional digits of decimal columns: <c>.</c> or <c>,</c>.</summary>
    public string DecimalSeparator { get; init; } = ".";

    /// <summary>
    /// The character that groups whole digits of decimal columns in threes (<c>1.234.567,89</c>); when not
    /// declared, a value holding one is rejected.
    /// </summary>
    public string? ThousandsSeparator { get; init; }

    /// <summary>
    /// The file's character encoding, one of <see cref="EncodingNames"/>. Latin-1 and Windows-1252 must be
    /// declared, since their bytes cannot be told apart from each other or from broken UTF-8 with certainty.
    /// </summary>
    public string Encoding { get; init; } = "utf-8";

    /// <summary>The declared encoding; throws a <see cref="WarehouseException"/> for an unknown name.</summary>
    [JsonIgnore]
    public SourceEncoding ParsedEncoding =>
        EncodingNames.TryGetValue(Encoding, out var encoding)
            ? encoding
            : throw new WarehouseException(
                $"Encoding '{Encoding}' is not supported: use {string.Join(", ", EncodingNames.Keys)}.",
                ExitCode.Usage);

    /// <summary>
    /// Throws a <see cref="WarehouseException"/> naming <paramref name="owner"/> (the contract or mapping
    /// that declares the dialect) and the first field that cannot work.
    /// </summary>
    public void Check(string owner)
    {
        string? problem = null;
        if (Delimiter.Length == 0 || Quote.Length > 1 || Escape.Length > 1 || HeaderRows < 0)
        {
            problem = "delimiter must be set, quote and escape must be one character at most, "
                + "header_rows must not be negative";
        }
        else if (DecimalSeparator is not ("." or ","))
        {
            problem = $"decimal_separator '{DecimalSeparator}' must be '.' or ','";
        }
        else if (ThousandsSeparator is { } thousands
            && (thousands.Length != 1 || char.IsAsciiDigit(thousands[0]) || thousands is "+" or "-"
                || thousands == DecimalSeparator))
        {
            problem = $"thousands_separator '{thousands}' must be one character that is not a digit, a sign "
                + $"or the decimal separator '{DecimalSeparator}'";
        }
        else if (!EncodingNames.ContainsKey(Encoding))
        {
            problem = $"encoding '{Encoding}' must be one of {string.Join(", ", EncodingNames.Keys)}";
        }

        if (problem is not null)
        {
            throw new WarehouseException($"{owner}: the dialect's {problem}.", ExitCode.Usage);
        }
    }
}
