namespace Warehouse.Etl.Lift;

/// <summary>
/// The verdict on one goal or on a whole pilot; the rules are in <see cref="GoalJudgement"/> and
/// <see cref="PilotJudgement"/>.
/// </summary>
public enum Verdict
{
    /// <summary>The goal is shown: the 95% interval lies wholly on the good side (of zero, or of the margin).</summary>
    Met,

    /// <summary>The opposite is shown: the interval lies wholly on the bad side.</summary>
    NotMet,

    /// <summary>The interval straddles the line that decides: more data are needed.</summary>
    Inconclusive,

    /// <summary>The figures cannot be trusted or do not exist (failed checks, degenerate inputs, no data).</summary>
    NotDecisionReady,
}
