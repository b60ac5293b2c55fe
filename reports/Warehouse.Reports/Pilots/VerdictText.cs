using SkiaSharp;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Pilots;

/// <summary>
/// How verdicts, roles, designs and estimate bases read in the reports, and the colour a verdict takes.
/// </summary>
internal static class VerdictText
{
    public const string NotDecisionReady = "Not decision-ready";

    public const string ObservationalLabel = "Observational (not randomised): difference-in-differences";

    /// <summary>"Met", "Not met", "Inconclusive", "Not decision-ready"; an unknown verdict as stored.</summary>
    public static string Label(string? verdict) => verdict switch
    {
        "met" => "Met",
        "not_met" => "Not met",
        "inconclusive" => "Inconclusive",
        "not_decision_ready" => NotDecisionReady,
        null => FigureFormat.Missing,
        _ => FigureFormat.Humanize(verdict),
    };

    /// <summary>What the verdict means for the pilot's owner, in one plain clause.</summary>
    public static string Meaning(string verdict) => verdict switch
    {
        "met" => "its primary goal is met and every guardrail holds",
        "not_met" => "its primary goal failed or a guardrail was breached",
        "inconclusive" => "the data cannot yet tell whether it reached its goal",
        "not_decision_ready" => "its figures must not be acted on",
        _ => "see its reason",
    };

    public static SKColor Color(string? verdict) => verdict switch
    {
        "met" => ReportTheme.Good,
        "not_met" or "not_decision_ready" => ReportTheme.Bad,
        _ => ReportTheme.MutedInk,
    };

    public static string Role(string role) => role switch
    {
        "primary" => "Primary",
        "guardrail" => "Guardrail",
        "secondary" => "Secondary",
        _ => FigureFormat.Humanize(role),
    };

    public static string Design(string design) => design switch
    {
        "randomised" => "Randomised",
        "observational" => "Observational (not randomised)",
        _ => FigureFormat.Humanize(design),
    };

    public static string Status(string status) => status switch
    {
        "planned" => "Planned (not started)",
        "running" => "Running (interim look)",
        "complete" => "Complete",
        _ => FigureFormat.Humanize(status),
    };

    /// <summary>The estimate a goal's verdict rests on, in words.</summary>
    public static string Basis(string? basis) => basis switch
    {
        "difference_in_differences" => "difference-in-differences (observational)",
        "cuped" => "CUPED-adjusted",
        "raw" => "raw difference",
        null => FigureFormat.Missing,
        _ => FigureFormat.Humanize(basis),
    };

    /// <summary>The role with what judges it: "Guardrail, margin 2.0 pts", "Secondary, Holm-adjusted".</summary>
    public static string RoleDetail(PilotGoal goal) => goal.Role switch
    {
        "guardrail" => $"Guardrail, margin {MetricFormat.Size(goal.MetricKind, goal.Margin)}",
        "secondary" => "Secondary, Holm-adjusted",
        _ => Role(goal.Role),
    } + (goal.Direction switch
    {
        "increase" => "; higher is better",
        "decrease" => "; lower is better",
        _ => "",
    });
}
