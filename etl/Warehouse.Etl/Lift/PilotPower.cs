namespace Warehouse.Etl.Lift;

/// <summary>
/// One row of <c>marts.pilot_power</c>: for a pilot goal, the minimum detectable effect at the planned size
/// and the customers needed for the effect seen so far (see <see cref="PilotPlanner"/>).
/// </summary>
public sealed record PilotPower
{
    public required string PilotId { get; init; }

    public required string Metric { get; init; }

    public MetricKind? MetricKind { get; init; }

    public GoalRole Role { get; init; }

    /// <summary>planned, running or complete.</summary>
    public required string Status { get; init; }

    /// <summary>randomised or observational; an observational pilot is sized as if randomised.</summary>
    public PilotDesign Design { get; init; }

    /// <summary>
    /// The pilot's readiness as in <c>marts.pilot_verdicts</c>: when false, the effect seen so far and the
    /// customers needed for it rest on figures not to be acted on.
    /// </summary>
    public required bool IsDecisionReady { get; init; }

    public double Alpha { get; init; }

    public double Power { get; init; }

    /// <summary>Customers (both arms) the minimum detectable effect is for.</summary>
    public long? Customers { get; init; }

    /// <summary>
    /// Where <see cref="Customers"/> comes from: <c>requested</c>, <c>planned</c> or <c>assigned</c>.
    /// </summary>
    public string? SizeBasis { get; init; }

    /// <summary>Planned share of customers in the pilot arm.</summary>
    public double PilotShare { get; init; }

    /// <summary>Customers behind the baseline's spread.</summary>
    public long BaselineCustomers { get; init; }

    /// <summary>The baseline level of the metric (mean, share, NPS or ratio).</summary>
    public double? BaselineMean { get; init; }

    /// <summary>One customer's standard deviation at baseline.</summary>
    public double? BaselineSd { get; init; }

    /// <summary>Minimum detectable effect at <see cref="Customers"/>, in the metric's unit.</summary>
    public double? MdeAbsolute { get; init; }

    /// <summary>
    /// The minimum detectable effect relative to the baseline level; null for a level not above zero.
    /// </summary>
    public double? MdeRelative { get; init; }

    /// <summary>The guardrail's margin, for comparison with the minimum detectable effect.</summary>
    public double? Margin { get; init; }

    /// <summary>The decision estimate seen so far; null for a planned pilot.</summary>
    public double? ObservedLift { get; init; }

    /// <summary>
    /// Customers (both arms) needed to detect the effect seen so far (a guardrail: to show the effect seen is
    /// within the margin; a planned pilot's guardrail: to show a zero effect is within the margin).
    /// </summary>
    public long? CustomersNeeded { get; init; }

    /// <summary>Why a figure is missing, or what to bear in mind.</summary>
    public string? Note { get; init; }
}
