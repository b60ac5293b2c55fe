namespace Warehouse.Reports.Pilots;

/// <summary>One row of <c>marts.pilot_balance</c>: a pre-period covariate by arm with its standardized difference.</summary>
public sealed record CovariateBalance(
    string Covariate,
    long PilotCustomers,
    double? PilotMean,
    double? PilotSd,
    long ControlCustomers,
    double? ControlMean,
    double? ControlSd,
    double? StandardizedDifference)
{
    /// <summary>The threshold beyond which |d| flags the arms as unbalanced on the covariate.</summary>
    public const double ImbalanceThreshold = 0.1;

    public bool IsImbalanced => StandardizedDifference is { } d && Math.Abs(d) > ImbalanceThreshold;
}
