using System.Globalization;
using Warehouse.Benchmarks;
using Warehouse.Etl.Storage;
using Warehouse.Reports.Layout;
using Warehouse.Reports.Monthly;
using Warehouse.Reports.Pilots;

// Usage: dotnet run -c Release --project benchmarks/Warehouse.Benchmarks -- [WAREHOUSE] [MONTH] [RUNS] [a4|letter]
// Defaults: the demo's warehouse (warehouse-demo/warehouse.duckdb, written by `./warehouse demo`), 2026-10 (the
// demo's last month), 10 runs, A4. Times the monthly report of the month, then the report of every pilot.
const string Title = "Consumer lending portfolio";
var databasePath = Path.GetFullPath(args.ElementAtOrDefault(0) ?? Path.Combine("warehouse-demo", "warehouse.duckdb"));
var month = DateOnly.ParseExact(args.ElementAtOrDefault(1) ?? "2026-10", "yyyy-MM", CultureInfo.InvariantCulture);
var runs = int.Parse(args.ElementAtOrDefault(2) ?? "10", CultureInfo.InvariantCulture);
var paper = string.Equals(args.ElementAtOrDefault(3), "letter", StringComparison.OrdinalIgnoreCase)
    ? PaperSize.Letter
    : PaperSize.A4;
if (!File.Exists(databasePath))
{
    Console.Error.WriteLine($"No warehouse at {databasePath}; run ./warehouse demo first, or name one.");
    return 2;
}

Console.WriteLine($"{runs} runs of each report in one process, {paper}: {databasePath}");
Print(
    $"monthly report {month:yyyy-MM}",
    new ReportBenchmark<MonthlyReport>(
        databasePath,
        connection => new MonthlyReportQuery(Title).Load(connection, month),
        (report, output) => new MonthlyReportRenderer(paper).Render(report, output)).Run(runs));

IReadOnlyList<string> pilots;
using (var database = WarehouseDatabase.OpenReadOnly(databasePath))
{
    pilots = PilotReportQuery.Verdicts(database.Connection).Select(v => v.PilotId).ToList();
}

foreach (var pilot in pilots)
{
    Print(
        $"pilot report {pilot}",
        new ReportBenchmark<PilotReport>(
            databasePath,
            connection => PilotReportQuery.Load(connection, pilot),
            (report, output) => new PilotReportRenderer(paper).Render(report, output)).Run(runs));
}

return 0;

static void Print(string what, IReadOnlyList<RunTiming> timings)
{
    var first = timings[0];
    var later = timings.Skip(1).OrderBy(t => t.Total).ToList();
    Console.WriteLine();
    Console.WriteLine($"{what}: {first.Pages} pages, {first.Bytes:N0} bytes");
    Console.WriteLine("                      query ms   render ms    total ms      cpu ms");
    Console.WriteLine(Row("first run (cold)", first));
    if (later.Count > 0)
    {
        Console.WriteLine(Row("later runs, median", later[later.Count / 2]));
        Console.WriteLine(Row("later runs, slowest", later[^1]));
    }
}

static string Row(string label, RunTiming timing) =>
    $"{label,-20}{ReportTimings.Milliseconds(timing.Query),11}{ReportTimings.Milliseconds(timing.Render),12}"
    + $"{ReportTimings.Milliseconds(timing.Total),12}{ReportTimings.Milliseconds(timing.Processor),12}";
