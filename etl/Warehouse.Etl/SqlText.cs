using System.Text.RegularExpressions;

namespace Warehouse.Etl;

/// <summary>
/// Quoting for the few places where a value must be spelled inside SQL text rather than bound as a
/// parameter (table-function arguments such as a file path, generated column lists).
/// </summary>
internal static partial class SqlText
{
    /// <summary>A string literal: single quotes doubled, NUL refused.</summary>
    public static string Literal(string value)
    {
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw new WarehouseException("A value contains a NUL character and cannot be used.", ExitCode.Usage);
        }

        return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    /// <summary>A quoted identifier: double quotes doubled, so any source column name is safe.</summary>
    public static string Identifier(string name)
    {
        if (name.Length == 0 || name.Contains('\0', StringComparison.Ordinal))
        {
            throw new WarehouseException("A column name is empty or contains a NUL character.", ExitCode.BadInput);
        }

        return "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>
    /// True for a plain lowercase identifier (<c>[a-z_][a-z0-9_]*</c>) such as a mapping's derived column or
    /// variant name. Contract column names are held to this and must also start with a letter.
    /// </summary>
    public static bool IsPlainIdentifier(string name) => PlainIdentifier().IsMatch(name);

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex PlainIdentifier();
}
