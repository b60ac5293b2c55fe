using Microsoft.Extensions.Logging;

namespace Warehouse.Etl.Lift;

/// <summary>Every log message of the lift step; event ids 6000-6099.</summary>
internal static partial class LiftLog
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Trace, Message = "Computing lift for {Pilots} pilot(s)")]
    public static partial void Computing(ILogger logger, int pilots);

    [LoggerMessage(
        EventId = 6001,
        Level = LogLevel.Debug,
        Message = "Computed lift of pilot {PilotId} on {Metrics} metric(s) in {ElapsedMs} ms")]
    public static partial void PilotComputed(ILogger logger, string pilotId, int metrics, long elapsedMs);

    [LoggerMessage(
        EventId = 6002,
        Level = LogLevel.Warning,
        Message = "Pilot {PilotId} fails the sample-ratio check: {PilotShare:P2} in the pilot arm against "
            + "{PlannedSplit:P2} planned (p = {PValue:G3}); its lift figures are not to be trusted until "
            + "the assignment is explained")]
    public static partial void SampleRatioMismatch(
        ILogger logger, string pilotId, double pilotShare, double plannedSplit, double pValue);

    [LoggerMessage(
        EventId = 6003,
        Level = LogLevel.Information,
        Message = "Wrote {Rows} row(s) of marts.pilot_lift and the verdicts, monthly lift and power of "
            + "{Pilots} pilot(s) in {ElapsedMs} ms")]
    public static partial void Written(ILogger logger, int rows, int pilots, long elapsedMs);
}
