namespace Warehouse.Etl.Lift;

/// <summary>
/// The verdict on a whole pilot from its checks and its goals' verdicts (<see cref="GoalJudgement"/>).
/// </summary>
/// <remarks>
/// In order, the first rule that applies decides:
/// <list type="number">
/// <item>Not decision-ready when the pilot is (<see cref="Blocker"/>): planned and not started, nobody
/// assigned, the sample-ratio check fails (p &lt; 0.001 against the planned split), or an integrity check of
/// <c>marts.pilot_integrity</c> fails (customers in both arms, outcomes dated before assignment, assignments
/// outside the pilot's dates). Every goal is then not decision-ready with the same reason.</item>
/// <item>Not decision-ready when the pilot declares no primary goal, or its primary goal is not
/// decision-ready (for example a degenerate input leaves it without an estimate).</item>
/// <item>Not met when a guardrail is not met (it worsened beyond its margin), or the primary is not met.</item>
/// <item>Not decision-ready when the primary is met but a guardrail cannot be judged.</item>
/// <item>Met when the primary and every guardrail are met.</item>
/// <item>Inconclusive otherwise (the primary or a guardrail is inconclusive).</item>
/// </list>
/// Secondary metrics inform but never decide. A running pilot's verdict is an interim look and says so.
/// </remarks>
public static class PilotJudgement
{
    /// <summary>Why the whole pilot is not decision-ready, or <see langword="null"/> when it can be judged.</summary>
    public static string? Blocker(
        LiftPilot pilot, SampleRatioCheck sampleRatio, IReadOnlyList<IntegrityCheck> integrity)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        ArgumentNullException.ThrowIfNull(sampleRatio);
        ArgumentNullException.ThrowIfNull(integrity);

        var reasons = new List<string>();
        if (pilot.Status == LiftPilot.PlannedStatus)
        {
            reasons.Add("The pilot is planned and has not started, so there are no outcomes yet.");
        }
        else if (sampleRatio.PValue is null)
        {
            reasons.Add("No customers are assigned to the pilot.");
        }

        if (sampleRatio.IsMismatch)
        {
            reasons.Add(
                $"The sample-ratio check fails: {LiftFigures.Percent(sampleRatio.ObservedShare, 2, signed: false)} "
                + $"of assigned customers are in the pilot arm against "
                + $"{LiftFigures.Percent(sampleRatio.PlannedShare, 2, signed: false)} planned "
                + $"({LiftFigures.PStatement(sampleRatio.PValue)}, below the threshold of "
                + $"{SampleRatioCheck.MismatchThreshold}); "
                + "assignment or data capture is broken.");
        }

        var failing = integrity.Where(c => c.Failing > 0).ToList();
        if (failing.Count > 0)
        {
            reasons.Add($"Integrity check failed: {string.Join("; ", failing.Select(c => c.Describe()))}.");
        }

        return reasons.Count == 0 ? null : string.Join(" ", reasons);
    }

    /// <summary>The pilot's verdict.</summary>
    /// <param name="pilot">The pilot.</param>
    /// <param name="sampleRatio">Its sample-ratio check.</param>
    /// <param name="integrity">Its integrity checks.</param>
    /// <param name="goals">Its goals, judged.</param>
    public static PilotVerdict Judge(
        LiftPilot pilot,
        SampleRatioCheck sampleRatio,
        IReadOnlyList<IntegrityCheck> integrity,
        IReadOnlyList<LiftEstimate> goals)
    {
        ArgumentNullException.ThrowIfNull(goals);

        var (verdict, reason) = Decide(Blocker(pilot, sampleRatio, integrity), goals);
        if (pilot.Status == LiftPilot.RunningStatus && verdict != Verdict.NotDecisionReady)
        {
            reason += " Interim: the pilot is still running, so these figures will move.";
        }

        return new PilotVerdict
        {
            PilotId = pilot.PilotId,
            PilotName = pilot.PilotName,
            Design = pilot.Design,
            Status = pilot.Status,
            PrimaryMetric = goals.FirstOrDefault(g => g.Role == GoalRole.Primary)?.Metric,
            Verdict = verdict,
            Reason = pilot.Design == PilotDesign.Observational ? "Observational (not randomised). " + reason : reason,
            SrmPilotShare = sampleRatio.ObservedShare,
            PlannedSplit = sampleRatio.PlannedShare,
            SrmPValue = sampleRatio.PValue,
            IntegrityFailures = integrity.Sum(c => c.Failing),
        };
    }

    private static (Verdict, string) Decide(string? blocker, IReadOnlyList<LiftEstimate> goals)
    {
        if (blocker is not null)
        {
            return (Verdict.NotDecisionReady, blocker);
        }

        if (goals.FirstOrDefault(g => g.Role == GoalRole.Primary) is not { } primary)
        {
            return (Verdict.NotDecisionReady, "The pilot declares no primary metric.");
        }

        var guardrails = goals.Where(g => g.Role == GoalRole.Guardrail).ToList();
        var primaryText = $"Primary {primary.Metric}: {primary.VerdictReason}";
        if (primary.GoalVerdict == Verdict.NotDecisionReady)
        {
            return (Verdict.NotDecisionReady, primaryText);
        }

        if (guardrails.FirstOrDefault(g => g.GoalVerdict == Verdict.NotMet) is { } broken)
        {
            return (Verdict.NotMet, $"Guardrail {broken.Metric}: {broken.VerdictReason}");
        }

        if (primary.GoalVerdict == Verdict.NotMet)
        {
            return (Verdict.NotMet, primaryText);
        }

        var unready = guardrails.FirstOrDefault(g => g.GoalVerdict == Verdict.NotDecisionReady);
        if (primary.GoalVerdict == Verdict.Met && unready is not null)
        {
            return (Verdict.NotDecisionReady,
                $"{primaryText} But guardrail {unready.Metric} cannot be judged: {unready.VerdictReason}");
        }

        if (primary.GoalVerdict == Verdict.Met && guardrails.All(g => g.GoalVerdict == Verdict.Met))
        {
            var held = guardrails.Count == 0
                ? ""
                : $" Every guardrail holds ({string.Join(", ", guardrails.Select(g => g.Metric))}).";
            return (Verdict.Met, primaryText + held);
        }

        if (primary.GoalVerdict == Verdict.Met)
        {
            var open = guardrails.First(g => g.GoalVerdict != Verdict.Met);
            return (Verdict.Inconclusive, $"{primaryText} But guardrail {open.Metric}: {open.VerdictReason}");
        }

        return (Verdict.Inconclusive, primaryText);
    }
}
