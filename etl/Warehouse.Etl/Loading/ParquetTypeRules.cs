using System.Text;
using Warehouse.Etl.Contracts;

namespace Warehouse.Etl.Loading;

/// <summary>
/// Which Parquet column types may feed which contract types, and why the others may not: the one table the
/// schema check applies and <c>docs/contracts.md</c> prints. A column feeds a contract column when a direct
/// load finds it under the contract column's name, or when a mapping copies it as it is.
/// </summary>
/// <remarks>
/// Decisions the table encodes. A decimal with more scale than the contract loads when every extra digit
/// of a value is zero and rejects the other values row by row: a file is not refused for how its writer
/// declared a column, and no value is ever rounded. A local timestamp (isAdjustedToUTC = false) is refused:
/// it names no instant and the loader will not guess a zone. INT96 carries no zone and is taken as UTC, as
/// Spark and Hive write it. A timestamp finer than a microsecond keeps its microseconds; DuckDB, the reader,
/// has no finer instant and drops the rest.
/// </remarks>
internal static class ParquetTypeRules
{
    private static readonly ColumnKind[] Targets =
    [
        ColumnKind.Varchar, ColumnKind.Integer, ColumnKind.Boolean, ColumnKind.Date, ColumnKind.Timestamp,
        ColumnKind.Decimal,
    ];

    // One row per kind of Parquet column, one cell per contract type in the order of Targets;
    // integer stands for bigint too.
    private static readonly Dictionary<ParquetValueKind, ParquetFit[]> Table = new()
    {
        [ParquetValueKind.Text] = [Exact, Parsed, Parsed, Parsed, Parsed, Parsed],
        [ParquetValueKind.Binary] = [Parsed, Parsed, Parsed, Parsed, Parsed, Parsed],
        [ParquetValueKind.Boolean] = [Exact, Refused, Exact, Refused, Refused, Refused],
        [ParquetValueKind.Integer] = [Exact, IfItFits, Parsed, Parsed, Refused, IfItFits],
        [ParquetValueKind.Decimal] = [Exact, IfItFits, Refused, Refused, Refused, IfItFits],
        [ParquetValueKind.WideDecimal] = [Refused, Refused, Refused, Refused, Refused, Refused],
        [ParquetValueKind.Float] = [Refused, Refused, Refused, Refused, Refused, Refused],
        [ParquetValueKind.Date] = [Exact, Refused, Refused, Exact, Refused, Refused],
        [ParquetValueKind.UtcTimestamp] = [Exact, Refused, Refused, Refused, Exact, Refused],
        [ParquetValueKind.LocalTimestamp] = [Exact, Refused, Refused, Refused, Refused, Refused],
        [ParquetValueKind.Int96Timestamp] = [IfItFits, Refused, Refused, Refused, IfItFits, Refused],
        [ParquetValueKind.OtherScalar] = [Exact, Refused, Refused, Refused, Refused, Refused],
        [ParquetValueKind.Nested] = [Refused, Refused, Refused, Refused, Refused, Refused],
        [ParquetValueKind.Null] = [Exact, Exact, Exact, Exact, Exact, Exact],
    };

    private const ParquetFit Exact = ParquetFit.Exact;
    private const ParquetFit IfItFits = ParquetFit.IfItFits;
    private const ParquetFit Parsed = ParquetFit.Parsed;
    private const ParquetFit Refused = ParquetFit.Refused;

    /// <summary>How a column of the given kind meets a contract column of the given type.</summary>
    public static ParquetFit Fit(ParquetValueKind source, ColumnType target)
    {
        var kind = target.Kind == ColumnKind.Bigint ? ColumnKind.Integer : target.Kind;
        return Table[source][Array.IndexOf(Targets, kind)];
    }

