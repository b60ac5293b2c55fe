namespace Warehouse.Etl.Loading;

/// <summary>
/// How to read a Parquet file that passed the schema check: the columns to read, the SQL that turns each
/// into the text the validator checks, and the statements that fill <c>_source_rejects</c> with the rows
/// whose values the file type holds but the contract cannot take.
/// </summary>
/// <param name="Columns">Source columns read, in the order they are read.</param>
/// <param name="Texts">Column to SQL expression giving its text; a column not listed is cast to text.</param>
/// <param name="RejectStatements">Statements that create <c>_source_rejects</c> and fill it.</param>
internal sealed record ParquetReading(
    IReadOnlyList<string> Columns,
    IReadOnlyDictionary<string, string> Texts,
    IReadOnlyList<string> RejectStatements)
{
    /// <summary>The SQL expression giving a source column's value as text.</summary>
    public string TextOf(string column) =>
        Texts.TryGetValue(column, out var text) ? text : $"cast({SqlText.Identifier(column)} as varchar)";
}
