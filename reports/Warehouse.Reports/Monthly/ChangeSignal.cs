namespace Warehouse.Reports.Monthly;

/// <summary>What a KPI's change between two months says once its noise rule has judged it.</summary>
public enum ChangeSignal
{
    /// <summary>A count, which is exact: no noise rule applies and the change is shown as it is.</summary>
    Exact,

    /// <summary>The change is within what chance alone gives at the 95% level: the KPI is steady.</summary>
    WithinNoise,

    /// <summary>The change is larger than chance alone gives at the 95% level.</summary>
    BeyondNoise,

    /// <summary>One of the months has too small a sample for the rule to judge (fewer than 30).</summary>
    TooFewToJudge,
}
