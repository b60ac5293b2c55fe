namespace Warehouse.Etl.Loading;

/// <summary>Suggestions for a column name that is not in a contract.</summary>
internal static class ColumnNames
{
    /// <summary>
    /// The known name the given one most likely meant: equal ignoring case, or at most two edits away.
    /// Null when nothing is that close.
    /// </summary>
    public static string? Closest(string name, IEnumerable<string> known)
    {
        var lower = name.Trim().ToLowerInvariant();
        return known
            .Select(k => (Name: k, Distance: EditDistance(lower, k)))
            .Where(c => c.Distance <= 2)
            .OrderBy(c => c.Distance)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
