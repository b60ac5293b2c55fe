namespace Warehouse.Etl.Loading;

/// <summary>What became of a file given to the loader.</summary>
public enum LoadStatus
{
    /// <summary>Its valid records are in the raw table; its broken ones in <c>meta.load_rejects</c>.</summary>
    Loaded,

    /// <summary>Too many records broke the contract: nothing loaded, the reasons kept.</summary>
    Refused,

    /// <summary>The same bytes were loaded before through the same mapping: nothing to do.</summary>
    Unchanged,
}
