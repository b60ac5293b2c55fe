using System.Globalization;
using Cocona;
using Warehouse.Etl;
using Warehouse.Etl.Loading;
using Warehouse.Etl.Storage;

namespace Warehouse.Cli.Commands;

/// <summary><c>warehouse rejects</c>: the values one batch rejected, with line, column, value and rule.</summary>
internal sealed class RejectsCommand
{
    [Command("rejects", Description = "List the values a batch rejected: line, column, value and the rule broken")]
    public int Run(
        CommonOptions common,
        [Option("batch", Description = "Batch id, as 'load' and 'history' print it", ValueName = "N")] long batch,
        [Option("format", Description = "Output: table, json or csv", ValueName = "FORMAT")] string format = "table",
        [Option("max-rows", Description = "Rejected values the table shows at most", ValueName = "N")]
        int maxRows = 100)
    {
        Verbosity.Apply(common);
        var outputFormat = TabularText.ParseFormat(format);
        TextTable.RequireRowLimit(maxRows);
        using var database = WarehouseDatabase.OpenReadOnly(WarehouseDatabase.ResolvePath(common.Db));
        var loaded = LoadHistory.Batch(database.Connection, batch);
        var rejects = LoadHistory.Rejects(database.Connection, batch);
        if (outputFormat == OutputFormat.Table)
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Batch {loaded.BatchId}: {loaded.Extract}, {loaded.Status}, {loaded.RecordsRejected:N0} of "
                + $"{loaded.RecordsRead:N0} records rejected; {ShownPath.FromHere(loaded.SourceFile)}"));
        }

        Console.Write(LoadHistory.FormatRejects(rejects, outputFormat, maxRows));
        return 0;
    }
}
