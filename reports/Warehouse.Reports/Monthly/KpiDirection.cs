namespace Warehouse.Reports.Monthly;

/// <summary>Which way a KPI should move for the portfolio to be doing better; it colours the change.</summary>
public enum KpiDirection
{
    /// <summary>The change is shown without judgement (volumes).</summary>
    Neutral,

    HigherIsBetter,

    LowerIsBetter,
}
