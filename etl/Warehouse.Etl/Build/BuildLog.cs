using Microsoft.Extensions.Logging;

namespace Warehouse.Etl.Build;

/// <summary>
/// Log messages of the build: models 3000-3019, descriptions 3020-3029, data tests 3030-3049, the published
/// copy 3050-3059.
/// </summary>
internal static partial class BuildLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Trace, Message = "Building {Models} models in one transaction")]
    public static partial void BuildStarting(ILogger logger, int models);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Trace, Message = "Building {Model} from {File}")]
    public static partial void ModelStarting(ILogger logger, string model, string file);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Debug, Message = "Built {Model}: {Rows} rows in {ElapsedMs} ms")]
    public static partial void ModelBuilt(ILogger logger, string model, long rows, long elapsedMs);

    [LoggerMessage(
        EventId = 3003,
        Level = LogLevel.Information,
        Message = "Built {Models} models in {ElapsedMs} ms (run {RunId})")]
    public static partial void BuildFinished(ILogger logger, int models, long elapsedMs, long runId);

    [LoggerMessage(
        EventId = 3005,
        Level = LogLevel.Information,
        Message = "Customer ids are pseudonymised: staging and every table built from it hold keyed hashes")]
    public static partial void Pseudonymised(ILogger logger);

    [LoggerMessage(
        EventId = 3004,
        Level = LogLevel.Error,
        Message = "Model {Model} ({File}) failed; the build was rolled back")]
    public static partial void ModelFailed(ILogger logger, Exception exception, string model, string file);

    [LoggerMessage(
        EventId = 3020,
        Level = LogLevel.Debug,
        Message = "Described {Tables} tables and {Columns} columns in {ElapsedMs} ms")]
    public static partial void Described(ILogger logger, int tables, int columns, long elapsedMs);

    [LoggerMessage(EventId = 3030, Level = LogLevel.Trace, Message = "Running data test {Test}")]
    public static partial void TestStarting(ILogger logger, string test);

    [LoggerMessage(EventId = 3031, Level = LogLevel.Debug, Message = "Data test {Test} passed in {ElapsedMs} ms")]
    public static partial void TestPassed(ILogger logger, string test, long elapsedMs);

    [LoggerMessage(
        EventId = 3032,
        Level = LogLevel.Debug,
        Message = "Data test {Test} ({Source}) found {Rows} failing rows")]
    public static partial void TestFailed(ILogger logger, string test, string source, long rows);

    [LoggerMessage(
        EventId = 3033,
        Level = LogLevel.Information,
        Message = "Ran {Tests} data tests in {ElapsedMs} ms: {Failed} failed")]
    public static partial void TestsFinished(ILogger logger, int tests, long elapsedMs, int failed);

    [LoggerMessage(
        EventId = 3034,
        Level = LogLevel.Debug,
        Message = "Skipped the data tests of {Relation}: {BuiltBy} has not written it yet")]
    public static partial void TestsSkipped(ILogger logger, string relation, string builtBy);

    [LoggerMessage(EventId = 3050, Level = LogLevel.Trace, Message = "Publishing the analysts' copy of {Warehouse}")]
    public static partial void PublishStarting(ILogger logger, string warehouse);

    [LoggerMessage(
        EventId = 3051,
        Level = LogLevel.Debug,
        Message = "Published the analysts' copy {File} in {ElapsedMs} ms")]
    public static partial void Published(ILogger logger, string? file, long elapsedMs);
}
