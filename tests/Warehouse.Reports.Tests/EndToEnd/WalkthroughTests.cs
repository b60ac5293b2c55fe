using System.Text.RegularExpressions;
using Warehouse.Etl.Tests;

namespace Warehouse.Reports.Tests.EndToEnd;

/// <summary>
/// The README's walkthrough of bad input ("What happens to bad input"), run command by command on the files
/// it names in <c>data-samples/walkthrough</c>, checking the figures the README shows, so that they cannot drift
/// from the files or the program. Expected figures are counted by hand from those files.
/// </summary>
public sealed class WalkthroughTests : IDisposable
{
    private const string Samples = "data-samples/walkthrough/";
    private const string Db = "try.duckdb";

    private readonly string _folder = Directory.CreateTempSubdirectory("warehouse-walkthrough-test-").FullName;

    public WalkthroughTests()
    {
        // The same relative paths as from the clone root, in a folder of the test's own.
        var samples = Directory.CreateDirectory(Path.Combine(_folder, "data-samples", "walkthrough")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "data-samples", "walkthrough")))
        {
            File.Copy(file, Path.Combine(samples, Path.GetFileName(file)));
        }
    }

    [Fact]
    public void The_walkthrough_gives_the_statuses_batches_history_and_staging_rows_the_README_shows()
    {
        var customers = Expect(0, "load", "customers", Samples + "customers-2024-01-31.csv");
        var risk = Expect(0, "load", "risk", Samples + "risk-2024-01-02.csv", Samples + "risk-2024-02.csv");
        var badValue = Expect(3, "load", "risk", Samples + "risk-2024-03.csv");
        var rejects = Expect(0, "rejects", "--batch", "4");
        var newColumn = Expect(3, "load", "risk", Samples + "risk-2024-03-v2.csv");
        var again = Expect(0, "load", "risk", Samples + "risk-2024-01-02.csv");
        var history = Expect(0, "history", "--extract", "risk");
        Expect(0, "build");
        var staging = Expect(
            0, "query", "select account_id, as_of_date, balance, _batch_id from staging.stg_risk order by 2, 1");
        var january = Expect(0, "load", "engagement", Samples + "events-2024-01.csv");
        var february = Expect(0, "load", "engagement", Samples + "events-2024-02.csv");

        AssertRow(customers, "customers loaded 1 3 0 3 customers-2024-01-31.csv");
        AssertRow(risk, "risk loaded 2 6 0 6 risk-2024-01-02.csv");
        AssertRow(risk, "risk loaded 3 2 0 2 risk-2024-02.csv");
        AssertRow(badValue, "risk refused 4 2 1 0 risk-2024-03.csv");
        Assert.Contains("Records: 3 in the files read = 3 loaded + 0 rejected", customers, StringComparison.Ordinal);
        Assert.Contains("Records: 8 in the files read = 8 loaded + 0 rejected", risk, StringComparison.Ordinal);
        Assert.Contains(
            "Records: 2 in the files read = 0 loaded + 1 rejected + 1 not loaded with a refused file",
            badValue,
            StringComparison.Ordinal);
        var riskMarch = Path.Combine("data-samples", "walkthrough", "risk-2024-03.csv");
        Assert.Contains($"\n  {riskMarch}, line 3, column balance, value '12.345': decimal(18,2)", badValue,
            StringComparison.Ordinal);
        Assert.StartsWith(
            $"Batch 4: risk, refused, 1 of 2 records rejected; {riskMarch}\n", rejects, StringComparison.Ordinal);
        AssertRow(rejects, "3 balance 12.345 decimal(18,2): at most 16 digits before the point and 2 after, "
            + "no thousands separators, never rounded");
        AssertRow(newColumn, "risk refused 5 0 0 0 risk-2024-03-v2.csv");
        Assert.Contains("differ from batch 3, the last loaded delivery: added column branch.", newColumn,
            StringComparison.Ordinal);
        AssertRow(again, "risk unchanged 2 - - - risk-2024-01-02.csv");

        // Batch 3 replaced February of batch 2, keeping its January: partly superseded.
        AssertRow(history, "2 risk loaded * * 6 0 6 2024-01..2024-02 (2) partly by 3 risk-2024-01-02.csv");
        AssertRow(history, "3 risk loaded * * 2 0 2 2024-02 risk-2024-02.csv");
        AssertRow(history, "4 risk refused * * 2 1 0 risk-2024-03.csv");
        AssertRow(history, "5 risk refused * * 0 0 0 added branch risk-2024-03-v2.csv");

        // January as batch 2 delivered it; February as batch 3 corrected it, A3 gone.
        Assert.Equal(
            """
            account_id  as_of_date  balance  _batch_id
            ----------  ----------  -------  ---------
            A1          2024-01-31  100.00   2
            A2          2024-01-31  250.00   2
            A3          2024-01-31  80.00    2
            A1          2024-02-29  125.00   3
            A2          2024-02-29  260.00   3
            (5 rows)

            """,
            staging.ReplaceLineEndings("\n"));
        AssertRow(january, "engagement loaded 6 2 0 2 events-2024-01.csv");
        AssertRow(february, "engagement loaded 7 1 0 1 events-2024-02.csv");
        Assert.Contains("differ from the last loaded delivery; its known columns loaded", february,
            StringComparison.Ordinal);
        AssertRow(february, "  added column device");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Runs one command on the walkthrough's warehouse, checks its exit code and returns its output.</summary>
    private string Expect(int exitCode, params string[] arguments)
    {
        var (actual, output, error) = WarehouseProcess.Run(_folder, [.. arguments, "--db", Db]);

        Assert.True(actual == exitCode, $"warehouse {string.Join(' ', arguments)} exited {actual}:\n{output}{error}");
        return output.ReplaceLineEndings("\n");
    }

    /// <summary>
    /// Asserts that <paramref name="output"/> has a line of the fields in <paramref name="row"/>, however many
    /// spaces the table puts between them; a field <c>*</c> is any one field (the time a batch was loaded).
    /// </summary>
    private static void AssertRow(string output, string row)
    {
        var fields = row.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var pattern = "^ *" + string.Join(" +", fields.Select(f => f == "*" ? @"\S+" : Regex.Escape(f))) + " *$";

        Assert.Matches(new Regex(pattern, RegexOptions.Multiline), output);
    }
}
