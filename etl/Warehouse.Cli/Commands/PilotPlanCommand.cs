using System.Globalization;
using Cocona;
using Cocona.Application;
using Microsoft.Extensions.Logging;
using Warehouse.Etl;
using Warehouse.Etl.Lift;
using Warehouse.Etl.Storage;

namespace Warehouse.Cli.Commands;

/// <summary>
/// <c>warehouse pilot plan</c>: for each goal of a pilot, the minimum detectable effect at the planned size
/// (from the metric's baseline in the warehouse) and the customers needed for the effect seen so far.
/// Reads the warehouse only; writes nothing.
/// </summary>
internal sealed class PilotPlanCommand
{
    private readonly ILoggerFactory _loggers;
    private readonly ICoconaAppContextAccessor _context;

    public PilotPlanCommand(ILoggerFactory loggers, ICoconaAppContextAccessor context)
    {
        _loggers = loggers;
        _context = context;
    }

    [Command("plan", Description = "Minimum detectable effect at the planned size, and customers needed for the "
        + "effect seen so far")]
    public int Plan(
        CommonOptions common,
        [Option("pilot", Description = "Pilot id (default: every pilot)", ValueName = "ID")] string? pilot = null,
        [Option("alpha", Description = "Two-sided level (default 0.05)", ValueName = "A")] string alpha = "0.05",
        [Option("power", Description = "Power (default 0.8)", ValueName = "P")] string power = "0.8",
        [Option("customers", Description = "Customers in both arms to plan for (default: the planned size)",
            ValueName = "N")]
        long? customers = null)
    {
        Verbosity.Apply(common);
        var options = new PowerOptions(
            Probability(alpha, "--alpha"), Probability(power, "--power"), Customers(customers));
        using var database = WarehouseDatabase.OpenReadOnly(WarehouseDatabase.ResolvePath(common.Db));
        var report = new PilotLiftJob(_loggers.CreateLogger<PilotLiftJob>()).Analyse(
            database.Connection, pilot, options, _context.Current?.CancellationToken ?? CancellationToken.None);
        Console.Write(PilotPlanFormatter.Format(report.Power));
        return 0;
    }

    private static double Probability(string text, string option) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is > 0 and < 1
            ? value
            : throw new WarehouseException(
                $"{option} must be a number strictly between 0 and 1, such as 0.05; got '{text}'.", ExitCode.Usage);

    private static long? Customers(long? customers) =>
        customers is null or >= 4
            ? customers
            : throw new WarehouseException(
                $"--customers must be at least 4 (two an arm); got {customers}.", ExitCode.Usage);
}
