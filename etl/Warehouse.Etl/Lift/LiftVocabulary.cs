namespace Warehouse.Etl.Lift;

/// <summary>
/// The stored names of the lift step's small vocabularies (role, direction, design, verdict), as the pilot
/// goal declarations and the lift marts spell them.
/// </summary>
public static class LiftVocabulary
{
    /// <summary><c>primary</c>, <c>secondary</c> or <c>guardrail</c>.</summary>
    public static string ToName(this GoalRole role) => role switch
    {
        GoalRole.Primary => "primary",
        GoalRole.Secondary => "secondary",
        GoalRole.Guardrail => "guardrail",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown goal role."),
    };

    /// <summary><c>increase</c> or <c>decrease</c>.</summary>
    public static string ToName(this BetterDirection direction) => direction switch
    {
        BetterDirection.Increase => "increase",
        BetterDirection.Decrease => "decrease",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown direction."),
    };

    /// <summary><c>randomised</c> or <c>observational</c>.</summary>
    public static string ToName(this PilotDesign design) => design switch
    {
        PilotDesign.Randomised => "randomised",
        PilotDesign.Observational => "observational",
        _ => throw new ArgumentOutOfRangeException(nameof(design), design, "Unknown design."),
    };

    /// <summary><c>met</c>, <c>not_met</c>, <c>inconclusive</c> or <c>not_decision_ready</c>.</summary>
    public static string ToName(this Verdict verdict) => verdict switch
    {
        Verdict.Met => "met",
        Verdict.NotMet => "not_met",
        Verdict.Inconclusive => "inconclusive",
        Verdict.NotDecisionReady => "not_decision_ready",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Unknown verdict."),
    };

    /// <summary>The verdict as people read it: <c>met</c>, <c>not met</c>, <c>inconclusive</c>, <c>not decision-ready</c>.</summary>
    public static string ToText(this Verdict verdict) => verdict switch
    {
        Verdict.NotMet => "not met",
        Verdict.NotDecisionReady => "not decision-ready",
        _ => verdict.ToName(),
    };

    /// <summary>Reads a stored role; <see langword="null"/> for anything else.</summary>
    public static GoalRole? ParseRole(string? name) => Find(name, Enum.GetValues<GoalRole>(), r => r.ToName());

    /// <summary>Reads a stored direction; <see langword="null"/> for anything else.</summary>
    public static BetterDirection? ParseDirection(string? name) =>
        Find(name, Enum.GetValues<BetterDirection>(), d => d.ToName());

    /// <summary>Reads a stored design; <see langword="null"/> for anything else.</summary>
    public static PilotDesign? ParseDesign(string? name) =>
        Find(name, Enum.GetValues<PilotDesign>(), d => d.ToName());

    private static T? Find<T>(string? name, T[] values, Func<T, string> toName)
        where T : struct, Enum
    {
        foreach (var value in values)
        {
            if (string.Equals(name?.Trim(), toName(value), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
