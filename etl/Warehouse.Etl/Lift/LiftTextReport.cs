using System.Globalization;
using System.Text;

namespace Warehouse.Etl.Lift;

/// <summary>
/// The lift results as text for a terminal, at most <see cref="Width"/> columns where figures allow: per pilot
/// a heading (design and status), the verdict with its reason, the sample-ratio and integrity lines (and the
/// parallel-trend line for observational pilots), then the metric rows grouped by role with the CUPED or
/// difference-in-differences row beneath the raw one, then each goal's reason and the notes.
/// </summary>
internal static class LiftTextReport
{
    /// <summary>The width text is wrapped to.</summary>
    public const int Width = 120;

    private const string Indent = "  ";

    private static readonly (string Title, bool AlignRight)[] Header =
    [
        ("metric", false),
        ("pilot n", true),
        ("control n", true),
        ("pilot", true),
        ("control", true),
        ("lift", true),
        ("95% interval", false),
        ("rel.", true),
        ("p", true),
        ("verdict", false),
    ];

    public static string Render(LiftReport report)
    {
        ArgumentNullException.ThrowIfNull(report);

        var text = new StringBuilder();
        foreach (var verdict in report.Verdicts)
        {
            var goals = report.Estimates.Where(e => e.PilotId == verdict.PilotId).ToList();
            WritePilot(text, verdict, goals);
            text.Append('\n');
        }

        foreach (var orphan in report.Estimates.Where(e => report.Verdicts.All(v => v.PilotId != e.PilotId))
            .GroupBy(e => e.PilotId, StringComparer.Ordinal))
        {
            WriteGoals(text, orphan.ToList());
            text.Append('\n');
        }

        Wrap(text, "Intervals are 95%: Welch's t for rates, means and counts, the three-way split for NPS, the delta "
            + "method for ratios, Fieller for relative lifts (rel.). Verdicts rest on the CUPED-adjusted row where one "
            + "is shown, and on difference-in-differences for observational pilots. p-values below 1e-12 are shown as "
            + "a bound. 'not ready' = not decision-ready. Methods: docs/lift-methods.md.", "");
        return text.ToString();
    }

    private static void WritePilot(StringBuilder text, PilotVerdict verdict, List<LiftEstimate> goals)
    {
        var design = verdict.Design == PilotDesign.Observational
            ? "OBSERVATIONAL (not randomised): lifts are difference-in-differences against the comparison group"
            : "randomised";
        Wrap(text, $"Pilot {verdict.PilotId}, \"{verdict.PilotName}\": {design}; {verdict.Status}.", "");
        Wrap(text, $"Verdict: {verdict.Verdict.ToText().ToUpperInvariant()}. {verdict.Reason}", Indent);
        Wrap(text, SampleRatioLine(verdict), Indent);
        Wrap(text, verdict.IntegrityFailures == 0
            ? "Integrity: every check passes."
            : $"Integrity: {verdict.IntegrityFailures:N0} failing row(s); see marts.pilot_integrity.", Indent);
        if (verdict.Design == PilotDesign.Observational)
        {
            foreach (var goal in goals)
            {
                Wrap(text, $"Parallel trends, {goal.Metric}: {TrendText(goal)}", Indent);
            }
        }

        if (goals.Count == 0)
        {
            Wrap(text, "The pilot declares no goals.", Indent);
            return;
        }

        WriteGoals(text, goals);
    }

    private static void WriteGoals(StringBuilder text, List<LiftEstimate> goals)
    {
        var notes = new List<string>();
        var table = new AlignedTable(Header);
        foreach (var role in Enum.GetValues<GoalRole>())
        {
            var ofRole = goals.Where(g => g.Role == role).ToList();
            if (ofRole.Count == 0)
            {
                continue;
            }

            table.AddSection(role switch
            {
                GoalRole.Primary => "Primary",
                GoalRole.Secondary => "Secondary (p Holm-adjusted on the deciding row)",
                _ => "Guardrails (non-inferiority against a margin)",
            });
            foreach (var goal in ofRole)
            {
                var mark = "";
                if (goal.Note is not null)
                {
                    notes.Add($"[{notes.Count + 1}] {goal.Metric}: {goal.Note}");
                    mark = $" [{notes.Count}]";
                }

                table.Add(MainRow(goal, mark));
                if (AdjustedRow(goal) is { } adjusted)
                {
                    table.Add(adjusted);
                }
            }
        }

        text.Append('\n');
        table.WriteTo(text);
        foreach (var goal in goals)
        {
            var margin = goal.Role == GoalRole.Guardrail && goal.Margin is { } m
                ? $" (margin {LiftFigures.Magnitude(goal.MetricKind, m)})"
                : "";
            Wrap(text, $"{goal.Metric}{margin}: {goal.VerdictReason ?? "not judged."}", Indent);
        }

        foreach (var note in notes)
        {
            Wrap(text, note, Indent);
        }
    }

