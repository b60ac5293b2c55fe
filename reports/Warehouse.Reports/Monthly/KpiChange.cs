namespace Warehouse.Reports.Monthly;

/// <summary>A KPI's change from an earlier month to the report month, judged by the KPI's noise rule.</summary>
/// <param name="Difference">
/// Report month less the earlier month, in the KPI's own terms (a share, NPS points, a count).
/// </param>
/// <param name="StandardError">
/// Standard error of <paramref name="Difference"/> under the noise rule; null for counts and when the rule could
/// not judge.
/// </param>
/// <param name="Signal">Whether the change is within noise, beyond it, exact, or not judged.</param>
public sealed record KpiChange(double Difference, double? StandardError, ChangeSignal Signal);
