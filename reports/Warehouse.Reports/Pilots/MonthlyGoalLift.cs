namespace Warehouse.Reports.Pilots;

/// <summary>One row of <c>marts.pilot_lift_monthly</c>: a goal's decision estimate as it stood at a month end.</summary>
public sealed record MonthlyGoalLift(
    string Metric,
    DateOnly AsOfMonth,
    long PilotCustomers,
    long ControlCustomers,
    double? Lift,
    double? CiLow,
    double? CiHigh,
    double? PValue);
