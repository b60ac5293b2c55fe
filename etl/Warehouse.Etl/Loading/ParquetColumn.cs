using System.Globalization;

namespace Warehouse.Etl.Loading;

/// <summary>
/// One top-level column of a Parquet file as its schema declares it (DuckDB's <c>parquet_schema()</c>).
/// </summary>
/// <param name="Name">The name DuckDB reads the column under (it names an empty name <c>C1</c>, ...).</param>
/// <param name="PhysicalType">
/// INT32, INT64, INT96, FLOAT, DOUBLE, BOOLEAN, BYTE_ARRAY or FIXED_LEN_BYTE_ARRAY; null for a group.
/// </param>
/// <param name="Repetition">REQUIRED, OPTIONAL or REPEATED.</param>
/// <param name="ConvertedType">The legacy annotation (DECIMAL, UTF8, DATE, LIST, ...), if any.</param>
/// <param name="LogicalType">
/// The logical type as DuckDB prints it, for example <c>TimestampType(isAdjustedToUTC=1, ...)</c>.
/// </param>
/// <param name="Precision">Digits of a decimal.</param>
/// <param name="Scale">Digits after the point of a decimal.</param>
/// <param name="DuckDbType">The type DuckDB reads the column as.</param>
/// <param name="Children">Fields of a group; 0 for a leaf.</param>
internal sealed record ParquetColumn(
    string Name,
    string? PhysicalType,
    string? Repetition,
    string? ConvertedType,
    string? LogicalType,
    long? Precision,
    long? Scale,
    string? DuckDbType,
    long Children)
{
    /// <summary>The family of values the column holds.</summary>
    public ParquetValueKind Kind => Classify();

    /// <summary>Whether DuckDB reads the column as a timestamp with time zone (an instant).</summary>
    public bool IsReadAsInstant => DuckDbType == "TIMESTAMP WITH TIME ZONE";

    /// <summary>The column's type as a person reads it: logical type first, then how it is stored.</summary>
    public string Description => Kind switch
    {
        ParquetValueKind.Decimal or ParquetValueKind.WideDecimal =>
            string.Create(
                CultureInfo.InvariantCulture, $"DECIMAL({Precision},{Scale ?? 0}) stored as {PhysicalType}"),
        ParquetValueKind.UtcTimestamp => $"TIMESTAMP({TimeUnit}, adjusted to UTC) stored as {PhysicalType}",
        ParquetValueKind.LocalTimestamp =>
            $"TIMESTAMP({TimeUnit}, local time: isAdjustedToUTC=false) stored as {PhysicalType}",
        ParquetValueKind.Int96Timestamp => "INT96 timestamp",
        ParquetValueKind.Nested => $"a nested {ConvertedType ?? "STRUCT"} group",
        ParquetValueKind.Null => $"NULL (no values) stored as {PhysicalType}",
        _ when ConvertedType is not null => $"{ConvertedType} stored as {PhysicalType}",
        _ => PhysicalType ?? DuckDbType ?? "an unknown type",
    };

    private string TimeUnit =>
        LogicalType is { } logical
            ? logical.Contains("NANOS=NanoSeconds", StringComparison.Ordinal) ? "NANOS"
                : logical.Contains("MILLIS=MilliSeconds", StringComparison.Ordinal) ? "MILLIS"
                : "MICROS"
            : ConvertedType == "TIMESTAMP_MILLIS" ? "MILLIS" : "MICROS";

    private ParquetValueKind Classify()
    {
        var logical = LogicalType ?? "";
        if (Children > 0 || Repetition == "REPEATED" || ConvertedType is "LIST" or "MAP" or "MAP_KEY_VALUE")
        {
            return ParquetValueKind.Nested;
        }

        if (PhysicalType == "INT96")
        {
            return ParquetValueKind.Int96Timestamp;
        }

        if (logical.StartsWith("NullType", StringComparison.Ordinal))
        {
            return ParquetValueKind.Null;
        }

        if (ConvertedType == "DECIMAL" || logical.StartsWith("DecimalType", StringComparison.Ordinal))
        {
            return Precision > 38 ? ParquetValueKind.WideDecimal : ParquetValueKind.Decimal;
        }

        if (logical.StartsWith("TimestampType", StringComparison.Ordinal))
        {
            return logical.Contains("isAdjustedToUTC=1", StringComparison.Ordinal)
                ? ParquetValueKind.UtcTimestamp
                : ParquetValueKind.LocalTimestamp;
        }

        // The format defines the legacy converted timestamps as adjusted to UTC.
        if (ConvertedType is "TIMESTAMP_MILLIS" or "TIMESTAMP_MICROS")
        {
            return ParquetValueKind.UtcTimestamp;
        }

        if (ConvertedType == "DATE" || logical.StartsWith("DateType", StringComparison.Ordinal))
        {
            return ParquetValueKind.Date;
        }

        return PhysicalType switch
        {
            "BOOLEAN" => ParquetValueKind.Boolean,
            "FLOAT" or "DOUBLE" => ParquetValueKind.Float,
            "INT32" or "INT64" when DuckDbType is "TIME" or "TIME WITH TIME ZONE" or "TIME_NS" =>
                ParquetValueKind.OtherScalar,
            "INT32" or "INT64" => ParquetValueKind.Integer,
            "BYTE_ARRAY" or "FIXED_LEN_BYTE_ARRAY" => DuckDbType switch
            {
                "VARCHAR" => ParquetValueKind.Text,
                "BLOB" => ParquetValueKind.Binary,
                "FLOAT" or "DOUBLE" => ParquetValueKind.Float,
                _ => ParquetValueKind.OtherScalar,
            },
            _ => ParquetValueKind.OtherScalar,
        };
    }
}
