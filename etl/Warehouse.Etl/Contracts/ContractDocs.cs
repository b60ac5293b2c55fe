using System.Globalization;
using System.Text;

namespace Warehouse.Etl.Contracts;

/// <summary>
/// Writes the extract contracts as Markdown for users (<c>docs/contracts.md</c>), so the docs come from
/// the same definition the loader enforces.
/// </summary>
public static class ContractDocs
{
    public static string Render(ContractCatalog catalog)
    {
        var text = new StringBuilder();
        text.AppendLine("# Extract contracts");
        text.AppendLine();
        text.AppendLine("What each extract file must look like. This page is generated from `sql/contracts/*.json`,");
        text.AppendLine("the definition the loader enforces; regenerate it with");
        text.AppendLine("`./warehouse contracts --markdown > docs/contracts.md`.");
        text.AppendLine();
        text.AppendLine("Files are CSV (UTF-8, comma-separated, `\"` quotes, one header row naming the columns, any");
        text.AppendLine("order) or Parquet with the same column names. Dates are `yyyy-mm-dd`; timestamps are UTC,");
        text.AppendLine("`yyyy-mm-dd hh:mm:ss` with an optional `T`, fraction and `Z`; decimals use `.` and no");
        text.AppendLine("thousands separator, with no more decimals than the scale (never rounded); booleans are");
        text.AppendLine("`true`/`false` or `1`/`0`; an empty field is a missing value. A file whose columns are named");
        text.AppendLine("differently loads through a mapping (`--mapping`, see `sql/mappings/`).");
        foreach (var contract in catalog.All)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"## `{contract.Extract}` → `{contract.RawTable}`");
            text.AppendLine();
            text.AppendLine(contract.Description);
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"Grain: {contract.Grain}. Key: `{string.Join("`, `", contract.Key)}`. "
                + $"A file is refused when more than {contract.RejectThreshold * 100:0.#}% "
                + $"of its records break the contract.");
            text.AppendLine();
            text.AppendLine("| column | type | required | rule | description |");
            text.AppendLine("|---|---|---|---|---|");
            foreach (var column in contract.Columns)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| `{column.Name}` | {column.Type} | {(column.Required ? "yes" : "")} | {Rule(column)} | "
                    + $"{column.Description.Replace("|", "\\|", StringComparison.Ordinal)} |");
            }
        }

        return text.ToString();
    }

    private static string Rule(ContractColumn column)
    {
        var parts = new List<string>();
        if (column.Allowed is { Count: > 0 } allowed)
        {
            parts.Add("one of " + string.Join(", ", allowed.Select(a => $"`{a}`")));
        }

        if (column.Min is { } min)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"≥ {min}"));
        }

        if (column.Max is { } max)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"≤ {max}"));
        }

        if (column.Pattern is { } pattern)
        {
            parts.Add($"matches `{pattern.Replace("|", "\\|", StringComparison.Ordinal)}`");
        }

        if (column.Unit is { } unit)
        {
            parts.Add($"unit: {unit}");
        }

        if (column.Personal)
        {
            parts.Add("personal data");
        }

        return string.Join("; ", parts);
    }
}
