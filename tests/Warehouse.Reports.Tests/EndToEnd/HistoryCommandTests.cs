using System.Text.Json;

namespace Warehouse.Reports.Tests.EndToEnd;

/// <summary>
/// <c>warehouse history</c> and <c>warehouse rejects</c> on a warehouse that took a two-month risk file, a
/// corrected February, a file with a bad value and a file with a column too many.
/// </summary>
public sealed class HistoryCommandTests : IClassFixture<DeliveredRiskWarehouse>
{
    private readonly string _folder;

    public HistoryCommandTests(DeliveredRiskWarehouse warehouse)
    {
        _folder = warehouse.Folder;
    }

    [Fact]
    public void History_shows_each_batch_its_months_and_what_superseded_or_refused_it()
    {
        var (exitCode, output, error) = WarehouseProcess.Run(
            _folder, "history", "--extract", "risk", "--db", "w.duckdb");

        Assert.True(exitCode == 0, error);
        var lines = output.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("1 ", StringComparison.Ordinal)
            && l.Contains("2024-01..2024-02 (2)", StringComparison.Ordinal)
            && l.Contains("partly by 2", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("2 ", StringComparison.Ordinal)
            && l.Contains(" 2024-02 ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("4 ", StringComparison.Ordinal)
            && l.Contains("added bureau_score", StringComparison.Ordinal));
        Assert.Contains("batch 4 refused: the columns differ from batch 2", output, StringComparison.Ordinal);
    }

    [Fact]
    public void History_as_json_lists_periods_and_superseding_batches()
    {
        var (exitCode, output, _) = WarehouseProcess.Run(_folder, "history", "--format", "json", "--db", "w.duckdb");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var first = json.RootElement[0];
        Assert.Equal(
            ["2024-01-01", "2024-02-01"],
            first.GetProperty("periods").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(2, first.GetProperty("superseded_by")[0].GetInt64());
        Assert.Equal("partly", first.GetProperty("superseded").GetString());
        Assert.Equal(4, json.RootElement.GetArrayLength());
    }

    [Fact]
    public void Rejects_lists_a_batch_s_values_with_line_column_value_and_rule()
    {
        var (exitCode, output, _) = WarehouseProcess.Run(_folder, "rejects", "--batch", "3", "--db", "w.duckdb");

        Assert.Equal(0, exitCode);
        Assert.Contains("Batch 3: risk, refused, 1 of 1 records rejected", output, StringComparison.Ordinal);

        // Line 2 of the file: the header, then the record with three decimals.
        Assert.Matches(@"\n2 +balance +12\.345 +decimal\(18,2\)", output);
    }

    [Fact]
    public void Unknown_batches_and_extracts_and_formats_get_their_exit_codes()
    {
        var unknownBatch = WarehouseProcess.Run(_folder, "rejects", "--batch", "99", "--db", "w.duckdb");
        var unknownExtract = WarehouseProcess.Run(_folder, "history", "--extract", "loans", "--db", "w.duckdb");
        var unknownFormat = WarehouseProcess.Run(_folder, "history", "--format", "xml", "--db", "w.duckdb");
        var noWarehouse = WarehouseProcess.Run(_folder, "history", "--db", "typo.duckdb");

        Assert.Equal(
            (6, 2, 2, 6),
            (unknownBatch.ExitCode, unknownExtract.ExitCode, unknownFormat.ExitCode, noWarehouse.ExitCode));
        Assert.Contains("No batch 99", unknownBatch.Error, StringComparison.Ordinal);
    }
}
