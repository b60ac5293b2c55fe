using System.Globalization;
using System.Text;
using Warehouse.Etl.Loading;

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
        text.AppendLine("Files are CSV or Parquet with the contract's column names, in any order. A CSV file is");
        text.AppendLine("written in its contract's dialect (below), or in the one its mapping declares: by default");
        text.AppendLine("UTF-8, comma-separated, `\"` quotes, one header row naming the columns, dates `yyyy-mm-dd`,");
        text.AppendLine("timestamps UTC `yyyy-mm-dd hh:mm:ss` with an optional `T`, fraction and `Z`, decimals with");
        text.AppendLine("`.` and no thousands separator. Decimals never have more decimals than the scale (never");
        text.AppendLine("rounded); booleans are `true`/`false` or `1`/`0`; an empty field is a missing value. A file");
        text.AppendLine("whose columns are named differently loads through a mapping (`--mapping`, see");
        text.AppendLine("`sql/mappings/`).");
        AppendDialect(text);
        AppendDeliveries(text);
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
                + $"of its records break the contract. Dialect: {DialectNote(contract.Dialect)}. "
                + $"{Delivery(contract)}");
            if (contract.Snapshot is { } snapshot)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"Each file is a full snapshot by `{snapshot.DateColumn}`; a file with no records, or whose "
                    + $"snapshot holds fewer than {snapshot.MinShareOfPrevious * 100:0.#}% of the {contract.Extract} "
                    + $"of the snapshot before it, is refused.");
            }

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

        AppendParquetRules(text);
        return text.ToString();
    }

    private static void AppendDialect(StringBuilder text)
    {
        var standard = new CsvDialect();
        text.AppendLine();
        text.Append(string.Create(CultureInfo.InvariantCulture, $$"""
            ## Dialect

            How a CSV file is written, declared as data: `dialect` in a contract, `source.dialect` in a
            mapping. Nothing is guessed. In a mapping the value formats describe the text its expressions
            produce, so a source column passed through keeps the file's spelling. The loader reads a private
            copy of the file, taken once and UTF-8 whatever the encoding, so line numbers stay the file's; a
            file that changes while it is copied is refused, to be loaded again once its writer has finished.

            - `delimiter` (default `{{standard.Delimiter}}`): the text between fields.
            - `quote` (default `{{standard.Quote}}`): the character around a field that holds delimiters,
              quotes or line breaks.
            - `escape` (default `{{standard.Escape}}`): the character before a quote inside a quoted field.
            - `header_rows` (default `{{standard.HeaderRows}}`): rows before the data; the last of them names
              the columns.
            - `null_markers` (default none): text that stands for a missing value besides the empty field,
              such as `NULL`.
            - `date_format` (default `{{standard.DateFormat}}`): strptime format of dates, from `%Y` `%m` `%d`
              `%y` and literal text. `03/04/2025` is never guessed: declare `%d/%m/%Y` (3 April) or
              `%m/%d/%Y` (4 March).
            - `timestamp_format` (default ISO): strptime format of timestamps, read as UTC, from `%Y` `%m` `%d`
              `%y` `%H` `%M` `%S` and literal text. Undeclared, timestamps are `yyyy-mm-dd hh:mm:ss` with an
              optional `T`, fraction and `Z` or `+00:00`.
            - `decimal_separator` (default `{{standard.DecimalSeparator}}`): `.` or `,` between the whole and
              the fractional digits of decimals.
            - `thousands_separator` (default none): one character grouping the whole digits of decimals in
              threes (`1.234.567,89`); a badly grouped value (`12,34,5`) is rejected. Undeclared, a value
              holding a thousands separator is rejected.
            - `encoding` (default `{{standard.Encoding}}`): `utf-8`, with or without a byte-order mark (a
              UTF-16 file with one is read too); `utf-16`, byte-order mark required; `latin-1` (or
              `iso-8859-1`); `windows-1252` (or `cp1252`). In an undeclared file, a record with bytes that
              are not UTF-8 is rejected with its line and the encoding to declare.

            """));
    }

    /// <summary>The fields a dialect declares differently from the default, or "the default".</summary>
    private static string DialectNote(CsvDialect dialect)
    {
        var standard = new CsvDialect();
        var fields = new List<string>();
        void Differs(string name, object? value, object? standardValue)
        {
            if (!Equals(value, standardValue))
            {
                fields.Add(string.Create(CultureInfo.InvariantCulture, $"`{name}` `{value ?? "none"}`"));
            }
        }

        Differs("delimiter", dialect.Delimiter, standard.Delimiter);
        Differs("quote", dialect.Quote, standard.Quote);
        Differs("escape", dialect.Escape, standard.Escape);
        Differs("header_rows", dialect.HeaderRows, standard.HeaderRows);
        Differs("null_markers", string.Join(" ", dialect.NullMarkers), string.Join(" ", standard.NullMarkers));
        Differs("date_format", dialect.DateFormat, standard.DateFormat);
        Differs("timestamp_format", dialect.TimestampFormat, standard.TimestampFormat);
        Differs("decimal_separator", dialect.DecimalSeparator, standard.DecimalSeparator);
        Differs("thousands_separator", dialect.ThousandsSeparator, standard.ThousandsSeparator);
        Differs("encoding", dialect.Encoding, standard.Encoding);
        return fields.Count == 0 ? "the default" : string.Join(", ", fields);
    }

    private static void AppendParquetRules(StringBuilder text)
    {
        text.AppendLine();
        text.AppendLine("## Parquet column types");
        text.AppendLine();
        text.AppendLine("Before a Parquet file is read, the type of each column that feeds a contract column (the");
        text.AppendLine("column of the same name, or one a mapping copies as it is) is checked against the contract");
        text.AppendLine("type. *exact*: loads as it is. *if it fits*: each value that fits loads exactly and one that");
        text.AppendLine("does not is rejected with its row; a decimal with more scale than the contract loads when");
        text.AppendLine("its extra digits are zero (1.2300 as 1.23) and 1.2345 is rejected, never rounded; an INT96");
        text.AppendLine("timestamp outside the years 1-9999 is rejected. *parsed*: read as text and held to the");
        text.AppendLine("contract's rule, row by row. **refused**: the whole file is refused, naming the column,");
        text.AppendLine("its type and what to export instead. No amount passes through a float, not even through");
        text.AppendLine("a mapping's expression. Timestamps adjusted to UTC load as that instant; INT96 carries no");
        text.AppendLine("zone and is taken as UTC, as Spark and Hive write it; a local timestamp");
        text.AppendLine("(isAdjustedToUTC = false) is refused, because the loader does not guess its zone.");
        text.AppendLine("Timestamps keep microseconds: finer digits (NANOS, INT96) are dropped by the reader. A");
        text.AppendLine("required column's missing values are rejected with their row number. A file that is not");
        text.AppendLine("Parquet, is cut short or is damaged is refused with the reason, and nothing is loaded.");
        text.AppendLine();
        text.Append(ParquetTypeRules.Markdown());
    }

    private static void AppendDeliveries(StringBuilder text)
    {
        text.AppendLine();
        text.Append("""
            ## Deliveries and schema drift

            Each delivery holds whole periods. An extract with a period (a month of `as_of_date`, say) may be
            delivered again, corrected: the later file replaces every row of each period it holds, dropping rows
            it no longer has, and the periods it does not hold stay as delivered before. Raw tables keep every
            delivery; `warehouse history` shows which batch superseded which. Loading the same bytes again
            changes nothing. A later delivery of an extract without a period replaces earlier rows key by key,
            unless its description says otherwise.

            A file whose columns differ from the last loaded delivery of its extract (through the same mapping,
            if any) has drifted: a column added, one missing, a Parquet column of another type. Every difference
            goes to `meta.schema_drift`. Under `refuse` the file is refused; under `warn` its known columns load,
            unknown ones are ignored and a missing optional column is empty. A missing required column is always
            refused. A first delivery is checked against the contract.

            """);
    }

    private static string Delivery(ExtractContract contract)
    {
        var periods = contract.Period is { } period
            ? $"Deliveries hold whole {period.GrainName}s of `{period.Column}`. "
            : "";
        var drift = contract.Drift == DriftPolicy.Warn ? "warned about" : "refused";
        return $"{periods}Schema drift: {drift}.";
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
