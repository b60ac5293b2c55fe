using Warehouse.Etl.Contracts;
using Warehouse.Etl.Loading;

namespace Warehouse.Etl.Storage;

/// <summary>
/// <c>meta.load_rejects</c> as the published copy shows it: every row and column of the warehouse's table,
/// except that a rejected value that may hold personal data reads <see cref="Withheld"/>.
/// </summary>
/// <remarks>
/// A value is withheld when its extract declares a sensitive column and the reject either names one
/// (alone, or among the key columns of a duplicate-key reject), names none, names a column the contract does
/// not declare, or holds the whole record the CSV reader could not split. Sensitive columns are those a
/// contract declares <c>personal</c> and, when customer ids are pseudonymised, every <c>customer_id</c>:
/// analyst tables then hold only tokens, so a source id in a reject would undo the pseudonym.
/// An empty (null) value stays null, since there is nothing to withhold.
/// </remarks>
internal static class PublishedRejects
{
    /// <summary>What the published copy shows in place of a withheld value.</summary>
    public const string Withheld = "(personal data withheld)";

    private const string CustomerId = "customer_id";

    /// <summary>
    /// The select over <c>meta.load_rejects</c> of <paramref name="catalog"/> that gives the published
    /// rows, with the table's columns in its order.
    /// </summary>
    public static string Select(string catalog, ContractCatalog contracts, bool customerIdsPseudonymised)
    {
        var known = string.Join(", ", contracts.All.Select(c => SqlText.Literal(c.Extract)));
        var branches = contracts.All
            .Select(contract => Branch(contract, customerIdsPseudonymised))
            .OfType<string>()
            .Select(condition => $"        when {condition} then {SqlText.Literal(Withheld)}\n");

        return $"""
            select
                batch_id,
                extract,
                source_file,
                source_line,
                column_name,
                case
                    when value is null then null
                    when extract not in ({known}) then {SqlText.Literal(Withheld)}
            {string.Concat(branches)}        else value
                end as value,
                rule
            from {catalog}.meta.load_rejects
            """;
    }

    /// <summary>True for a column whose values the published copy never shows.</summary>
    private static bool IsSensitive(ContractColumn column, bool customerIdsPseudonymised) =>
        column.Personal || (customerIdsPseudonymised && column.Name == CustomerId);

    /// <summary>The condition withholding a value of this extract, or null when it has no sensitive column.</summary>
    private static string? Branch(ExtractContract contract, bool customerIdsPseudonymised)
    {
        if (!contract.Columns.Any(c => IsSensitive(c, customerIdsPseudonymised)))
        {
            return null;
        }

        var shown = contract.Columns
            .Where(c => !IsSensitive(c, customerIdsPseudonymised))
            .Select(c => SqlText.Literal(c.Name));
        var separator = SqlText.Literal(ContractValidator.KeyColumnSeparator);
        return $"extract = {SqlText.Literal(contract.Extract)} and (column_name is null"
            + $" or {ContractValidator.HoldsWholeRecord("rule")}"
            + $" or not list_has_all([{string.Join(", ", shown)}]::varchar[], string_split(column_name, {separator})))";
    }
}
