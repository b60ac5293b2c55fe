namespace Warehouse.Etl.Lift;

/// <summary>
/// The verdict on one goal of a pilot, from its decision estimate Δ (pilot minus control; see
/// <see cref="LiftCalculator"/>) and that estimate's 95% interval [L, H]. "Better side" follows the goal's
/// direction: above zero when higher is better, below zero when lower is better.
/// </summary>
/// <remarks>
/// In order, the first rule that applies decides:
/// <list type="number">
/// <item>Not decision-ready when the pilot is not (a failed sample-ratio check, a failing integrity check,
/// nobody assigned, not yet started), when the goal declares no direction (or a guardrail no positive margin),
/// when the decision estimate cannot be computed (a degenerate input: its reason is given), or, for an
/// observational pilot, when the pre-period trend check fails or cannot run.</item>
/// <item>Primary: met when [L, H] lies wholly on the better side of zero; not met when it lies wholly on
/// the worse side (the pilot made the metric worse); inconclusive when it contains zero.</item>
/// <item>Secondary: with the Holm-adjusted p-value of Δ across the pilot's secondary metrics: met when it is
/// below 0.05 and Δ is on the better side; not met when below 0.05 and Δ is on the worse side; else
/// inconclusive.</item>
/// <item>Guardrail with margin M &gt; 0 (non-inferiority; the worsening is Δ when lower is better, −Δ when
/// higher is better): met when the whole interval of the worsening lies below M (a worsening larger than M
/// is excluded); not met when the whole interval lies above M (the metric worsened by more than M);
/// inconclusive when the interval contains M.</item>
/// </list>
/// Reference for the guardrail rule: G. Piaggio et al., "Reporting of noninferiority and equivalence
/// randomized trials: extension of the CONSORT 2010 statement", JAMA 308 (2012) 2594–2604.
/// </remarks>
public static class GoalJudgement
{
    /// <summary>The level below which an adjusted p-value counts as a finding.</summary>
    public const double SignificanceLevel = 0.05;

    /// <summary>The estimate with its verdict and reason.</summary>
    /// <param name="estimate">A goal's estimate from <see cref="LiftCalculator"/>, with Holm applied for secondaries.</param>
    /// <param name="pilotBlocker">Why the whole pilot is not decision-ready, or null when it is.</param>
    public static LiftEstimate Judge(LiftEstimate estimate, string? pilotBlocker)
    {
        ArgumentNullException.ThrowIfNull(estimate);

        var (verdict, reason) = Decide(estimate, pilotBlocker);
        return estimate with { GoalVerdict = verdict, VerdictReason = reason };
    }

    private static (Verdict, string) Decide(LiftEstimate e, string? pilotBlocker)
    {
        if (pilotBlocker is not null)
        {
            return NotReady(pilotBlocker);
        }

        if (e.Direction is not { } direction)
        {
            return NotReady("The goal does not say whether an increase or a decrease is better.");
        }

        if (e.Role == GoalRole.Guardrail && e.Margin is not > 0)
        {
            return NotReady("The guardrail declares no positive non-inferiority margin.");
        }

        if (e.Decision is not { } decision)
        {
            return NotReady(e.DecisionMissingReason ?? "The lift could not be estimated.");
        }

        if (e.Design == PilotDesign.Observational && e.PreTrend is not { Passes: true })
        {
            return NotReady(TrendReason(e));
        }

        // Improvement is the lift turned so that positive is better.
        var sign = direction == BetterDirection.Increase ? 1 : -1;
        var (low, high) = decision.Interval(LiftCalculator.ConfidenceLevel);
        var improvementLow = sign > 0 ? low : -high;
        var improvementHigh = sign > 0 ? high : -low;
        var interval = $"the 95% interval of the {BasisText(e)}lift, {LiftFigures.Interval(e.MetricKind, low, high)}";
        var better = direction == BetterDirection.Increase ? "higher is better" : "lower is better";

        return e.Role switch
        {
            GoalRole.Guardrail => Guardrail(e, improvementLow, improvementHigh, interval),
            GoalRole.Secondary => Secondary(e, sign * decision.Difference, better),
            _ when improvementLow > 0 =>
                (Verdict.Met, $"Met: {interval}, lies wholly on the better side of zero ({better})."),
            _ when improvementHigh < 0 =>
                (Verdict.NotMet, $"Not met: {interval}, lies wholly on the worse side of zero ({better}): the "
                    + "pilot made this metric worse."),
            _ => (Verdict.Inconclusive, $"Inconclusive: {interval}, includes zero; more customers or time are needed."),
        };
    }

    private static (Verdict, string) Guardrail(LiftEstimate e, double improvementLow, double improvementHigh,
        string interval)
    {
        var margin = e.Margin!.Value;
        var marginText = LiftFigures.Magnitude(e.MetricKind, margin);
        if (-improvementLow < margin)
        {
            return (Verdict.Met, $"Met: {interval}, excludes a worsening of more than the margin of {marginText}.");
        }

        if (-improvementHigh > margin)
        {
            return (Verdict.NotMet, $"Not met: {interval}, lies wholly beyond the margin: the metric worsened by "
                + $"more than {marginText}.");
        }

        return (Verdict.Inconclusive, $"Inconclusive: {interval}, reaches past the margin of {marginText}; a "
            + "worsening beyond it cannot be ruled out.");
    }

    private static (Verdict, string) Secondary(LiftEstimate e, double improvement, string better)
    {
        if (e.AdjustedPValue is not { } adjusted)
        {
            return NotReady("The secondary metric has no Holm-adjusted p-value.");
        }

        var shown = LiftFigures.PStatement(adjusted, "Holm-adjusted p");
        if (adjusted >= SignificanceLevel)
        {
            return (Verdict.Inconclusive, $"Inconclusive: {shown}, not below {SignificanceLevel:0.00}.");
        }

        return improvement > 0
            ? (Verdict.Met, $"Met: {shown} with the lift on the better side ({better}).")
            : (Verdict.NotMet, $"Not met: {shown} with the lift on the worse side ({better}).");
    }

    private static string TrendReason(LiftEstimate e) => e.PreTrend switch
    {
        null => "Observational pilot without pre-period months: the parallel-trend check cannot run.",
        { Reason: { } reason } => $"Observational pilot: {reason}",
        { } check => $"Observational pilot whose arms already diverged before assignment: the gap moved "
            + $"{LiftFigures.Difference(e.MetricKind, check.Slope, withUnit: true)} a month "
            + $"({LiftFigures.PStatement(check.PValue)} < {PreTrendCheck.Threshold:0.00}), so "
            + "difference-in-differences would be biased.",
    };

    private static string BasisText(LiftEstimate e) => e.DecisionBasis switch
    {
        CupedAdjustment.Method => "CUPED-adjusted ",
        DifferenceInDifferences.Method => "difference-in-differences (observational) ",
        _ => "",
    };

    private static (Verdict, string) NotReady(string reason) => (Verdict.NotDecisionReady, reason);
}
