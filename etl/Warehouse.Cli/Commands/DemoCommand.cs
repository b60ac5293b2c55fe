using System.Globalization;
using Cocona;
using Cocona.Application;
using Dapper;
using Microsoft.Extensions.Logging;
using Warehouse.Etl;
using Warehouse.Etl.Build;
using Warehouse.Etl.Contracts;
using Warehouse.Etl.Generation;
using Warehouse.Etl.Lift;
using Warehouse.Etl.Loading;
using Warehouse.Etl.Pipeline;
using Warehouse.Etl.Storage;
using Warehouse.Reports.Layout;

namespace Warehouse.Cli.Commands;

/// <summary>
/// <c>warehouse demo</c>: the whole job on a synthetic portfolio (or the real public datasets) from
/// extract files to the leadership PDF, in a folder of its own. Safe to rerun: unchanged files are not
/// loaded again and the models are rebuilt.
/// </summary>
internal sealed class DemoCommand
{
    private const string SyntheticTitle = "Synthetic demo portfolio";
    private const string RealTitle = "Public sample datasets (UCI, Hillstrom)";

    private readonly ContractCatalog _contracts;
    private readonly ILoggerFactory _loggers;
    private readonly TimeProvider _time;
    private readonly ICoconaAppContextAccessor _context;

    public DemoCommand(
        ContractCatalog contracts, ILoggerFactory loggers, TimeProvider time, ICoconaAppContextAccessor context)
    {
        _contracts = contracts;
        _loggers = loggers;
        _time = time;
        _context = context;
    }

    [Command(
        "demo",
        Description = "Run the whole job: generate (or take the real datasets), load, build, lift, report")]
    public int Run(
        [Option(
            "out",
            Description = "Folder for the extracts, the warehouse and the PDF (default: warehouse-demo, "
                + "or warehouse-demo-real with --real)",
            ValueName = "DIR")]
        string? @out = null,
        [Option("real", Description = "Use the real public datasets shipped in data-samples/real")]
        bool real = false,
        [Option("customers", Description = "Synthetic customers (default: 5000)", ValueName = "N")]
        int? customers = null,
        [Option("months", Description = "Synthetic months of history (default: 24)", ValueName = "N")]
        int? months = null,
        [Option("seed", Description = "Random seed of the synthetic portfolio (default: 42)", ValueName = "N")]
        int? seed = null,
        [Option(
            "pseudonym-key-file",
            Description = "File holding the key that replaces customer ids by keyed hashes from staging on "
                + "(default: $" + PseudonymKey.EnvironmentVariable + ", else ids are kept)",
            ValueName = "FILE")]
        string? pseudonymKeyFile = null,
        [Option('v', Description = "Log each step with its timing (to standard error)")] bool verbose = false,
        [Option('q', Description = "Log errors only")] bool quiet = false)
    {
        Verbosity.Apply(new CommonOptions { Verbose = verbose, Quiet = quiet });
        var cancellationToken = _context.Current?.CancellationToken ?? CancellationToken.None;
        var pseudonymKey = PseudonymKey.Resolve(pseudonymKeyFile);
        if (real && (customers is not null || months is not null || seed is not null))
        {
            throw new WarehouseException(
                "--customers, --months and --seed shape the synthetic portfolio; --real loads the shipped datasets "
                + "as they are, so give one or the other.",
                ExitCode.Usage);
        }

        var options = new GeneratorOptions
        {
            Customers = customers ?? GeneratorOptions.DefaultCustomers,
            Months = months ?? GeneratorOptions.DefaultMonths,
            Seed = seed ?? GeneratorOptions.DefaultSeed,
        };
        options.Validate();
        var folder = Path.GetFullPath(@out ?? (real ? "warehouse-demo-real" : "warehouse-demo"));
        Directory.CreateDirectory(folder);

        LoadPlan plan;
        if (real)
        {
            Step(1, "Taking the real datasets shipped with the program");
            plan = LoadPlan.Shipped("real-demo", Path.Combine(AppContext.BaseDirectory, "data-samples", "real"));
        }
        else
        {
            Step(
                1,
                $"Generating a synthetic portfolio: {options.Customers:N0} customers, {options.Months} months, "
                + $"seed {options.Seed}");
            var generated = PortfolioGenerator.Generate(options, Path.Combine(folder, "extracts"), cancellationToken);
            plan = LoadPlan.ForExtractFolder(Path.Combine(folder, "extracts"));
            Console.WriteLine($"  extracts and planted truth in {Path.GetDirectoryName(generated.TruthPath)}");
            GenerateCommand.PrintPlantedEffects(generated, "  ");
        }

        var databasePath = Path.Combine(folder, WarehouseDatabase.DefaultFileName);
        FileLoads.RequireFiles(plan);
        using var database = WarehouseDatabase.Open(databasePath, _contracts);

        Step(2, $"Loading {plan.Loads.Count} files");
        var results = FileLoads.Run(database, _contracts, plan, _loggers, _time, cancellationToken);
        if (results.FirstOrDefault(r => r.Status == LoadStatus.Refused) is { } refused)
        {
            throw new WarehouseException(
                $"{refused.File} was refused; see meta.load_rejects for batch {refused.BatchId}.", ExitCode.BadInput);
        }

        Step(3, "Building models, pilot lift and data tests");
        var outcome = new WarehouseBuild(database, _contracts, _loggers, _time, pseudonymKey).Run(cancellationToken);
        BuildSummary.Print(outcome, Console.Out);
        BuildSummary.PrintPseudonymised(pseudonymKey is not null, Console.Out);
        Console.Write(LiftTableFormatter.FormatTable(outcome.Lift));

        var month = LatestMonth(database);
        var pdf = Path.Combine(folder, $"monthly-report-{month:yyyy-MM}.pdf");
        Step(4, $"Rendering the monthly report for {month:yyyy-MM} and one report per pilot");
        MonthlyReportFile.Write(
            database,
            month,
            real ? RealTitle : SyntheticTitle,
            pdf,
            PaperSize.A4,
            _loggers.CreateLogger<DemoCommand>());

        var pilotPdfs = new List<string>();
        var pilotIds = database.Connection.Query<string>("select pilot_id from marts.pilot_verdicts order by pilot_id");
        foreach (var pilotId in pilotIds)
        {
            pilotPdfs.Add(PilotReportFile.Write(
                database,
                pilotId,
                Path.Combine(folder, $"pilot-report-{pilotId}.pdf"),
                PaperSize.A4,
                _loggers.CreateLogger<DemoCommand>()));
        }

        Console.WriteLine();
        Console.WriteLine($"Warehouse: {databasePath}");
        Console.WriteLine($"Report:    {pdf}");
        foreach (var pilotPdf in pilotPdfs)
        {
            Console.WriteLine($"Pilot:     {pilotPdf}");
        }

        BuildSummary.PrintPublished(outcome, Console.Out);
        return 0;
    }

    private static void Step(int number, string text) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{number}/4] {text}"));

    private static DateOnly LatestMonth(WarehouseDatabase database) =>
        database.Connection.ExecuteScalar<DateTime?>(
                "select max(month_date) from marts.portfolio_kpis_monthly where accounts_open > 0")
            is { } latest
            ? DateOnly.FromDateTime(latest)
            : throw new WarehouseException("The warehouse has no month with open accounts: no risk data was loaded.",
                ExitCode.NotFound);
}
