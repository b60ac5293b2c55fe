using System.Text;
using System.Text.RegularExpressions;

namespace Warehouse.Etl.Build;

/// <summary>Finds the tables a piece of SQL reads, by their schema-qualified names.</summary>
internal static partial class SqlReferences
{
    /// <summary>Schemas whose qualified names count as references to warehouse tables.</summary>
    public static IReadOnlyList<string> WarehouseSchemas { get; } = ["raw", "staging", "core", "marts", "meta"];

    /// <summary>
    /// Every distinct <c>schema.table</c> the SQL names in one of <see cref="WarehouseSchemas"/>, ignoring
    /// comments and string literals, in order of first appearance.
    /// </summary>
    public static IReadOnlyList<string> Find(string sql)
    {
        var code = WithoutCommentsAndStrings(sql);
        return QualifiedName().Matches(code)
            .Select(m => $"{m.Groups["schema"].Value}.{m.Groups["name"].Value}".ToLowerInvariant())
            .Where(r => WarehouseSchemas.Contains(r[..r.IndexOf('.', StringComparison.Ordinal)]))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The SQL with comments and the contents of quoted literals blanked out.</summary>
    internal static string WithoutCommentsAndStrings(string sql)
    {
        var result = new StringBuilder(sql.Length);
        var i = 0;
        while (i < sql.Length)
        {
            if (sql[i] == '-' && i + 1 < sql.Length && sql[i + 1] == '-')
            {
                while (i < sql.Length && sql[i] != '\n')
                {
                    i++;
                }
            }
            else if (sql[i] == '/' && i + 1 < sql.Length && sql[i + 1] == '*')
            {
                var end = sql.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? sql.Length : end + 2;
                result.Append(' ');
            }
            else if (sql[i] == '\'')
            {
                // A doubled quote inside a literal is an escaped quote, so the scan simply resumes.
                var end = sql.IndexOf('\'', i + 1);
                i = end < 0 ? sql.Length : end + 1;
                result.Append("''");
            }
            else
            {
                result.Append(sql[i]);
                i++;
            }
        }

        return result.ToString();
    }

    [GeneratedRegex(@"(?<![\w.""])(?<schema>[A-Za-z_][A-Za-z0-9_]*)\s*\.\s*(?<name>[A-Za-z_][A-Za-z0-9_]*)(?![\w(])")]
    private static partial Regex QualifiedName();
}