    /// <summary>Why a refused pairing cannot carry the contract's values, and what to do instead.</summary>
    public static string Refusal(ParquetColumn source, ColumnType target) => (source.Kind, target.Kind) switch
    {
        (ParquetValueKind.WideDecimal, _) =>
            "wider than the 38 digits the reader keeps exactly; its values would lose digits. "
            + "Export the column as text or as a decimal of at most 38 digits.",
        (ParquetValueKind.Float, ColumnKind.Decimal) =>
            "a float holds a binary approximation, so an amount would pass through a float and could change. "
            + $"Export the column as DECIMAL({target.Precision},{target.Scale}) (or as text with the exact digits).",
        (ParquetValueKind.Float, _) =>
            "a float holds a binary approximation, not the exact value the contract asks for. "
            + $"Export the column as {ExactTypeFor(target)}.",
        (ParquetValueKind.LocalTimestamp, ColumnKind.Timestamp) =>
            "a local time names no instant, and the contract's timestamps are UTC; the loader does not guess "
            + "the zone. Write the column as a timestamp adjusted to UTC (isAdjustedToUTC = true; in Arrow or "
            + "pandas a column with time zone UTC), or as ISO text ending in Z.",
        (ParquetValueKind.Nested, _) =>
            "a group holds many values, not one. Flatten it at the source, or load the file through a mapping "
            + "that picks the value out.",
        (ParquetValueKind.Date, ColumnKind.Timestamp) =>
            "a date has no time of day. Export the column as a UTC timestamp.",
        (ParquetValueKind.UtcTimestamp or ParquetValueKind.LocalTimestamp or ParquetValueKind.Int96Timestamp,
            ColumnKind.Date) =>
            "a timestamp would lose its time of day, and which date it falls on depends on the zone. "
            + "Export the column as a DATE.",
        _ => $"its values are not {target.SqlType} values. Export the column as {ExactTypeFor(target)}.",
    };

    /// <summary>The rules as a Markdown table, for <c>docs/contracts.md</c>.</summary>
    public static string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| Parquet column | varchar | integer, bigint | boolean | date | timestamp | decimal(p,s) |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var (kind, fits) in Table)
        {
            text.Append($"| {KindName(kind)} |");
            foreach (var fit in fits)
            {
                text.Append($" {FitName(fit)} |");
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static string ExactTypeFor(ColumnType target) => target.Kind switch
    {
        ColumnKind.Varchar => "a string",
        ColumnKind.Integer => "INT32",
        ColumnKind.Bigint => "INT64",
        ColumnKind.Boolean => "BOOLEAN",
        ColumnKind.Date => "DATE",
        ColumnKind.Timestamp => "a timestamp adjusted to UTC",
        ColumnKind.Decimal => $"DECIMAL({target.Precision},{target.Scale})",
        _ => target.SqlType,
    };

    private static string KindName(ParquetValueKind kind) => kind switch
    {
        ParquetValueKind.Text => "string (STRING/UTF8, ENUM, JSON)",
        ParquetValueKind.Binary => "binary without a string annotation (read as UTF-8)",
        ParquetValueKind.Boolean => "BOOLEAN",
        ParquetValueKind.Integer => "INT32, INT64 (signed or unsigned, any width)",
        ParquetValueKind.Decimal => "DECIMAL up to 38 digits (INT32, INT64, FIXED_LEN_BYTE_ARRAY, BYTE_ARRAY)",
        ParquetValueKind.WideDecimal => "DECIMAL over 38 digits",
        ParquetValueKind.Float => "FLOAT, DOUBLE, FLOAT16",
        ParquetValueKind.Date => "DATE",
        ParquetValueKind.UtcTimestamp =>
            "TIMESTAMP adjusted to UTC (MILLIS, MICROS, NANOS; legacy TIMESTAMP_MILLIS/MICROS)",
        ParquetValueKind.LocalTimestamp => "TIMESTAMP with isAdjustedToUTC = false (local time)",
        ParquetValueKind.Int96Timestamp => "INT96 timestamp (taken as UTC)",
        ParquetValueKind.OtherScalar => "TIME, INTERVAL, UUID",
        ParquetValueKind.Nested => "LIST, MAP, STRUCT",
        ParquetValueKind.Null => "NULL type (every value missing)",
        _ => kind.ToString(),
    };

    private static string FitName(ParquetFit fit) => fit switch
    {
        ParquetFit.Exact => "exact",
        ParquetFit.IfItFits => "if it fits",
        ParquetFit.Parsed => "parsed",
        ParquetFit.Refused => "**refused**",
        _ => fit.ToString(),
    };
}
