using Microsoft.Extensions.Logging;

namespace Warehouse.Cli;

/// <summary>Log messages of the report commands (event ids 7000-7099).</summary>
internal static partial class ReportLog
{
    [LoggerMessage(7000, LogLevel.Trace, "Rendering the monthly report for {Month} on {Paper}")]
    public static partial void Rendering(ILogger logger, string month, string paper);

    [LoggerMessage(7001, LogLevel.Debug, "Rendered {Pages} pages in {ElapsedMs} ms")]
    public static partial void Rendered(ILogger logger, int pages, long elapsedMs);

    [LoggerMessage(
        7002,
        LogLevel.Warning,
        "The report font has no glyph for {Characters}: printed as U+FFFD and listed in the report's appendix")]
    public static partial void MissingGlyphs(ILogger logger, string characters);

    [LoggerMessage(7003, LogLevel.Information, "Report written: {File}")]
    public static partial void Written(ILogger logger, string file);

    [LoggerMessage(7004, LogLevel.Trace, "Rendering the pilot report of {Pilot} on {Paper}")]
    public static partial void RenderingPilot(ILogger logger, string pilot, string paper);
}
