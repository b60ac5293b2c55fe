using System.Globalization;
using System.Text;
using Warehouse.Etl.Contracts;

namespace Warehouse.Etl.Loading;

/// <summary>
/// The strict parsing rules of each contract type, as SQL over a column's text value. A value is
/// loaded only when its text matches the rule exactly; nothing is rounded, truncated or guessed.
/// </summary>
internal static class ColumnRules
{
    /// <summary>
    /// A predicate that is true when the (non-null) text <paramref name="value"/> is a valid literal of
    /// the type, and the rule's wording for the rejects table.
    /// </summary>
    public static (string Predicate, string Rule) TypeCheck(ColumnType type, string value, CsvDialect dialect) =>
        type.Kind switch
        {
            ColumnKind.Varchar => ("true", "text"),
            ColumnKind.Integer => (
                $"regexp_full_match({value}, '[+-]?[0-9]{{1,10}}') and try_cast({value} as integer) is not null",
                "integer: digits only, within -2147483648..2147483647"),
            ColumnKind.Bigint => (
                $"regexp_full_match({value}, '[+-]?[0-9]{{1,19}}') and try_cast({value} as bigint) is not null",
                "bigint: digits only"),
            ColumnKind.Boolean => (
                $"lower({value}) in ('true', 'false', '1', '0')",
                "boolean: true, false, 1 or 0"),
            ColumnKind.Date => (
                $"regexp_full_match({value}, {SqlText.Literal(FormatPattern(dialect.DateFormat))}) "
                + $"and year(try_strptime({value}, {SqlText.Literal(dialect.DateFormat)})) "
                + $"between {FirstYear} and {LastYear}",
                DateRule(dialect.DateFormat)),
            ColumnKind.Timestamp when dialect.TimestampFormat is { } format => (
                $"regexp_full_match({value}, {SqlText.Literal(FormatPattern(format))}) "
                + $"and year(try_strptime({value}, {SqlText.Literal(format)})) between {FirstYear} and {LastYear}",
                $"UTC timestamp in the format {format}, in the years {FirstYear}-{LastYear}"),
            ColumnKind.Timestamp => (
                $"regexp_full_match({value}, '{TimestampPattern}') "
                + $"and year(try_cast({NormalisedTimestamp(value)} as timestamp)) between {FirstYear} and {LastYear}",
                "UTC timestamp: yyyy-mm-dd hh:mm:ss, optional fraction, optional T, optional Z or +00:00, "
                + $"in the years {FirstYear}-{LastYear}; a file that writes timestamps another way must declare "
                + "its timestamp_format"),
            ColumnKind.Decimal => DecimalCheck(type, value, dialect),
            _ => throw new InvalidOperationException($"Unknown column kind {type.Kind}."),
        };

    /// <summary>
    /// The SQL that turns a text value into the declared type. With <paramref name="orNull"/> an invalid
    /// value gives null instead of an error, for checks that run beside the type check.
    /// </summary>
    public static string Parse(ColumnType type, string value, CsvDialect dialect, bool orNull = false)
    {
        var cast = orNull ? "try_cast" : "cast";
        var strptime = orNull ? "try_strptime" : "strptime";
        return type.Kind switch
        {
            ColumnKind.Varchar => value,
            ColumnKind.Integer or ColumnKind.Bigint => $"{cast}({value} as {type.SqlType})",

            // Text to decimal is exact in DuckDB: the digits never pass through a floating-point number.
            ColumnKind.Decimal => $"{cast}({CanonicalDecimal(value, dialect)} as {type.SqlType})",
            ColumnKind.Boolean => $"lower({value}) in ('true', '1')",
            ColumnKind.Date => $"cast({strptime}({value}, {SqlText.Literal(dialect.DateFormat)}) as date)",
            ColumnKind.Timestamp when dialect.TimestampFormat is { } format =>
                $"cast({strptime}({value}, {SqlText.Literal(format)}) as timestamp)",
            ColumnKind.Timestamp => $"{cast}({NormalisedTimestamp(value)} as timestamp)",
            _ => throw new InvalidOperationException($"Unknown column kind {type.Kind}."),
        };
    }

    /// <summary>The bound of a min/max check written as a SQL literal of the column's type.</summary>
    public static string Bound(decimal bound) => bound.ToString(CultureInfo.InvariantCulture);

