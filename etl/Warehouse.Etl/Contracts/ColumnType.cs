using System.Globalization;
using System.Text.RegularExpressions;

namespace Warehouse.Etl.Contracts;

/// <summary>A contract column type, parsed from its declaration.</summary>
/// <param name="Kind">The family of the type.</param>
/// <param name="Precision">Total digits, for decimals.</param>
/// <param name="Scale">Digits after the point, for decimals.</param>
public sealed partial record ColumnType(ColumnKind Kind, int Precision = 0, int Scale = 0)
{
    /// <summary>The DuckDB type the raw table uses for the column.</summary>
    public string SqlType => Kind switch
    {
        ColumnKind.Varchar => "varchar",
        ColumnKind.Integer => "integer",
        ColumnKind.Bigint => "bigint",
        ColumnKind.Boolean => "boolean",
        ColumnKind.Date => "date",
        ColumnKind.Timestamp => "timestamp",
        ColumnKind.Decimal => $"decimal({Precision},{Scale})",
        _ => throw new InvalidOperationException($"Unknown column kind {Kind}."),
    };

    /// <summary>Parses a declaration such as <c>decimal(18,2)</c>; throws on anything not supported.</summary>
    public static ColumnType Parse(string declaration)
    {
        var text = declaration.Trim().ToLowerInvariant();
        var dec = DecimalPattern().Match(text);
        if (dec.Success)
        {
            var precision = int.Parse(dec.Groups[1].Value, CultureInfo.InvariantCulture);
            var scale = int.Parse(dec.Groups[2].Value, CultureInfo.InvariantCulture);
            if (precision is < 1 or > 28 || scale < 0 || scale > precision)
            {
                throw new FormatException(
                    $"Type '{declaration}': precision must be 1-28 (to stay within System.Decimal) "
                    + "and scale between 0 and the precision.");
            }

            return new ColumnType(ColumnKind.Decimal, precision, scale);
        }

        return text switch
        {
            "varchar" or "text" => new ColumnType(ColumnKind.Varchar),
            "integer" or "int" => new ColumnType(ColumnKind.Integer),
            "bigint" => new ColumnType(ColumnKind.Bigint),
            "boolean" => new ColumnType(ColumnKind.Boolean),
            "date" => new ColumnType(ColumnKind.Date),
            "timestamp" => new ColumnType(ColumnKind.Timestamp),
            _ => throw new FormatException(
                $"Type '{declaration}' is not a contract type: use varchar, integer, bigint, boolean, "
                + "date, timestamp or decimal(p,s)."),
        };
    }

    [GeneratedRegex(@"^decimal\s*\(\s*(\d+)\s*,\s*(\d+)\s*\)$")]
    private static partial Regex DecimalPattern();
}
