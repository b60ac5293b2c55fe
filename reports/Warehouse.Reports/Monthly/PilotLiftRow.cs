namespace Warehouse.Reports.Monthly;

/// <summary>
/// One row of <c>marts.pilot_lift</c>: a pilot's effect on one outcome metric, pilot arm against control.
/// Figures the lift job could not compute are null and <see cref="Note"/> says why.
/// </summary>
/// <param name="PilotId">The pilot's identifier.</param>
/// <param name="PilotName">The pilot's short name for reports.</param>
/// <param name="Metric">The outcome metric's catalogue name, e.g. <c>roll_to_30_plus_rate</c>.</param>
/// <param name="MetricKind">
/// 'rate' (share 0..1), 'mean' (per-customer amount) or 'nps' (-100..100); null when no outcome row states it.
/// </param>
/// <param name="IsPrimary">The metric the pilot is judged on first.</param>
/// <param name="PilotCustomers">Customers of the pilot arm the metric was measured on.</param>
/// <param name="ControlCustomers">Customers of the control arm the metric was measured on.</param>
/// <param name="PilotMean">The metric in the pilot arm, in the metric kind's unit.</param>
/// <param name="ControlMean">The metric in the control arm.</param>
/// <param name="AbsoluteLift">Pilot mean less control mean.</param>
/// <param name="AbsoluteCiLow">Lower end of the 95% interval of the absolute lift.</param>
/// <param name="AbsoluteCiHigh">Upper end of the 95% interval of the absolute lift.</param>
/// <param name="RelativeLift">Absolute lift over the control mean (0.1 is +10%).</param>
/// <param name="RelativeCiLow">Lower end of the 95% interval of the relative lift.</param>
/// <param name="RelativeCiHigh">Upper end of the 95% interval of the relative lift.</param>
/// <param name="TStatistic">Test statistic of the difference.</param>
/// <param name="PValue">Two-sided p-value of the difference.</param>
/// <param name="SrmPilotShare">Observed share of assigned customers in the pilot arm.</param>
/// <param name="PlannedSplit">Planned share in the pilot arm.</param>
/// <param name="SrmPValue">p-value of the sample-ratio check against the planned split.</param>
/// <param name="IsSrmMismatch">The sample-ratio check failed: the pilot's figures are not decision-ready.</param>
/// <param name="Note">Why a figure is missing; null when none is.</param>
public sealed record PilotLiftRow(
    string PilotId,
    string PilotName,
    string Metric,
    string? MetricKind,
    bool IsPrimary,
    long PilotCustomers,
    long ControlCustomers,
    double? PilotMean,
    double? ControlMean,
    double? AbsoluteLift,
    double? AbsoluteCiLow,
    double? AbsoluteCiHigh,
    double? RelativeLift,
    double? RelativeCiLow,
    double? RelativeCiHigh,
    double? TStatistic,
    double? PValue,
    double? SrmPilotShare,
    double? PlannedSplit,
    double? SrmPValue,
    bool IsSrmMismatch,
    string? Note);