    // A placeholder such as 9999-12-31 or 0001-01-01 is a missing value in disguise; loaded as a date it
    // would stretch every calendar model across millennia.
    private const int FirstYear = 1900;
    private const int LastYear = 2199;

    // (:?00)? accepts both +00 and +00:00.
    private const string TimestampPattern =
        @"[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?(Z|\+00(:?00)?)?";

    // Only UTC designators are stripped; any other offset fails the pattern above and is rejected.
    private static string NormalisedTimestamp(string value) =>
        $"regexp_replace(replace({value}, 'T', ' '), '(Z|\\+00(:?00)?)$', '')";

    private static string DecimalPattern(ColumnType type)
    {
        var integerDigits = type.Precision - type.Scale;
        var whole = integerDigits > 0 ? $"[0-9]{{1,{integerDigits}}}" : "0";
        return type.Scale > 0
            ? $@"[+-]?{whole}(\.[0-9]{{1,{type.Scale}}})?"
            : $"[+-]?{whole}";
    }

    private static string DateRule(string format) =>
        format == new CsvDialect().DateFormat
            ? $"date in the format {format}, in the years {FirstYear}-{LastYear}; a file that writes dates "
                + "another way must declare its date_format (03/04/2025 is 3 April under %d/%m/%Y and 4 March "
                + "under %m/%d/%Y, so the order is never guessed)"
            : $"date in the format {format}, in the years {FirstYear}-{LastYear}";

    private static (string Predicate, string Rule) DecimalCheck(ColumnType type, string value, CsvDialect dialect)
    {
        var digits = $"regexp_full_match({CanonicalDecimal(value, dialect)}, '{DecimalPattern(type)}')";
        var point = dialect.DecimalSeparator;
        var thousands = dialect.ThousandsSeparator;
        var grouping = thousands is null
            ? "no thousands separators"
            : $"whole digits plain or grouped in threes by '{thousands}' (1{thousands}234{thousands}567{point}89)";
        var rule = $"decimal({type.Precision},{type.Scale}): at most {type.Precision - type.Scale} digits before "
            + $"the {(point == "." ? "point" : $"'{point}'")} and {type.Scale} after, {grouping}, never rounded";
        if (point == "." && thousands is null)
        {
            return (digits, rule);
        }

        // The shape is checked on the text as written, so that a '.' under a ',' dialect, a separator in the
        // fraction or a group of other than three digits (12,34,5) is refused before the separators go.
        var whole = thousands is null
            ? "[0-9]+"
            : $"([0-9]{{1,3}}({RegexLiteral(thousands[0])}[0-9]{{3}})+|[0-9]+)";
        var shape = $"[+-]?{whole}({RegexLiteral(point[0])}[0-9]+)?";
        return ($"regexp_full_match({value}, {SqlText.Literal(shape)}) and {digits}", rule);
    }

    /// <summary>The value with its thousands separators removed and a '.' for its decimal separator.</summary>
    private static string CanonicalDecimal(string value, CsvDialect dialect)
    {
        var text = dialect.ThousandsSeparator is { } thousands
            ? $"replace({value}, {SqlText.Literal(thousands)}, '')"
            : value;
        return dialect.DecimalSeparator == "."
            ? text
            : $"replace({text}, {SqlText.Literal(dialect.DecimalSeparator)}, '.')";
    }

    // A strptime format is turned into a shape check so that loose inputs strptime would accept
    // (single-digit months, trailing text) are refused rather than read differently per file.
    private static string FormatPattern(string format)
    {
        var pattern = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] == '%' && i + 1 < format.Length)
            {
                i++;
                pattern.Append(format[i] switch
                {
                    'Y' => "[0-9]{4}",
                    'm' or 'd' or 'y' or 'H' or 'M' or 'S' => "[0-9]{2}",
                    _ => throw new WarehouseException(
                        $"Date or timestamp format '{format}' uses %{format[i]}; supported are %Y %m %d %y %H %M %S.",
                        ExitCode.Usage),
                });
            }
            else
            {
                pattern.Append(RegexLiteral(format[i]));
            }
        }

        return pattern.ToString();
    }

    // DuckDB's regular expressions (RE2) refuse some of .NET's escapes, such as an escaped space, but
    // take any character by its code point.
    private static string RegexLiteral(char character) =>
        char.IsAsciiLetterOrDigit(character)
            ? character.ToString()
            : $"\\x{{{(int)character:x}}}";
}
