using System.Text;
using Warehouse.Etl.Mappings;

namespace Warehouse.Etl.Loading;

/// <summary>
/// The source columns a mapping's expression for a contract column reads: the names it spells, through the
/// derived columns it uses, per variant. A name inside a string literal is not a reference.
/// </summary>
internal static class MappingReferences
{
    /// <summary>
    /// For each variant, the source column the expression only names (null when it computes something),
    /// and every source column it reads.
    /// </summary>
    public static IEnumerable<(string? Copied, IReadOnlySet<string> Read)> Of(
        SourceMapping mapping, string expression, IReadOnlyCollection<string> sourceColumns)
    {
        var variants = mapping.Variants.Count > 0 ? mapping.Variants : [new Dictionary<string, string>()];
        foreach (var variant in variants)
        {
            var sql = Substitute(expression, variant).Trim();
            var names = Names(sql);
            var copied = names.Count == 1 && IsBareName(sql) ? Match(names[0], sourceColumns) : null;
            var read = new HashSet<string>(StringComparer.Ordinal);
            Collect(mapping, variant, names, sourceColumns, read, depth: 0);
            yield return (copied, read);
        }
    }

    private static void Collect(
        SourceMapping mapping,
        IReadOnlyDictionary<string, string> variant,
        IReadOnlyList<string> names,
        IReadOnlyCollection<string> sourceColumns,
        HashSet<string> read,
        int depth)
    {
        foreach (var name in names)
        {
            if (Match(name, sourceColumns) is { } column)
            {
                read.Add(column);
            }

            var derived = mapping.Derive.FirstOrDefault(
                d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
            if (derived is not null && depth < mapping.Derive.Count)
            {
                Collect(mapping, variant, Names(Substitute(derived.Sql, variant)), sourceColumns, read, depth + 1);
            }
        }
    }

    private static string? Match(string name, IReadOnlyCollection<string> sourceColumns) =>
        sourceColumns.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));

    private static bool IsBareName(string sql) =>
        sql.Length > 0 && (sql[0] == '"' || char.IsLetter(sql[0]) || sql[0] == '_')
        && Names(sql) is [var only]
        && (sql == only || sql == "\"" + only.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");

    /// <summary>Identifiers in SQL text: bare words and double-quoted names, outside string literals.</summary>
    private static List<string> Names(string sql)
    {
        var names = new List<string>();
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            if (c == '\'')
            {
                i = SkipQuoted(sql, i, '\'', null);
            }
            else if (c == '"')
            {
                var name = new StringBuilder();
                i = SkipQuoted(sql, i, '"', name);
                names.Add(name.ToString());
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < sql.Length && (char.IsLetterOrDigit(sql[i]) || sql[i] == '_'))
                {
                    i++;
                }

                names.Add(sql[start..i]);
            }
            else
            {
                i++;
            }
        }

        return names;
    }

    private static int SkipQuoted(string sql, int start, char quote, StringBuilder? content)
    {
        var i = start + 1;
        while (i < sql.Length)
        {
            if (sql[i] == quote)
            {
                if (i + 1 < sql.Length && sql[i + 1] == quote)
                {
                    content?.Append(quote);
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            content?.Append(sql[i]);
            i++;
        }

        return i;
    }

    private static string Substitute(string sql, IReadOnlyDictionary<string, string> variant) =>
        variant.Aggregate(sql, (s, v) => s.Replace("{" + v.Key + "}", v.Value, StringComparison.Ordinal));
}
