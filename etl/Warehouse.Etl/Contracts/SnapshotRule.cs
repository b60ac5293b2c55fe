namespace Warehouse.Etl.Contracts;

/// <summary>
/// Declares an extract whose every delivery is a full snapshot: it holds every entity on its snapshot date,
/// so an entity missing from it has gone. A delivery that is empty, or much smaller than the snapshot before
/// it, is then far more likely a broken export than a mass departure, and the loader refuses it rather than
/// let it delete the missing entities.
/// </summary>
public sealed record SnapshotRule
{
    /// <summary>
    /// The key column holding the snapshot date (a <c>date</c>); the other key columns identify the entity.
    /// </summary>
    public required string DateColumn { get; init; }

    /// <summary>
    /// The smallest share, above 0 and at most 1, of the previous snapshot's entities that a snapshot must
    /// hold to be loaded. The previous snapshot is the one with the latest earlier date, in the warehouse or
    /// in the same file.
    /// </summary>
    public required double MinShareOfPrevious { get; init; }
}
