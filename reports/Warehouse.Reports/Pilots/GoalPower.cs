namespace Warehouse.Reports.Pilots;

/// <summary>
/// One row of <c>marts.pilot_power</c>: the minimum detectable effect at the planned size and the customers
/// needed to show the effect seen so far, in the metric kind's unit.
/// </summary>
public sealed record GoalPower(
    string Metric,
    string? MetricKind,
    string Role,
    double Alpha,
    double Power,
    long? Customers,
    string? SizeBasis,
    double? MdeAbsolute,
    double? MdeRelative,
    double? ObservedLift,
    long? CustomersNeeded,
    string? Note);
