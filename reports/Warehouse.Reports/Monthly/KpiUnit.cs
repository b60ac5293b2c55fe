namespace Warehouse.Reports.Monthly;

/// <summary>How a KPI's value and its change on last month are expressed.</summary>
public enum KpiUnit
{
    /// <summary>A share between 0 and 1, shown as a percentage; its change in percentage points.</summary>
    Rate,

    /// <summary>A score on the -100..100 NPS scale; its change in points.</summary>
    NetPromoterScore,

    /// <summary>A whole count (accounts, customers, responses); its change as a difference in the count.</summary>
    Count,
}
