using System.Globalization;
using System.Text.RegularExpressions;

namespace Warehouse.Etl.Build;

/// <summary>
/// Expands the tests declared in schema.json (keys, not null, unique, accepted values, ranges and
/// relationships) into queries returning the failing rows.
/// </summary>
internal static partial class GenericTests
{
    /// <summary>
    /// One test per declared expectation. Throws a <see cref="WarehouseException"/> naming
    /// <paramref name="source"/> when a declaration names a table or column that is not a plain identifier.
    /// </summary>
    public static IReadOnlyList<DataTest> Expand(RelationSchema schema, string source)
    {
        var tests = new List<DataTest>();
        foreach (var relation in schema.Relations)
        {
            CheckRelationName(relation.Name, source);
            foreach (var column in relation.Key.Concat(relation.Columns.Select(c => c.Name)))
            {
                CheckIdentifier(column, $"{relation.Name}.{column}", source);
            }

            tests.AddRange(KeyTests(relation, source));
            tests.AddRange(relation.Columns.SelectMany(c => ColumnTests(relation, c, source)));
        }

        return tests;
    }

    private static IEnumerable<DataTest> KeyTests(RelationDeclaration relation, string source)
    {
        foreach (var column in relation.Key)
        {
            yield return NotNull(relation, column, source);
        }

        if (relation.Key.Count > 0)
        {
            yield return Unique(relation, relation.Key, source);
        }

        foreach (var columns in relation.Unique)
        {
            yield return Unique(relation, columns, source);
        }
    }

    private static IEnumerable<DataTest> ColumnTests(
        RelationDeclaration relation,
        ColumnDeclaration column,
        string source)
    {
        var table = relation.Name;
        var name = column.Name;
        if (column.NotNull && !relation.Key.Contains(name))
        {
            yield return NotNull(relation, name, source);
        }

        if (column.Unique)
        {
            yield return Unique(relation, [name], source);
        }

        if (column.AcceptedValues is { Count: > 0 } accepted)
        {
            var list = string.Join(", ", accepted.Select(Quote));
            yield return RowTest($"accepted_values({table}.{name})", source, table, $"{name} not in ({list})");
        }

        if (column.Min is not null || column.Max is not null)
        {
            var conditions = new List<string>();
            if (column.Min is { } min)
            {
                conditions.Add($"{name} < {min.ToString(CultureInfo.InvariantCulture)}");
            }

            if (column.Max is { } max)
            {
                conditions.Add($"{name} > {max.ToString(CultureInfo.InvariantCulture)}");
            }

            yield return RowTest($"range({table}.{name})", source, table, string.Join(" or ", conditions));
        }

        if (column.References is { } target)
        {
            yield return Relationship(relation, name, target, source);
        }
    }

    private static DataTest NotNull(RelationDeclaration relation, string column, string source) =>
        RowTest($"not_null({relation.Name}.{column})", source, relation.Name, $"{column} is null");

    /// <summary>
    /// A test failing the rows that match <paramref name="condition"/>. A null comparison matches no row, so
    /// the accepted-values and range tests leave nulls to the not-null tests.
    /// </summary>
    private static DataTest RowTest(string name, string source, string table, string condition) =>
        new(name, source, $"select * from {table} where {condition}", [table], condition);

    private static DataTest Unique(RelationDeclaration relation, IReadOnlyList<string> columns, string source)
    {
        var list = string.Join(", ", columns);
        return new DataTest(
            $"unique({relation.Name}: {list})",
            source,
            $"select {list}, count(*) as occurrences from {relation.Name} group by {list} having count(*) > 1",
            [relation.Name]);
    }

    private static DataTest Relationship(RelationDeclaration relation, string column, string target, string source)
    {
        var lastDot = target.LastIndexOf('.');
        var parent = lastDot > 0 ? target[..lastDot] : "";
        var parentColumn = target[(lastDot + 1)..];
        CheckRelationName(parent, source);
        CheckIdentifier(parentColumn, target, source);
        return new DataTest(
            $"relationship({relation.Name}.{column} -> {target})",
            source,
            $"select child.* from {relation.Name} as child where child.{column} is not null "
            + $"and not exists (select 1 from {parent} as parent where parent.{parentColumn} = child.{column})",
            [relation.Name, parent]);
    }

    private static string Quote(string value) => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";

    private static void CheckRelationName(string relation, string source)
    {
        if (!RelationName().IsMatch(relation))
        {
            throw new WarehouseException(
                $"{source}: '{relation}' is not a table name of the form schema.table.", ExitCode.BuildFailed);
        }
    }

    private static void CheckIdentifier(string column, string where, string source)
    {
        if (!Identifier().IsMatch(column))
        {
            throw new WarehouseException(
                $"{source}: '{where}' does not name a column with a lowercase identifier.", ExitCode.BuildFailed);
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*$")]
    private static partial Regex RelationName();

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex Identifier();
}
