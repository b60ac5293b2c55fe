namespace Warehouse.Reports.Pilots;

/// <summary>One row of <c>marts.pilot_verdicts</c>: the verdict on a whole pilot, its reason and its checks.</summary>
/// <param name="PilotId">The pilot's identifier.</param>
/// <param name="PilotName">The pilot's short name.</param>
/// <param name="Design">randomised or observational.</param>
/// <param name="Status">planned, running or complete.</param>
/// <param name="PrimaryMetric">The metric that decides the pilot; null when it declares none.</param>
/// <param name="Verdict">met, not_met, inconclusive or not_decision_ready.</param>
/// <param name="Reason">Why, in plain words, exactly as the lift job wrote it.</param>
/// <param name="SrmPilotShare">Observed share of assigned customers in the pilot arm.</param>
/// <param name="PlannedSplit">Planned share in the pilot arm.</param>
/// <param name="SrmPValue">p-value of the sample-ratio check; null without assignments.</param>
/// <param name="IntegrityFailures">Failing rows over all integrity checks.</param>
/// <param name="IsDecisionReady">False when the figures must not be acted on.</param>
public sealed record PilotVerdictSummary(
    string PilotId,
    string PilotName,
    string Design,
    string Status,
    string? PrimaryMetric,
    string Verdict,
    string Reason,
    double? SrmPilotShare,
    double PlannedSplit,
    double? SrmPValue,
    long IntegrityFailures,
    bool IsDecisionReady)
{
    /// <summary>The sample-ratio check failed (p below 0.001, as the lift job judges it).</summary>
    public bool IsSrmMismatch => SrmPValue is < 0.001;

    /// <summary>The sample-ratio check or an integrity check failed: the data itself is in doubt.</summary>
    public bool HasFailedCheck => IsSrmMismatch || IntegrityFailures > 0;

    public bool IsObservational => Design == "observational";
}
