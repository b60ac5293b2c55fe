using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Warehouse.Etl.Build;

/// <summary>
/// One SQL model: a file <c>sql/models/&lt;schema&gt;/&lt;name&gt;.sql</c> holding a single <c>select</c> that
/// builds the table <c>&lt;schema&gt;.&lt;name&gt;</c>.
/// </summary>
/// <param name="Schema">Schema of the table the model builds: the folder name.</param>
/// <param name="Name">Table name: the file name without <c>.sql</c>.</param>
/// <param name="File">Where the model comes from, for messages: the resource name.</param>
/// <param name="Sql">The model's <c>select</c>, without a trailing semicolon.</param>
public sealed partial record SqlModel(string Schema, string Name, string File, string Sql)
{
    /// <summary>The qualified table name, <c>schema.name</c>.</summary>
    public string Relation => $"{Schema}.{Name}";

    /// <summary>
    /// The SHA-256 of <see cref="Sql"/> in lowercase hex: the model's version, recorded with each build so a
    /// report can say which SQL produced its figures.
    /// </summary>
    public string SqlSha256 => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));

    /// <summary>
    /// A model from its file name and text. Throws a <see cref="WarehouseException"/> when the path is
    /// not <c>.../&lt;schema&gt;/&lt;name&gt;.sql</c> with lowercase identifiers.
    /// </summary>
    public static SqlModel FromFile(string file, string sql)
    {
        var match = ModelPath().Match(file);
        if (!match.Success)
        {
            throw new WarehouseException(
                $"Model file '{file}' must be named <schema>/<name>.sql with lowercase identifiers, "
                + "for example sql/models/core/dim_customer.sql.",
                ExitCode.BuildFailed);
        }

        return new SqlModel(match.Groups["schema"].Value, match.Groups["name"].Value, file, TrimStatement(sql));
    }

    private static string TrimStatement(string sql) =>
        sql.TrimEnd().TrimEnd(';').TrimEnd();

    [GeneratedRegex(@"(?:^|/)(?<schema>[a-z][a-z0-9_]*)/(?<name>[a-z][a-z0-9_]*)\.sql$")]
    private static partial Regex ModelPath();
}
