using System.Globalization;
using Cocona;
using Cocona.Application;
using Warehouse.Etl.Generation;

namespace Warehouse.Cli.Commands;

/// <summary><c>warehouse generate</c>: writes a seeded synthetic portfolio as extract files.</summary>
internal sealed class GenerateCommand
{
    private readonly ICoconaAppContextAccessor _context;

    public GenerateCommand(ICoconaAppContextAccessor context)
    {
        _context = context;
    }

    [Command(
        "generate",
        Description = "Write a seeded synthetic portfolio: the extracts and the planted pilot truth")]
    public int Run(
        [Option("out", Description = "Folder to write the extracts to", ValueName = "DIR")] string @out,
        [Option("customers", Description = "Number of customers", ValueName = "N")]
        int customers = GeneratorOptions.DefaultCustomers,
        [Option("months", Description = "Number of months of history, 8 to 600", ValueName = "N")]
        int months = GeneratorOptions.DefaultMonths,
        [Option("seed", Description = "Random seed: the same options give the same files", ValueName = "N")]
        int seed = GeneratorOptions.DefaultSeed,
        [Option("format", Description = "csv or parquet", ValueName = "FORMAT")] string format = "csv",
        [Option("last-month", Description = "Last month of history, yyyy-MM (default 2026-10)", ValueName = "MONTH")]
        string? lastMonth = null)
    {
        var options = new GeneratorOptions
        {
            Customers = customers,
            Months = months,
            Seed = seed,
            Format = GeneratorOptions.ParseFormat(format),
            LastMonth = lastMonth is null ? GeneratorOptions.DefaultLastMonth : GeneratorOptions.ParseMonth(lastMonth),
        };
        var result = PortfolioGenerator.Generate(
            options, @out, _context.Current?.CancellationToken ?? CancellationToken.None);
        Print(result);
        return 0;
    }

    internal static void Print(GenerationResult result)
    {
        foreach (var extract in result.Extracts)
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture, $"{extract.Extract,-12} {extract.Rows,10:N0} rows  {extract.Path}"));
        }

        PrintPlantedEffects(result, "");
        Console.WriteLine($"truth          {result.TruthPath}");
    }

    /// <summary>The true effects the generator planted, to set beside the lift the warehouse measures.</summary>
    internal static void PrintPlantedEffects(GenerationResult result, string indent)
    {
        foreach (var pilot in result.Truth.Pilots)
        {
            var meaning = pilot.Design == "observational"
                ? "(on the pilot arm; observational)"
                : "(pilot minus control)";
            foreach (var effect in pilot.Effects)
            {
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{indent}planted effect  {pilot.PilotId} {effect.Metric}: "
                    + $"{effect.TrueEffect:+0.####;-0.####} {meaning}"));
            }
        }
    }
}
