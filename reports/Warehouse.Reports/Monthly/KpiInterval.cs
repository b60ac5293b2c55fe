namespace Warehouse.Reports.Monthly;

/// <summary>A 95% interval around a KPI's value in the report month, in the KPI's own terms.</summary>
public sealed record KpiInterval(double Low, double High);
