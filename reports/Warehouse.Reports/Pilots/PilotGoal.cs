namespace Warehouse.Reports.Pilots;

/// <summary>
/// One goal of a pilot as the lift job judged it: a row of <c>marts.pilot_lift</c>, pilot arm against control.
/// Lifts and margins are in the metric kind's unit (a share for rates, points for NPS, the metric's own unit
/// otherwise); figures the job could not compute are null and <see cref="Note"/> or <see cref="VerdictReason"/>
/// says why.
/// </summary>
/// <param name="PilotId">The pilot's identifier.</param>
/// <param name="Metric">The outcome metric's catalogue name.</param>
/// <param name="MetricKind">rate, mean, count, nps or ratio; null when no outcome row states it.</param>
/// <param name="Role">primary, secondary or guardrail.</param>
/// <param name="Direction">Which way is better: increase or decrease; null when the goal declares none.</param>
/// <param name="Margin">A guardrail's largest tolerated worsening; null for other goals.</param>
/// <param name="Design">randomised or observational.</param>
/// <param name="PilotCustomers">Pilot-arm customers with a value.</param>
/// <param name="ControlCustomers">Control-arm customers with a value.</param>
/// <param name="PilotMean">The metric in the pilot arm.</param>
/// <param name="ControlMean">The metric in the control arm.</param>
/// <param name="AbsoluteLift">Raw lift: pilot less control.</param>
/// <param name="AbsoluteCiLow">Lower end of the raw lift's 95% interval.</param>
/// <param name="AbsoluteCiHigh">Upper end of the raw lift's 95% interval.</param>
/// <param name="RelativeLift">Raw lift over the control level (0.1 is +10%).</param>
/// <param name="PValue">Two-sided p-value of the raw lift.</param>
/// <param name="CupedLift">CUPED-adjusted lift; null where CUPED does not apply.</param>
/// <param name="CupedCiLow">Lower end of the CUPED lift's 95% interval.</param>
/// <param name="CupedCiHigh">Upper end of the CUPED lift's 95% interval.</param>
/// <param name="CupedPValue">p-value of the CUPED lift.</param>
/// <param name="VarianceReduction">Share by which CUPED narrowed the interval (negative when it widened).</param>
/// <param name="DidLift">Difference-in-differences lift (observational pilots).</param>
/// <param name="DidCiLow">Lower end of its 95% interval.</param>
/// <param name="DidCiHigh">Upper end of its 95% interval.</param>
/// <param name="DidPValue">Its p-value.</param>
/// <param name="PreTrendSlope">Slope of the arms' monthly gap before assignment (parallel-trend check).</param>
/// <param name="PreTrendPValue">p-value of that slope; below 0.05 the trends are not parallel.</param>
/// <param name="DecisionBasis">raw, cuped or difference_in_differences: the estimate that decides.</param>
/// <param name="AdjustedPValue">Holm-adjusted p-value (secondary goals).</param>
/// <param name="GoalVerdict">met, not_met, inconclusive or not_decision_ready.</param>
/// <param name="VerdictReason">Why, in plain words, as the lift job wrote it.</param>
/// <param name="Note">Why a figure is missing; null when none is.</param>
public sealed record PilotGoal(
    string PilotId,
    string Metric,
    string? MetricKind,
    string Role,
    string? Direction,
    double? Margin,
    string Design,
    long PilotCustomers,
    long ControlCustomers,
    double? PilotMean,
    double? ControlMean,
    double? AbsoluteLift,
    double? AbsoluteCiLow,
    double? AbsoluteCiHigh,
    double? RelativeLift,
    double? PValue,
    double? CupedLift,
    double? CupedCiLow,
    double? CupedCiHigh,
    double? CupedPValue,
    double? VarianceReduction,
    double? DidLift,
    double? DidCiLow,
    double? DidCiHigh,
    double? DidPValue,
    double? PreTrendSlope,
    double? PreTrendPValue,
    string? DecisionBasis,
    double? AdjustedPValue,
    string? GoalVerdict,
    string? VerdictReason,
    string? Note)
{
    public bool IsPrimary => Role == "primary";

    public bool IsGuardrail => Role == "guardrail";

    public bool IsObservational => Design == "observational";

    /// <summary>The estimate the verdict rests on, by <see cref="DecisionBasis"/>.</summary>
    public double? DecisionLift => DecisionBasis switch
    {
        "difference_in_differences" => DidLift,
        "cuped" => CupedLift,
        _ => AbsoluteLift,
    };

    public double? DecisionCiLow => DecisionBasis switch
    {
        "difference_in_differences" => DidCiLow,
        "cuped" => CupedCiLow,
        _ => AbsoluteCiLow,
    };

    public double? DecisionCiHigh => DecisionBasis switch
    {
        "difference_in_differences" => DidCiHigh,
        "cuped" => CupedCiHigh,
        _ => AbsoluteCiHigh,
    };

    /// <summary>
    /// Where a guardrail's margin lies on the lift's axis: below zero when higher is better, above it when lower
    /// is better; null for other goals or without a direction.
    /// </summary>
    public double? MarginLine => (Margin, Direction) switch
    {
        ({ } m, "increase") => -m,
        ({ } m, "decrease") => m,
        _ => null,
    };
}
