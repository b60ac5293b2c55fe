using System.Text;
using Warehouse.Etl.Contracts;

namespace Warehouse.Etl.Loading;

/// <summary>Reads the column names of a delimited file: the last of its header rows.</summary>
internal static class CsvHeader
{
    /// <summary>
    /// The header's names in file order, or an empty list for a file with no header rows. Throws a
    /// <see cref="WarehouseException"/> naming the file when the header is missing, blank or repeats a name.
    /// </summary>
    public static IReadOnlyList<string> Read(string path, CsvDialect dialect)
    {
        if (dialect.HeaderRows == 0)
        {
            return [];
        }

        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        string? line = null;
        for (var row = 0; row < dialect.HeaderRows; row++)
        {
            line = reader.ReadLine();
            if (line is null)
            {
                throw new WarehouseException(
                    $"{path}: the file ends before its {dialect.HeaderRows} header row(s); an extract needs a header.",
                    ExitCode.BadInput);
            }
        }

        var names = Split(line!, dialect);
        for (var i = 0; i < names.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(names[i]))
            {
                throw new WarehouseException(
                    $"{path}, line {dialect.HeaderRows}, column {i + 1}: the header name is blank.",
                    ExitCode.BadInput);
            }

            // DuckDB folds column names by case, so Balance and balance are the same column to it.
            var first = names.FindIndex(n => string.Equals(n, names[i], StringComparison.OrdinalIgnoreCase));
            if (first != i)
            {
                throw new WarehouseException(
                    $"{path}, line {dialect.HeaderRows}: the header repeats '{names[i]}' "
                    + $"(columns {first + 1} and {i + 1}).",
                    ExitCode.BadInput);
            }
        }

        return names;
    }

    private static List<string> Split(string line, CsvDialect dialect)
    {
        var names = new List<string>();
        var field = new StringBuilder();
        var quote = dialect.Quote.Length > 0 ? dialect.Quote[0] : '\0';
        var inQuotes = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (inQuotes)
            {
                if (ch == quote && i + 1 < line.Length && line[i + 1] == quote)
                {
                    field.Append(ch);
                    i++;
                }
                else if (ch == quote)
                {
                    inQuotes = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == quote)
            {
                inQuotes = true;
            }
            else if (string.CompareOrdinal(line, i, dialect.Delimiter, 0, dialect.Delimiter.Length) == 0)
            {
                names.Add(field.ToString().Trim());
                field.Clear();
                i += dialect.Delimiter.Length - 1;
            }
            else
            {
                field.Append(ch);
            }
        }

        names.Add(field.ToString().Trim());
        return names;
    }
}
