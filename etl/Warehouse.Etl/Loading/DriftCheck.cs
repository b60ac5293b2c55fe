using Warehouse.Etl.Contracts;

namespace Warehouse.Etl.Loading;

/// <summary>A file's columns compared with the last loaded delivery of the same extract and mapping.</summary>
/// <param name="ComparedBatchId">The earlier delivery compared with.</param>
/// <param name="Policy">The drift policy of the mapping, else of the contract.</param>
/// <param name="Changes">Every difference, in column order; empty when the columns are the same.</param>
/// <param name="Refusal">Why the file is refused, naming the columns; null when it loads.</param>
internal sealed record DriftCheck(
    long ComparedBatchId,
    DriftPolicy Policy,
    IReadOnlyList<SchemaChange> Changes,
    string? Refusal)
{
    public bool IsRefused => Refusal is not null;
}
