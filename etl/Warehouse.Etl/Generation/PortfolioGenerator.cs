using System.Globalization;
using Warehouse.Etl.Contracts;

namespace Warehouse.Etl.Generation;

/// <summary>
/// Generates a synthetic lending portfolio: the extracts the warehouse loads (customers, risk,
/// engagement, surveys, pilots, pilot goals, assignments), typed and ordered by their contracts, and
/// <c>truth.json</c> with the effects planted in its two pilots: a randomised one and an observational one.
/// Every value comes from one <see cref="Random"/> seeded with <see cref="GeneratorOptions.Seed"/>, so the
/// same options give byte-identical files. Rows stream to the files one customer at a time.
/// </summary>
public static class PortfolioGenerator
{
    public const string TruthFileName = "truth.json";

    /// <summary>
    /// Writes <c>&lt;extract&gt;.csv</c> or <c>&lt;extract&gt;.parquet</c> for each extract and
    /// <c>truth.json</c> into <paramref name="outputFolder"/>, creating it when missing and replacing files
    /// of the same names. Files appear only once complete.
    /// </summary>
    /// <exception cref="WarehouseException">
    /// The options are out of range (<see cref="ExitCode.Usage"/>) or the folder cannot be written.
    /// </exception>
    /// <exception cref="OperationCanceledException">Cancelled; no partial file is left behind.</exception>
    public static GenerationResult Generate(GeneratorOptions options, string outputFolder, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputFolder);
        options.Validate();

        try
        {
            Directory.CreateDirectory(outputFolder);
            return Write(options, outputFolder, ct);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new WarehouseException(
                $"Could not write the generated portfolio to {outputFolder} ({ex.Message}). "
                + "Choose a folder you can write to with --out.",
                ex);
        }
    }

    private static GenerationResult Write(GeneratorOptions options, string outputFolder, CancellationToken ct)
    {
        var contracts = ContractCatalog.LoadEmbedded();
        var calendar = new PortfolioCalendar(options.LastMonthEnd, options.Months);
        PilotDesign[] pilots =
        [
            new EarlyOutreachPilot(calendar, options.Customers),
            new DigitalCoachingPilot(calendar, options.Customers),
        ];
        var random = new Random(options.Seed);
        var truths = pilots.Select(p => new PilotTruthTally(p)).ToList();
        var idWidth = Math.Max(5, options.Customers.ToString(CultureInfo.InvariantCulture).Length);

        IReadOnlyList<GeneratedExtract> extracts;
        using (var writers = new PortfolioWriters(contracts, outputFolder, options.Format, ct))
        {
            foreach (var pilot in pilots)
            {
                writers.Pilots.WritePilot(pilot);
            }

            var simulation = new CustomerSimulation(idWidth, calendar, truths, random, writers);
            for (var number = 1; number <= options.Customers; number++)
            {
                ct.ThrowIfCancellationRequested();
                simulation.Run(number);
            }

            extracts = writers.Complete();
        }

        var planted = new PlantedTruth(options, options.ToCommand(), truths.Select(t => t.ToPlantedPilot()).ToList());
        var truthPath = Path.Combine(outputFolder, TruthFileName);
        TruthFile.Write(planted, calendar, truthPath);
        return new GenerationResult(extracts, truthPath, planted);
    }
}
