using System.Diagnostics;
using System.Globalization;
using Warehouse.Etl.Storage;
using Warehouse.Reports.Layout;
using Warehouse.Reports.Monthly;

namespace Warehouse.Benchmarks;

/// <summary>
/// Times the monthly report on a built warehouse: the query of its figures and the rendering of the PDF,
/// each run from opening the warehouse to the last byte, as <c>warehouse report monthly</c> does them. The
/// first run in a fresh process pays for loading code and fonts, as every run of the command does; the
/// later runs show the steady cost.
/// </summary>
internal sealed class ReportBenchmark(string databasePath, DateOnly month, PaperSize paper)
{
    private const string Title = "Consumer lending portfolio";

    /// <summary>Runs the report <paramref name="runs"/> times; returns each run's timings, first run first.</summary>
    public IReadOnlyList<RunTiming> Run(int runs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var timings = new List<RunTiming>();
        for (var run = 0; run < runs; run++)
        {
            timings.Add(RunOnce());
        }

        return timings;
    }

    private RunTiming RunOnce()
    {
        using var process = Process.GetCurrentProcess();
        var processorBefore = process.TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        using var database = WarehouseDatabase.OpenReadOnly(databasePath);
        var report = new MonthlyReportQuery(Title).Load(database.Connection, month);
        var queried = Stopwatch.GetElapsedTime(started);

        using var output = new MemoryStream();
        var rendered = new MonthlyReportRenderer(paper).Render(report, output);
        var total = Stopwatch.GetElapsedTime(started);
        process.Refresh();
        var processor = process.TotalProcessorTime - processorBefore;
        return new RunTiming(queried, total - queried, processor, rendered.Pages, output.Length);
    }

    /// <summary>Milliseconds with one decimal, for the table the program prints.</summary>
    public static string Milliseconds(TimeSpan span) =>
        span.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture);
}
