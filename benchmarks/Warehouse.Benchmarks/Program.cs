using System.Globalization;
using Warehouse.Benchmarks;
using Warehouse.Reports.Layout;

// Usage: dotnet run -c Release --project benchmarks/Warehouse.Benchmarks -- [WAREHOUSE] [MONTH] [RUNS] [a4|letter]
// Defaults: the demo's warehouse (warehouse-demo/warehouse.duckdb, written by `./warehouse demo`), 2026-10 (the
// demo's last month), 10 runs, A4.
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

var timings = new ReportBenchmark(databasePath, month, paper).Run(runs);

var first = timings[0];
var later = timings.Skip(1).OrderBy(t => t.Total).ToList();
Console.WriteLine($"Monthly report for {month:yyyy-MM} on {paper}, {runs} runs in one process: {databasePath}");
Console.WriteLine($"{first.Pages} pages, {first.Bytes:N0} bytes");
Console.WriteLine("                      query ms   render ms    total ms      cpu ms");
Console.WriteLine(Row("first run (cold)", first));
if (later.Count > 0)
{
    Console.WriteLine(Row("later runs, median", later[later.Count / 2]));
    Console.WriteLine(Row("later runs, slowest", later[^1]));
}

return 0;

static string Row(string label, RunTiming timing) =>
    $"{label,-20}{ReportBenchmark.Milliseconds(timing.Query),11}{ReportBenchmark.Milliseconds(timing.Render),12}"
    + $"{ReportBenchmark.Milliseconds(timing.Total),12}{ReportBenchmark.Milliseconds(timing.Processor),12}";
