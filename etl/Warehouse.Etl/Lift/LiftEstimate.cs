namespace Warehouse.Etl.Lift;

/// <summary>
/// The lift of one pilot on one metric, pilot arm against control arm: one row of <c>marts.pilot_lift</c>,
/// property for column (<see cref="PilotLiftColumns"/> gives the column names).
/// </summary>
/// <remarks>
/// Figures that cannot be computed are <see langword="null"/> and <see cref="Note"/> says why. Every figure
/// present is finite; p-values are positive (a tail too small for a double is reported as 4.9e-324).
/// Units: means and absolute figures are in the metric's own unit (a share 0..1 for rates, the amount per
/// customer for means, events per customer for counts, NPS points for nps, the ratio for ratios); relative
/// figures are shares (0.12 = +12%). The verdict is decided on the estimate named by
/// <see cref="DecisionBasis"/>: difference-in-differences for observational pilots, else CUPED when it could
/// be computed, else the raw lift.
/// </remarks>
public sealed record LiftEstimate
{
    public required string PilotId { get; init; }

    public required string PilotName { get; init; }

    public required string Metric { get; init; }

    /// <summary>How the metric's values are formed; <see langword="null"/> when nothing states it.</summary>
    public MetricKind? MetricKind { get; init; }

    /// <summary>The metric the pilot is primarily judged on.</summary>
    public bool IsPrimary { get; init; }

    /// <summary>primary, secondary or guardrail.</summary>
    public GoalRole Role { get; init; }

    /// <summary>Which way is better; null when the goal does not say.</summary>
    public BetterDirection? Direction { get; init; }

    /// <summary>A guardrail's non-inferiority margin in the metric's unit.</summary>
    public double? Margin { get; init; }

    /// <summary>randomised or observational.</summary>
    public PilotDesign Design { get; init; }

    /// <summary>Pilot-arm customers with a value for this metric (nps: those who responded; ratio: with both parts).</summary>
    public long PilotCustomers { get; init; }

    /// <summary>Control-arm customers with a value for this metric.</summary>
    public long ControlCustomers { get; init; }

    /// <summary>The pilot arm's mean (a share for rates, the NPS, the ratio Σx/Σy for ratios).</summary>
    public double? PilotMean { get; init; }

    public double? ControlMean { get; init; }

    /// <summary>Pilot mean minus control mean.</summary>
    public double? AbsoluteLift { get; init; }

    /// <summary>Lower end of the 95% interval of the absolute lift (method: <see cref="IntervalMethod"/>).</summary>
    public double? AbsoluteCiLow { get; init; }

    /// <summary>Upper end of the 95% interval of the absolute lift.</summary>
    public double? AbsoluteCiHigh { get; init; }

    /// <summary>Pilot mean divided by control mean, minus one.</summary>
    public double? RelativeLift { get; init; }

    /// <summary>Lower end of Fieller's 95% interval of the relative lift.</summary>
    public double? RelativeCiLow { get; init; }

    /// <summary>Upper end of Fieller's 95% interval of the relative lift.</summary>
    public double? RelativeCiHigh { get; init; }

    /// <summary>Absolute lift over its standard error (Welch's t, or z for nps and ratio metrics).</summary>
    public double? TStatistic { get; init; }

    /// <summary>Two-sided p-value of the absolute lift.</summary>
    public double? PValue { get; init; }

    /// <summary>The estimator of the absolute lift: welch, welch_counts, nps_three_way_split, delta_method_ratio.</summary>
    public string? IntervalMethod { get; init; }

    /// <summary>CUPED-adjusted absolute lift (randomised pilots with a pre-period covariate).</summary>
    public double? CupedLift { get; init; }

    public double? CupedCiLow { get; init; }

    public double? CupedCiHigh { get; init; }

    public double? CupedPValue { get; init; }

    /// <summary>θ, the pooled within-arm regression coefficient of outcome on covariate.</summary>
    public double? CupedTheta { get; init; }

    /// <summary>Share by which CUPED narrowed the interval: 1 − adjusted width / raw width (negative if it widened).</summary>
    public double? VarianceReduction { get; init; }

    /// <summary>Difference-in-differences estimate (observational pilots).</summary>
    public double? DidLift { get; init; }

    public double? DidCiLow { get; init; }

    public double? DidCiHigh { get; init; }

    public double? DidPValue { get; init; }

    /// <summary>Pre-period trend of the gap between the arms, per month (observational pilots).</summary>
    public double? PreTrendSlope { get; init; }

    /// <summary>p-value of a zero pre-period trend; below 0.05 the trends diverge.</summary>
    public double? PreTrendPValue { get; init; }

    /// <summary>raw, cuped or difference_in_differences: the estimate the verdict is decided on.</summary>
    public string? DecisionBasis { get; init; }

    /// <summary>Holm-adjusted p-value of the decision estimate; secondary metrics only.</summary>
    public double? AdjustedPValue { get; init; }

    /// <summary><c>holm</c> where <see cref="AdjustedPValue"/> is set.</summary>
    public string? AdjustmentMethod { get; init; }

    /// <summary>The goal's verdict; null until judged.</summary>
    public Verdict? GoalVerdict { get; init; }

    /// <summary>Why the verdict is what it is, in plain words.</summary>
    public string? VerdictReason { get; init; }

    /// <summary>Observed share of the pilot's assigned customers in the pilot arm; the same on every metric.</summary>
    public double? SrmPilotShare { get; init; }

    /// <summary>Planned share of assigned customers in the pilot arm.</summary>
    public double PlannedSplit { get; init; }

    /// <summary>p-value of the sample-ratio check (chi-square, 1 df).</summary>
    public double? SrmPValue { get; init; }

    /// <summary>The sample-ratio check failed: p below 0.001.</summary>
    public bool IsSrmMismatch { get; init; }

    /// <summary>Why a figure is missing, in plain sentences; null when every figure is present.</summary>
    public string? Note { get; init; }

    /// <summary>The estimate named by <see cref="DecisionBasis"/>; not stored.</summary>
    internal DifferenceEstimate? Decision { get; init; }

    /// <summary>Why there is no decision estimate; not stored.</summary>
    internal string? DecisionMissingReason { get; init; }

    /// <summary>The pre-period trend check; observational pilots only; not stored.</summary>
    internal PreTrendCheck? PreTrend { get; init; }
}
