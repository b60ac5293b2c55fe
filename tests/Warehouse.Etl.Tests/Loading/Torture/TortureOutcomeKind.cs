namespace Warehouse.Etl.Tests.Loading.Torture;

/// <summary>What the loader should do with one file of the torture corpus.</summary>
internal enum TortureOutcomeKind
{
    /// <summary>Loaded: good records in the raw table, broken ones in the rejects.</summary>
    Loaded,

    /// <summary>Readable, but too many records broke the contract: nothing loaded, the reasons kept.</summary>
    Refused,

    /// <summary>Not readable at all: a <see cref="WarehouseException"/> naming the file.</summary>
    Unreadable,
}
