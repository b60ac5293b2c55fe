using Cocona;
using Warehouse.Etl;
using Warehouse.Etl.Storage;

namespace Warehouse.Cli.Commands;

/// <summary><c>warehouse report ...</c>: renders PDFs from a built warehouse.</summary>
internal sealed class ReportCommands
{
    /// <summary>The portfolio name on a report when none is given.</summary>
    public const string DefaultTitle = "Consumer lending portfolio";

    [Command("monthly", Description = "Render the monthly leadership PDF for one month")]
    public int Monthly(
        CommonOptions common,
        [Option("month", Description = "Report month, yyyy-MM", ValueName = "MONTH")] string month,
        [Option("out", Description = "PDF file to write", ValueName = "FILE")] string @out,
        [Option("title", Description = "Portfolio name shown on the report", ValueName = "TEXT")]
        string title = DefaultTitle)
    {
        Verbosity.Apply(common);
        var reportMonth = MonthText.Parse(month, "--month");
        using var database = WarehouseDatabase.OpenReadOnly(WarehouseDatabase.ResolvePath(common.Db));
        var path = MonthlyReportFile.Write(database, reportMonth, title, @out);
        Console.WriteLine($"Report written: {path}");
        return 0;
    }
}
