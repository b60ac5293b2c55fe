using System.Globalization;
using Dapper;
using DuckDB.NET.Data;

namespace Warehouse.Etl.Loading;

/// <summary>
/// What was delivered and what became of it: every batch with its periods, which later batch superseded it
/// and how its columns drifted (<c>meta.load_history</c>), and the values a batch rejected
/// (<c>meta.load_rejects</c>). Only reads: a read-only connection will do.
/// </summary>
public static class LoadHistory
{
    private static readonly string[] HistoryColumns =
    [
        "batch_id", "extract", "mapping", "source_file", "status", "loaded_at", "records_read",
        "records_rejected", "rows_loaded", "grain", "periods", "superseded", "superseded_by", "drift", "message",
    ];

    private static readonly string[] RejectColumns = ["source_line", "column_name", "value", "rule"];

    /// <summary>Every batch in load order, or those of one extract.</summary>
    public static IReadOnlyList<BatchHistory> Read(DuckDBConnection connection, string? extract = null) =>
        Query(connection, "where $extract is null or extract = $extract", new { extract });

    /// <summary>One batch, or a <see cref="WarehouseException"/> (<see cref="ExitCode.NotFound"/>) if none.</summary>
    public static BatchHistory Batch(DuckDBConnection connection, long batchId) =>
        Query(connection, "where batch_id = $batch_id", new { batch_id = batchId }).SingleOrDefault()
            ?? throw new WarehouseException(
                $"No batch {batchId} in this warehouse; 'warehouse history' lists the batches.", ExitCode.NotFound);

    /// <summary>Every value the batch rejected, by line and column.</summary>
    public static IReadOnlyList<RejectedValue> Rejects(DuckDBConnection connection, long batchId) =>
        connection.Query<(string File, long? Line, string? Column, string? Value, string Rule)>(
                """
                select source_file, source_line, column_name, value, rule
                from meta.load_rejects
                where batch_id = $batch_id
                order by source_line nulls first, column_name, rule
                """,
                new { batch_id = batchId })
            .Select(r => new RejectedValue(r.File, r.Line, r.Column, r.Value, r.Rule))
            .ToList();

    /// <summary>
    /// The history in the given format. The table is for reading: periods as a range with their count, the
    /// file's name without its folder, and the reason of each refused batch beneath; JSON and CSV carry the
    /// <c>meta.load_history</c> columns whole.
    /// </summary>
    public static string Format(IReadOnlyList<BatchHistory> history, OutputFormat format)
    {
        if (format != OutputFormat.Table)
        {
            var rows = history.Select(b => (IReadOnlyList<object?>)
            [
                b.BatchId, b.Extract, b.Mapping, b.SourceFile, b.Status, b.LoadedAt, b.RecordsRead,
                b.RecordsRejected, b.RowsLoaded, b.Grain, b.Periods, b.Superseded, b.SupersededBy, b.Drift, b.Message,
            ]);
            return format == OutputFormat.Json
                ? TabularText.Json(HistoryColumns, rows)
                : TabularText.Csv(HistoryColumns, rows);
        }

        var table = TabularText.Table(
            ["batch", "extract", "status", "loaded at (UTC)", "records", "rejected", "rows", "periods",
                "superseded", "drift", "file"],
            history.Select(b => (IReadOnlyList<object?>)
            [
                b.BatchId, b.Extract, b.Status, b.LoadedAt, b.RecordsRead, b.RecordsRejected, b.RowsLoaded,
                PeriodRange(b), SupersededText(b), b.Drift, Path.GetFileName(b.SourceFile),
            ]));
        var reasons = history
            .Where(b => b.Message is not null)
            .Select(b => $"batch {b.BatchId} {b.Status}: {b.Message}\n");
        return table + string.Concat(reasons);
    }

    /// <summary>A batch's rejects in the given format; the table shows at most <paramref name="maxRows"/>.</summary>
    public static string FormatRejects(IReadOnlyList<RejectedValue> rejects, OutputFormat format, int maxRows)
    {
        var rows = rejects.Select(r => (IReadOnlyList<object?>)[r.Line, r.Column, r.Value, r.Rule]);
        return format switch
        {
            OutputFormat.Json => TabularText.Json(RejectColumns, rows),
            OutputFormat.Csv => TabularText.Csv(RejectColumns, rows),
            _ => TabularText.Table(["line", "column", "value", "rule"], rows.Take(maxRows))
                + (rejects.Count > maxRows
                    ? $"({rejects.Count:N0} rejected values, first {maxRows} shown; --format csv gives all)\n"
                    : $"({rejects.Count:N0} rejected {(rejects.Count == 1 ? "value" : "values")})\n"),
        };
    }

    /// <summary><c>2024-01..2024-03 (3)</c> for months, <c>2024-01-31</c> for one day; empty without periods.</summary>
    public static string PeriodRange(BatchHistory batch)
    {
        if (batch.Periods.Count == 0)
        {
            return "";
        }

        var format = batch.Grain == "month" ? "yyyy-MM" : "yyyy-MM-dd";
        var first = batch.Periods[0].ToString(format, CultureInfo.InvariantCulture);
        var last = batch.Periods[^1].ToString(format, CultureInfo.InvariantCulture);
        return batch.Periods.Count == 1 ? first : $"{first}..{last} ({batch.Periods.Count})";
    }

    private static string SupersededText(BatchHistory batch) =>
        batch.Superseded is null ? "" : $"{batch.Superseded} by {string.Join(", ", batch.SupersededBy)}";

    private static List<BatchHistory> Query(DuckDBConnection connection, string where, object parameters)
    {
        try
        {
            return connection.Query<HistoryRow>(
                    $"""
                    select
                        batch_id as BatchId, extract as Extract, mapping as Mapping,
                        source_file as SourceFile, status as Status, loaded_at as LoadedAt,
                        records_read as RecordsRead, records_rejected as RecordsRejected,
                        rows_loaded as RowsLoaded, grain as Grain,
                        array_to_string(periods, ',') as Periods,
                        superseded as Superseded,
                        array_to_string(superseded_by, ',') as SupersededBy,
                        drift as Drift, message as Message
                    from meta.load_history
                    {where}
                    order by batch_id
                    """,
                    parameters)
                .Select(r => r.ToHistory())
                .ToList();
        }
        catch (DuckDBException ex) when (ex.Message.Contains("load_history", StringComparison.Ordinal))
        {
            throw new WarehouseException(
                "This warehouse predates the load history; run 'warehouse init' on it once to add it.",
                ex,
                ExitCode.NotFound);
        }
    }

    /// <summary>A row as DuckDB gives it, lists joined by commas.</summary>
    private sealed record HistoryRow(
        long BatchId,
        string Extract,
        string? Mapping,
        string SourceFile,
        string Status,
        DateTime LoadedAt,
        long RecordsRead,
        long RecordsRejected,
        long RowsLoaded,
        string? Grain,
        string? Periods,
        string? Superseded,
        string? SupersededBy,
        string? Drift,
        string? Message)
    {
        public BatchHistory ToHistory() => new(
            BatchId,
            Extract,
            Mapping,
            SourceFile,
            Status,
            LoadedAt,
            RecordsRead,
            RecordsRejected,
            RowsLoaded,
            Grain,
            Split(Periods).Select(p => DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList(),
            Superseded,
            Split(SupersededBy).Select(b => long.Parse(b, CultureInfo.InvariantCulture)).ToList(),
            Drift,
            Message);

        private static string[] Split(string? list) =>
            string.IsNullOrEmpty(list) ? [] : list.Split(',');
    }
}
