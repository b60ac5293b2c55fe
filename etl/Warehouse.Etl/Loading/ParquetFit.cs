namespace Warehouse.Etl.Loading;

/// <summary>How a Parquet column's type meets the contract type of the column it feeds.</summary>
internal enum ParquetFit
{
    /// <summary>Every value the file type can hold is a value of the contract type: it loads as it is.</summary>
    Exact,

    /// <summary>
    /// Some values fit and some do not (a number out of range, a decimal with more digits than the scale):
    /// each value is checked, a value that fits loads exactly, one that does not is rejected with its row.
    /// Nothing is rounded.
    /// </summary>
    IfItFits,

    /// <summary>The value is read as text and must parse by the contract's rule, row by row.</summary>
    Parsed,

    /// <summary>The file type cannot carry the contract's values exactly: the file is refused.</summary>
    Refused,
}
