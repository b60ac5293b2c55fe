namespace Warehouse.Etl.Lift;

/// <summary>
/// The lift of one pilot on one metric, pilot arm against control arm: one row of <c>marts.pilot_lift</c>,
/// property for column (<see cref="PilotLiftColumns"/> gives the column names).
/// </summary>
/// <remarks>
/// Figures that cannot be computed are <see langword="null"/> and <see cref="Note"/> says why. Every figure
/// present is finite; p-values are positive (a tail too small for a double is reported as 4.9e-324).
/// Units: means and absolute figures are in the metric's own unit (a share 0..1 for rates, the amount per
/// customer for means, NPS points for nps); relative figures are shares (0.12 = +12%).
/// </remarks>
public sealed record LiftEstimate
{
    public required string PilotId { get; init; }

    public required string PilotName { get; init; }

    public required string Metric { get; init; }

    /// <summary>How the metric's values are formed; <see langword="null"/> when no outcome row states it.</summary>
    public MetricKind? MetricKind { get; init; }

    /// <summary>The metric the pilot is primarily judged on (the first it declares).</summary>
    public bool IsPrimary { get; init; }

    /// <summary>Pilot-arm customers with a value for this metric (for nps: those who responded).</summary>
    public long PilotCustomers { get; init; }

    /// <summary>Control-arm customers with a value for this metric.</summary>
    public long ControlCustomers { get; init; }

    public double? PilotMean { get; init; }

    public double? ControlMean { get; init; }

    /// <summary>Pilot mean minus control mean.</summary>
    public double? AbsoluteLift { get; init; }

    /// <summary>Lower end of the 95% Welch interval of the absolute lift.</summary>
    public double? AbsoluteCiLow { get; init; }

    /// <summary>Upper end of the 95% Welch interval of the absolute lift.</summary>
    public double? AbsoluteCiHigh { get; init; }

    /// <summary>Pilot mean divided by control mean, minus one.</summary>
    public double? RelativeLift { get; init; }

    /// <summary>Lower end of the 95% delta-method interval of the relative lift.</summary>
    public double? RelativeCiLow { get; init; }

    /// <summary>Upper end of the 95% delta-method interval of the relative lift.</summary>
    public double? RelativeCiHigh { get; init; }

    /// <summary>Welch's t: absolute lift over its standard error.</summary>
    public double? TStatistic { get; init; }

    /// <summary>Two-sided p-value of Welch's t with Welch–Satterthwaite degrees of freedom.</summary>
    public double? PValue { get; init; }

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
}
