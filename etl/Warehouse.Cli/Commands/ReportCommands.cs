using Cocona;
using Microsoft.Extensions.Logging;
using Warehouse.Etl;
using Warehouse.Etl.Storage;

namespace Warehouse.Cli.Commands;

/// <summary><c>warehouse report ...</c>: renders PDFs from a built warehouse.</summary>
internal sealed class ReportCommands
{
    /// <summary>The portfolio name on a report when none is given.</summary>
    public const string DefaultTitle = "Consumer lending portfolio";

    private readonly ILoggerFactory _loggers;

    public ReportCommands(ILoggerFactory loggers)
    {
        _loggers = loggers;
    }

    [Command("monthly", Description = "Render the monthly leadership PDF for one month")]
    public int Monthly(
        CommonOptions common,
        [Option("month", Description = "Report month, yyyy-MM", ValueName = "MONTH")] string month,
        [Option("out", Description = "PDF file to write", ValueName = "FILE")] string @out,
        [Option("title", Description = "Portfolio name shown on the report", ValueName = "TEXT")]
        string title = DefaultTitle,
        [Option("paper", Description = "Paper size: a4 or letter", ValueName = PaperText.Values)]
        string paper = "a4")
    {
        Verbosity.Apply(common);
        var reportMonth = MonthText.Parse(month, "--month");
        var paperSize = PaperText.Parse(paper, "--paper");
        using var database = WarehouseDatabase.OpenReadOnly(WarehouseDatabase.ResolvePath(common.Db));
        var logger = _loggers.CreateLogger<ReportCommands>();
        var path = MonthlyReportFile.Write(database, reportMonth, title, @out, paperSize, logger);
        Console.WriteLine($"Report written: {path}");
        return 0;
    }

    [Command("pilot", Description = "Render one pilot's PDF for its owner")]
    public int Pilot(
        CommonOptions common,
        [Option("pilot", Description = "Pilot id, as in core.dim_pilot", ValueName = "ID")] string pilot,
        [Option("out", Description = "PDF file to write", ValueName = "FILE")] string @out,
        [Option("paper", Description = "Paper size: a4 or letter", ValueName = PaperText.Values)]
        string paper = "a4")
    {
        Verbosity.Apply(common);
        var paperSize = PaperText.Parse(paper, "--paper");
        using var database = WarehouseDatabase.OpenReadOnly(WarehouseDatabase.ResolvePath(common.Db));
        var logger = _loggers.CreateLogger<ReportCommands>();
        var path = PilotReportFile.Write(database, pilot, @out, paperSize, logger);
        Console.WriteLine($"Report written: {path}");
        return 0;
    }
}
