using Warehouse.Reports.Monthly;

namespace Warehouse.Reports.Pilots;

/// <summary>
/// Everything one pilot's PDF shows, as plain figures read from the lift marts: the renderer formats and words
/// them by fixed rules and adds no figure of its own.
/// </summary>
/// <param name="Pilot">The pilot's dimension row: owner, dates, outcome window and planned split.</param>
/// <param name="PlannedCustomers">Planned assigned customers, both arms; null when not declared.</param>
/// <param name="Verdict">The verdict on the whole pilot and its checks.</param>
/// <param name="Goals">Every goal in declared order, the primary first.</param>
/// <param name="Balance">Pre-period covariates by arm.</param>
/// <param name="Integrity">The integrity checks in their order.</param>
/// <param name="Power">Power per goal, in goal order.</param>
/// <param name="LiftOverTime">Each goal's decision estimate by month end, oldest first.</param>
/// <param name="Definitions">The definitions of the pilot's goal metrics, in goal order.</param>
/// <param name="DataLoadedAt">When the last extract file was loaded (UTC); null when none was.</param>
public sealed record PilotReport(
    Pilot Pilot,
    long? PlannedCustomers,
    PilotVerdictSummary Verdict,
    IReadOnlyList<PilotGoal> Goals,
    IReadOnlyList<CovariateBalance> Balance,
    IReadOnlyList<IntegrityResult> Integrity,
    IReadOnlyList<GoalPower> Power,
    IReadOnlyList<MonthlyGoalLift> LiftOverTime,
    IReadOnlyList<MetricDefinition> Definitions,
    DateTime? DataLoadedAt)
{
    /// <summary>The verdict's reason with the goals' metric ids written as their names.</summary>
    internal string NamedReason => Monthly.PilotMetricLabels.InText(Verdict.Reason, Goals.Select(g => g.Metric));
}
