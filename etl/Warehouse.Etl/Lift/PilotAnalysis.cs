namespace Warehouse.Etl.Lift;

/// <summary>
/// One pilot from its inputs to its verdict: every goal estimated (<see cref="LiftCalculator"/>), the
/// secondary metrics' decision p-values adjusted by Holm (<see cref="HolmAdjustment"/>), every goal judged
/// (<see cref="GoalJudgement"/>), and the pilot judged (<see cref="PilotJudgement"/>).
/// </summary>
public static class PilotAnalysis
{
    /// <summary>The pilot's goals, judged, in the order given, and its verdict.</summary>
    public static (IReadOnlyList<LiftEstimate> Goals, PilotVerdict Verdict) Analyse(
        LiftPilot pilot,
        IReadOnlyList<GoalInputs> goals,
        SampleRatioCheck sampleRatio,
        IReadOnlyList<IntegrityCheck> integrity)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        ArgumentNullException.ThrowIfNull(goals);

        var estimates = goals
            .Select(g => LiftCalculator.Estimate(g.Goal, g.Pilot, g.Control, sampleRatio, g.PreTrend))
            .ToList();
        estimates = WithHolm(estimates);

        var blocker = PilotJudgement.Blocker(pilot, sampleRatio, integrity);
        var judged = estimates.Select(e => GoalJudgement.Judge(e, blocker)).ToList();
        return (judged, PilotJudgement.Judge(pilot, sampleRatio, integrity, judged));
    }

    /// <summary>Holm across the secondary metrics' decision p-values; other roles are left unadjusted.</summary>
    internal static List<LiftEstimate> WithHolm(List<LiftEstimate> estimates)
    {
        var secondary = estimates
            .Select((e, i) => (Estimate: e, Index: i))
            .Where(x => x.Estimate.Role == GoalRole.Secondary)
            .ToList();
        var adjusted = HolmAdjustment.Adjust(secondary.Select(x => x.Estimate.Decision?.PValue).ToList());

        var result = estimates.ToList();
        for (var i = 0; i < secondary.Count; i++)
        {
            result[secondary[i].Index] = secondary[i].Estimate with
            {
                AdjustedPValue = adjusted[i],
                AdjustmentMethod = HolmAdjustment.Method,
            };
        }

        return result;
    }
}
