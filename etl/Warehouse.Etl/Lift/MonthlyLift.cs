namespace Warehouse.Etl.Lift;

/// <summary>
/// One row of <c>marts.pilot_lift_monthly</c>: a pilot metric's decision estimate (see
/// <see cref="LiftCalculator"/>) as it stood at a month end, from the summaries of customers assigned and
/// outcomes observed by then.
/// </summary>
public sealed record MonthlyLift
{
    public required string PilotId { get; init; }

    public required string Metric { get; init; }

    /// <summary>The month end the figures stood at.</summary>
    public DateOnly AsOfMonth { get; init; }

    public PilotDesign Design { get; init; }

    /// <summary>raw, cuped or difference_in_differences.</summary>
    public string? DecisionBasis { get; init; }

    public long PilotCustomers { get; init; }

    public long ControlCustomers { get; init; }

    /// <summary>The decision estimate of the lift, pilot minus control, in the metric's unit.</summary>
    public double? Lift { get; init; }

    public double? CiLow { get; init; }

    public double? CiHigh { get; init; }

    public double? PValue { get; init; }

    /// <summary>
    /// The pilot's readiness as in <c>marts.pilot_verdicts</c>: false when the pilot is not decision-ready (a
    /// failed sample-ratio or integrity check, for example), which holds for every month's figures.
    /// </summary>
    public required bool IsDecisionReady { get; init; }

    /// <summary>Why a figure is missing.</summary>
    public string? Note { get; init; }

    /// <summary>The row for a month from that month's estimate and the pilot's readiness.</summary>
    public static MonthlyLift From(LiftEstimate estimate, DateOnly asOfMonth, bool isDecisionReady)
    {
        ArgumentNullException.ThrowIfNull(estimate);

        var decision = estimate.Decision;
        var interval = decision?.Interval(LiftCalculator.ConfidenceLevel);
        return new MonthlyLift
        {
            PilotId = estimate.PilotId,
            Metric = estimate.Metric,
            AsOfMonth = asOfMonth,
            IsDecisionReady = isDecisionReady,
            Design = estimate.Design,
            DecisionBasis = estimate.DecisionBasis,
            PilotCustomers = estimate.PilotCustomers,
            ControlCustomers = estimate.ControlCustomers,
            Lift = decision?.Difference,
            CiLow = interval?.Low,
            CiHigh = interval?.High,
            PValue = decision?.PValue,
            Note = decision is null ? estimate.DecisionMissingReason ?? estimate.Note : null,
        };
    }
}
