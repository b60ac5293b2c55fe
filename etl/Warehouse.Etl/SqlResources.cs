using System.Reflection;

namespace Warehouse.Etl;

/// <summary>The <c>sql/</c> folder as shipped inside the program: contracts, mappings, models, data tests.</summary>
internal static class SqlResources
{
    private static readonly Assembly Owner = typeof(SqlResources).Assembly;

    /// <summary>Resource names under a prefix such as <c>sql/models/</c>, in ordinal order.</summary>
    public static IReadOnlyList<string> Names(string prefix) =>
        Owner.GetManifestResourceNames()
            .Select(n => n.Replace('\\', '/'))
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static string Read(string name)
    {
        using var stream = Owner.GetManifestResourceStream(name)
            ?? Owner.GetManifestResourceStream(name.Replace('/', '\\'))
            ?? throw new WarehouseException($"The program ships no resource '{name}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
