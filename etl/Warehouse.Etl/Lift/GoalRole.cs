namespace Warehouse.Etl.Lift;

/// <summary>What a metric is for in a pilot's declared goals (<c>core.dim_pilot_goal.role</c>).</summary>
public enum GoalRole
{
    /// <summary>The one metric the pilot is judged on.</summary>
    Primary,

    /// <summary>A further metric of interest; its p-values are corrected for multiple comparisons (Holm).</summary>
    Secondary,

    /// <summary>A metric that must not get worse by more than its non-inferiority margin.</summary>
    Guardrail,
}
