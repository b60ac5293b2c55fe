using Microsoft.Extensions.Logging;

namespace Warehouse.Cli;

/// <summary>The log level chosen by a command's <c>--verbose</c> or <c>--quiet</c> flag.</summary>
internal static class Verbosity
{
    public static LogLevel Minimum { get; private set; } = LogLevel.Information;

    public static void Apply(CommonOptions options) =>
        Minimum = options.Quiet ? LogLevel.Warning : options.Verbose ? LogLevel.Debug : LogLevel.Information;
}
