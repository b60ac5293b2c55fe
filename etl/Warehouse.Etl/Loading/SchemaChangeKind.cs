namespace Warehouse.Etl.Loading;

/// <summary>How a file's columns differ from the last loaded delivery of its extract.</summary>
public enum SchemaChangeKind
{
    /// <summary>The file has a column the earlier delivery did not have.</summary>
    Added,

    /// <summary>The file lacks a column the earlier delivery had.</summary>
    Missing,

    /// <summary>A Parquet column has another type than in the earlier delivery.</summary>
    TypeChanged,
}