    private static string[] MainRow(LiftEstimate e, string noteMark)
    {
        var kind = e.MetricKind;
        var decidedHere = e.DecisionBasis == LiftCalculator.RawBasis;
        var p = e.Role == GoalRole.Secondary && decidedHere ? e.AdjustedPValue : e.PValue;
        return
        [
            e.Metric + noteMark,
            LiftFigures.Count(e.PilotCustomers),
            LiftFigures.Count(e.ControlCustomers),
            LiftFigures.Level(kind, e.PilotMean),
            LiftFigures.Level(kind, e.ControlMean),
            LiftFigures.Difference(kind, e.AbsoluteLift, withUnit: true),
            LiftFigures.Interval(kind, e.AbsoluteCiLow, e.AbsoluteCiHigh, withUnit: false),
            LiftFigures.Percent(e.RelativeLift, decimals: 1, signed: true),
            LiftFigures.PValue(p),
            e.GoalVerdict is { } verdict ? Short(verdict) : "",
        ];
    }

    /// <summary>The CUPED or difference-in-differences row beneath a raw row, when there is one.</summary>
    private static string[]? AdjustedRow(LiftEstimate e)
    {
        var kind = e.MetricKind;
        if (e.CupedLift is { } cuped)
        {
            var narrowing = e.VarianceReduction switch
            {
                null => "",
                { } share when Math.Abs(share) < 0.005 => "same width",
                { } share when share > 0 => string.Create(CultureInfo.InvariantCulture, $"{share * 100:0}% narrower"),
                { } share => string.Create(CultureInfo.InvariantCulture, $"{-share * 100:0}% wider"),
            };
            return
            [
                "  CUPED-adjusted", "", "", "", "",
                LiftFigures.Difference(kind, cuped, withUnit: true),
                LiftFigures.Interval(kind, e.CupedCiLow, e.CupedCiHigh, withUnit: false),
                "",
                LiftFigures.PValue(e.Role == GoalRole.Secondary ? e.AdjustedPValue : e.CupedPValue),
                narrowing,
            ];
        }

        if (e.Design == PilotDesign.Observational)
        {
            return
            [
                "  diff-in-diff (obs.)", "", "", "", "",
                LiftFigures.Difference(kind, e.DidLift, withUnit: true),
                LiftFigures.Interval(kind, e.DidCiLow, e.DidCiHigh, withUnit: false),
                "",
                LiftFigures.PValue(e.Role == GoalRole.Secondary ? e.AdjustedPValue : e.DidPValue),
                "",
            ];
        }

        return null;
    }

    private static string Short(Verdict verdict) => verdict == Verdict.NotDecisionReady ? "not ready" : verdict.ToText();

    private static string SampleRatioLine(PilotVerdict v)
    {
        var observed = LiftFigures.Percent(v.SrmPilotShare, decimals: 2, signed: false);
        var planned = LiftFigures.Percent(v.PlannedSplit, decimals: 2, signed: false);
        var outcome = v.SrmPValue is null ? "not checked (no customers assigned)"
            : v.SrmPValue < SampleRatioCheck.MismatchThreshold
                ? "MISMATCH: the arms are not split as planned; results not decision-ready"
                : "as planned";
        return $"Sample ratio: {observed} in the pilot arm against {planned} planned, "
            + $"{LiftFigures.PStatement(v.SrmPValue)}: {outcome}.";
    }

    private static string TrendText(LiftEstimate goal) => goal.PreTrend switch
    {
        null => "not checked.",
        { Reason: { } reason } => reason,
        { } check => $"gap moved {LiftFigures.Difference(goal.MetricKind, check.Slope, withUnit: true)} a month over "
            + $"{check.Months} pre-period months, {LiftFigures.PStatement(check.PValue)}: "
            + (check.Passes ? "no evidence of diverging trends." : "the arms were already diverging."),
    };

    private static void Wrap(StringBuilder text, string line, string indent)
    {
        foreach (var wrapped in AlignedTable.Wrap(line, Width, indent, indent + "  "))
        {
            text.Append(wrapped).Append('\n');
        }
    }
}
