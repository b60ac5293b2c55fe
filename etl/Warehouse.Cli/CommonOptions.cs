using Cocona;

namespace Warehouse.Cli;

/// <summary>Options every command that touches the warehouse takes.</summary>
internal sealed class CommonOptions : ICommandParameterSet
{
    [Option(
        "db",
        Description = "Warehouse file (default: $WAREHOUSE_DB, else warehouse.duckdb here)",
        ValueName = "FILE")]
    [HasDefaultValue]
    public string? Db { get; set; }

    [Option('v', Description = "Log each step with its timing (to standard error)")]
    [HasDefaultValue]
    public bool Verbose { get; set; }

    [Option('q', Description = "Log errors only")]
    [HasDefaultValue]
    public bool Quiet { get; set; }
}
