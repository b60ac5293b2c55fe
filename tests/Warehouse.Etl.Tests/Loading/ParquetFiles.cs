using Dapper;
using DuckDB.NET.Data;
using Parquet;
using Parquet.Schema;

namespace Warehouse.Etl.Tests.Loading;

/// <summary>
/// Writes the Parquet files the loader's tests read: with DuckDB's <c>COPY ... (format parquet)</c>, which
/// stores a decimal as INT32 up to 9 digits, INT64 up to 18 and FIXED_LEN_BYTE_ARRAY above, or with
/// Parquet.Net for the shapes DuckDB does not write (INT96, millisecond and nanosecond UTC timestamps).
/// </summary>
internal static class ParquetFiles
{
    /// <summary>Writes the rows of a DuckDB query to a Parquet file in the folder and returns its path.</summary>
    public static string FromQuery(string folder, string name, string query)
    {
        var path = Path.Combine(folder, name);
        using var scratch = new DuckDBConnection("Data Source=:memory:");
        scratch.Open();
        scratch.Execute($"copy ({query}) to '{path.Replace("'", "''", StringComparison.Ordinal)}' (format parquet)");
        return path;
    }

    /// <summary>The physical type of a column as the file's schema declares it.</summary>
    public static string PhysicalType(string path, string column)
    {
        using var scratch = new DuckDBConnection("Data Source=:memory:");
        scratch.Open();
        return scratch.ExecuteScalar<string>(
            "select type from parquet_schema($path) where name = $column", new { path, column })!;
    }

    /// <summary>
    /// An engagement extract of one login per timestamp, with <c>event_at</c> written as <paramref name="field"/>
    /// describes it (INT96, or an INT64 timestamp of a unit, adjusted to UTC or not).
    /// </summary>
    public static async Task<string> EngagementWithTimestamps(
        string folder, string name, DateTimeDataField field, IReadOnlyList<DateTime?> timestamps)
    {
        var path = Path.Combine(folder, name);
        var texts = new[] { "event_id", "customer_id", "channel", "direction", "event_type" }
            .Select(n => new DataField<string>(n, nullable: true))
            .ToArray();
        var values = new Dictionary<string, string?[]>
        {
            ["event_id"] = timestamps.Select((_, i) => (string?)$"E{i + 1}").ToArray(),
            ["customer_id"] = timestamps.Select(_ => (string?)"C1").ToArray(),
            ["channel"] = timestamps.Select(_ => (string?)"app").ToArray(),
            ["direction"] = timestamps.Select(_ => (string?)"inbound").ToArray(),
            ["event_type"] = timestamps.Select(_ => (string?)"login").ToArray(),
        };

        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema([.. texts, field]), stream);
        using var rowGroup = writer.CreateRowGroup();
        foreach (var text in texts)
        {
            await rowGroup.WriteAsync(text, new ArraySegment<string>(values[text.Name]!));
        }

        await rowGroup.WriteAsync<DateTime>(field, timestamps.ToArray().AsMemory());
        rowGroup.CompleteValidate();
        return path;
    }
}
