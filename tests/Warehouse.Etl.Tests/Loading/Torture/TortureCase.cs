using Warehouse.Etl.Contracts;

namespace Warehouse.Etl.Tests.Loading.Torture;

/// <summary>
/// One file of the torture corpus, how it is written and what the loader must make of it, taken from the
/// corpus's INDEX ("our expected" column).
/// </summary>
/// <param name="Dialect">How the file is written, as a mapping would declare it.</param>
/// <param name="Columns">Source columns in file order; null to take them from the file's first line.</param>
/// <param name="Amount">
/// A source column also loaded into the engagement extract's <c>amount</c> (decimal(18,2), at least 0),
/// so that its values are typed and checked; null to keep every value as text only.
/// </param>
/// <param name="Outcome">Loaded, refused for rejects, or unreadable.</param>
/// <param name="Records">Records the file holds (loaded and refused files).</param>
/// <param name="RejectLines">Lines whose records must be rejected, in order.</param>
/// <param name="Values">
/// Expected text of the source values of the record on a line, as <c>[a, b, NULL]</c> (loaded files).
/// </param>
/// <param name="MessageParts">What the refusal message must say besides the file name (unreadable files).</param>
internal sealed record TortureCase(
    CsvDialect Dialect,
    IReadOnlyList<string>? Columns,
    string? Amount,
    TortureOutcomeKind Outcome,
    long Records,
    IReadOnlyList<long> RejectLines,
    IReadOnlyDictionary<long, string> Values,
    IReadOnlyList<string> MessageParts);
