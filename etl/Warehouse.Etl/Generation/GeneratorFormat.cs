namespace Warehouse.Etl.Generation;

/// <summary>File format of the generated extracts.</summary>
public enum GeneratorFormat
{
    /// <summary>Delimited text in each contract's dialect, <c>&lt;extract&gt;.csv</c>.</summary>
    Csv,

    /// <summary>Parquet typed from each contract, <c>&lt;extract&gt;.parquet</c>.</summary>
    Parquet,
}
