using Microsoft.Extensions.Logging;

namespace Warehouse.Cli;

/// <summary>
/// The log level chosen by a command's <c>--verbose</c> or <c>--quiet</c> flag. By default only warnings
/// and errors are logged: the commands print their own results and progress on standard output, and
/// the log would repeat them. <c>--verbose</c> adds every step with its timing; <c>--quiet</c> keeps
/// errors only.
/// </summary>
internal static class Verbosity
{
    public static LogLevel Minimum { get; private set; } = LogLevel.Warning;

    public static void Apply(CommonOptions options) =>
        Minimum = options.Quiet ? LogLevel.Error : options.Verbose ? LogLevel.Debug : LogLevel.Warning;
}
