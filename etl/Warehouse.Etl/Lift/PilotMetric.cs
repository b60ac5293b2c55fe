namespace Warehouse.Etl.Lift;

/// <summary>
/// Which pilot and metric a lift estimate is for, and how the pilot declared it (<c>core.dim_pilot_goal</c>):
/// the leading columns of <c>marts.pilot_lift</c>.
/// </summary>
/// <param name="PilotId">Pilot identifier.</param>
/// <param name="PilotName">Short name shown in reports.</param>
/// <param name="Metric">Metric name from the pilot metric catalogue, e.g. <c>roll_to_30_plus_rate</c>.</param>
/// <param name="Kind">How the metric's values are formed; <see langword="null"/> when nothing states it.</param>
/// <param name="IsPrimary">The metric the pilot is primarily judged on.</param>
public sealed record PilotMetric(string PilotId, string PilotName, string Metric, MetricKind? Kind, bool IsPrimary)
{
    /// <summary>The goal's role; primary or secondary by <see cref="IsPrimary"/> unless set.</summary>
    public GoalRole Role { get; init; } = IsPrimary ? GoalRole.Primary : GoalRole.Secondary;

    /// <summary>Which way is better; <see langword="null"/> when not declared (no verdict can then be given).</summary>
    public BetterDirection? Direction { get; init; }

    /// <summary>A guardrail's non-inferiority margin in the metric's own unit; null for other roles.</summary>
    public double? Margin { get; init; }

    /// <summary>How the pilot's arms were formed.</summary>
    public PilotDesign Design { get; init; } = PilotDesign.Randomised;
}
