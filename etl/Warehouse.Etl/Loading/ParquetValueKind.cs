namespace Warehouse.Etl.Loading;

/// <summary>
/// What a Parquet column holds, from its physical type and its logical (or legacy converted) type: the
/// families the schema check judges against a contract column's type.
/// </summary>
internal enum ParquetValueKind
{
    /// <summary>BYTE_ARRAY annotated as a string (STRING/UTF8, ENUM, JSON).</summary>
    Text,

    /// <summary>BYTE_ARRAY or FIXED_LEN_BYTE_ARRAY without a string annotation, read as UTF-8 text.</summary>
    Binary,

    Boolean,

    /// <summary>INT32 or INT64, signed or unsigned, of any declared bit width.</summary>
    Integer,

    /// <summary>DECIMAL of at most 38 digits in any physical encoding: INT32, INT64, fixed or variable bytes.</summary>
    Decimal,

    /// <summary>DECIMAL wider than 38 digits, which DuckDB reads as a double.</summary>
    WideDecimal,

    /// <summary>FLOAT, DOUBLE or FLOAT16: binary approximations.</summary>
    Float,

    Date,

    /// <summary>
    /// TIMESTAMP marked isAdjustedToUTC, or a legacy TIMESTAMP_MILLIS/MICROS converted type, which the format
    /// defines as UTC-adjusted: an instant.
    /// </summary>
    UtcTimestamp,

    /// <summary>TIMESTAMP with isAdjustedToUTC = false: a wall-clock time in an unnamed zone.</summary>
    LocalTimestamp,

    /// <summary>The deprecated INT96 timestamp (Spark, Hive, Impala): a Julian day and nanoseconds within it.</summary>
    Int96Timestamp,

    /// <summary>Other scalars: TIME, INTERVAL, UUID.</summary>
    OtherScalar,

    /// <summary>A group: list, map or struct.</summary>
    Nested,

    /// <summary>The NULL logical type: every value is missing.</summary>
    Null,
}
