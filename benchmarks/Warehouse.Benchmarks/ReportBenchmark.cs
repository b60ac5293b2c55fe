using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using Warehouse.Etl.Storage;
using Warehouse.Reports.Layout;

namespace Warehouse.Benchmarks;

/// <summary>
/// Times one report on a built warehouse: the query of its figures and the rendering of the PDF, each run from
/// opening the warehouse to the last byte, as <c>warehouse report monthly</c> and <c>warehouse report pilot</c>
/// do them. The first run in a fresh process pays for loading code and fonts, as every run of the command does;
/// the later runs show the steady cost.
/// </summary>
/// <param name="databasePath">The warehouse file, opened read-only on each run.</param>
/// <param name="query">Reads the report's figures from an open warehouse.</param>
/// <param name="render">Renders those figures as a PDF into the stream, returning what it made.</param>
internal sealed class ReportBenchmark<TReport>(
    string databasePath,
    Func<DuckDBConnection, TReport> query,
    Func<TReport, Stream, RenderedReport> render)
{
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
        var report = query(database.Connection);
        var queried = Stopwatch.GetElapsedTime(started);

        using var output = new MemoryStream();
        var rendered = render(report, output);
        var total = Stopwatch.GetElapsedTime(started);
        process.Refresh();
        var processor = process.TotalProcessorTime - processorBefore;
        return new RunTiming(queried, total - queried, processor, rendered.Pages, output.Length);
    }
}

/// <summary>How the benchmark prints its timings.</summary>
internal static class ReportTimings
{
    /// <summary>Milliseconds with one decimal.</summary>
    public static string Milliseconds(TimeSpan span) =>
        span.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture);
}
