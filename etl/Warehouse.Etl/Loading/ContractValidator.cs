using System.Text;
using Warehouse.Etl.Contracts;

namespace Warehouse.Etl.Loading;

/// <summary>
/// Checks every value in <c>_incoming</c> against its contract in one set-based pass and writes each
/// broken rule to the temporary table <c>_rejects</c> (line, column, value, rule). A record is loaded only
/// when none of its values broke a rule; all broken rules of a record are kept, not just the first.
/// </summary>
internal static class ContractValidator
{
    public const string RejectsTable = "_rejects";

    /// <summary>Joins the key columns in the <c>column_name</c> of a duplicate-key reject.</summary>
    public const string KeyColumnSeparator = ", ";

    private const int MaxValueLength = 200;

    private const string UnreadableRecordRule = "unreadable record: ";

    private const string NotUtf8Rule =
        "not valid UTF-8: the file is in another encoding or holds corrupt bytes; if it is written in Latin-1 "
        + "or Windows-1252, declare that in its dialect (\"encoding\": \"latin-1\" or \"windows-1252\"), "
        + "else save it as UTF-8";

    /// <summary>The statement that creates <c>_rejects</c> for the current <c>_incoming</c>.</summary>
    public static string BuildStatement(ExtractContract contract, CsvDialect valueDialect)
    {
        var checks = new List<string>
        {
            // Structural errors found by the CSV reader itself (too many or too few fields, bad quotes).
            // One reject per broken record, however many fields the reader complained about.
            // DuckDB's own words for bytes that are not UTF-8 name no remedy, so that rule is spelled out.
            $"""
            select line as _line, min(column_name) as column_name,
                   left(trim(any_value(csv_line), chr(10) || chr(13)), {MaxValueLength}) as value,
                   case
                       when bool_or(error_type = 'INVALID ENCODING') then {SqlText.Literal(NotUtf8Rule)}
                       else {SqlText.Literal(UnreadableRecordRule)} || string_agg(distinct error_type, ', ')
                           || ' - ' || min(error_message)
                   end as rule
            from {IncomingTable.CsvErrors}
            group by line
            """,

            // Values the source's own type holds but the contract cannot take (an INT96 timestamp out of range).
            $"select _line, column_name, value, rule from {IncomingTable.SourceRejects}",
        };

        foreach (var column in contract.Columns)
        {
            checks.AddRange(ColumnChecks(column, valueDialect));
        }

        foreach (var key in contract.Key.Where(k => contract.Column(k).ParsedType.Kind == ColumnKind.Varchar))
        {
            // 'A1' and 'A1 ' would pass as two keys here and collapse into one once staging trims them.
            checks.Add(Check(
                key, $"{key} <> trim({key}) and trim({key}) <> ''", "key value with leading or trailing spaces"));
        }

        checks.Add(DuplicateKeyCheck(contract));
        return $"create or replace temp table {RejectsTable} as\n" + string.Join("\nunion all\n", checks);
    }

    /// <summary>
    /// A SQL condition, over the rule text <paramref name="rule"/>, that holds for the rejects whose value is
    /// the whole record as read from the file (a record the CSV reader could not split into its fields) rather
    /// than the value of the one column the reject names.
    /// </summary>
    public static string HoldsWholeRecord(string rule) =>
        $"(starts_with({rule}, {SqlText.Literal(UnreadableRecordRule)}) or {rule} = {SqlText.Literal(NotUtf8Rule)})";

    private static IEnumerable<string> ColumnChecks(ContractColumn column, CsvDialect dialect)
    {
        var name = column.Name;
        var type = column.ParsedType;
        var value = name;

        if (column.Required)
        {
            yield return Check(name, $"{value} is null or trim({value}) = ''", "required: a value is needed");
        }

        // DuckDB keeps a NUL byte inside a value; it would end the text early in reports and other tools.
        yield return Check(name, $"contains({value}, chr(0))", "contains a NUL character (byte 0)");

        var (typeIsValid, typeRule) = ColumnRules.TypeCheck(type, value, dialect);
        if (type.Kind != ColumnKind.Varchar)
        {
            yield return Check(name, $"{value} is not null and not coalesce({typeIsValid}, false)", typeRule);
        }

        if (column.Allowed is { Count: > 0 } allowed)
        {
            var list = string.Join(", ", allowed.Select(SqlText.Literal));
            yield return Check(
                name,
                $"{value} is not null and {value} not in ({list})",
                $"not an allowed value: one of {string.Join(", ", allowed)}");
        }

        if (column.Pattern is { } pattern)
        {
            yield return Check(
                name,
                $"{value} is not null and not regexp_full_match({value}, {SqlText.Literal(pattern.Trim('^', '$'))})",
                $"does not match the pattern {pattern}");
        }

        var parsed = ColumnRules.Parse(type, value, dialect, orNull: true);
        var valid = $"{value} is not null and coalesce({typeIsValid}, false)";
        if (column.Min is { } min)
        {
            yield return Check(name, $"{valid} and {parsed} < {ColumnRules.Bound(min)}", $"below the minimum {min}");
        }

        if (column.Max is { } max)
        {
            yield return Check(name, $"{valid} and {parsed} > {ColumnRules.Bound(max)}", $"above the maximum {max}");
        }
    }

    private static string Check(string column, string failsWhen, string rule) => $"""
        select _line, {SqlText.Literal(column)} as column_name, left({column}, {MaxValueLength}) as value,
               {SqlText.Literal(rule)} as rule
        from {IncomingTable.Name}
        where {failsWhen}
        """;

    private static string DuplicateKeyCheck(ExtractContract contract)
    {
        var keyColumns = string.Join(KeyColumnSeparator, contract.Key);
        var keyText = new StringBuilder("concat_ws(' | '");
        foreach (var key in contract.Key)
        {
            keyText.Append($", coalesce({key}, '(empty)')");
        }

        keyText.Append(')');
        return $"""
            select _line, {SqlText.Literal(keyColumns)} as column_name, key_value as value,
                   'duplicate key: the same ' || {SqlText.Literal(keyColumns)} || ' is on lines '
                   || array_to_string(lines, ', ') as rule
            from (
                select _line, {keyText} as key_value,
                       list(_line order by _line) over (partition by {keyColumns}) as lines
                from {IncomingTable.Name}
            )
            where len(lines) > 1
            """;
    }
}
