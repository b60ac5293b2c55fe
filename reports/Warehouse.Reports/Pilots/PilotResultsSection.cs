using SkiaSharp;
using Warehouse.Reports.Layout;
using Warehouse.Reports.Monthly;

namespace Warehouse.Reports.Pilots;

/// <summary>
/// The pilot's results: the forest plot of its goals, then the primary metric, the guardrails and the secondary
/// metrics (Holm-adjusted) in tables, CUPED beside the raw lift, and for an observational pilot the
/// difference-in-differences with its parallel-trend check.
/// </summary>
internal static class PilotResultsSection
{
    public const string Title = "Results";

    public static void Write(ReportLayout layout, PilotReport report)
    {
        var goals = report.Goals;
        layout.StartSection(Title, onNewPage: true);
        layout.Paragraph(Title, ReportTheme.SectionHeading, 6f);
        ReadinessBand.Draw(layout, report.Verdict);
        layout.Paragraph(
            "Each goal's lift is the pilot arm less the control arm over the customers' outcome windows, on the "
            + "estimate its verdict rests on. The primary goal decides; guardrails must not worsen by more than their "
            + "margin; secondary goals inform, with p-values adjusted for testing several (Holm).",
            ReportTheme.Body,
            8f);
        if (goals.Count == 0)
        {
            layout.Paragraph("The lift job wrote no goals for this pilot.", ReportTheme.Body);
            return;
        }

        ForestPlot.Draw(layout, goals, report.Verdict.IsDecisionReady);

        WriteGoals(layout, "Primary metric", goals.Where(g => g.IsPrimary).ToList(), holm: false);
        WriteGoals(layout, "Guardrails", goals.Where(g => g.IsGuardrail).ToList(), holm: false);
        WriteGoals(layout, "Secondary metrics (Holm-adjusted p-values)",
            goals.Where(g => g.Role == "secondary").ToList(), holm: true);
        if (report.Verdict.IsObservational)
        {
            WriteDifferenceInDifferences(layout, goals);
        }
        else
        {
            WriteCuped(layout, goals);
        }
    }

    private static void WriteGoals(ReportLayout layout, string heading, IReadOnlyList<PilotGoal> goals, bool holm)
    {
        if (goals.Count == 0)
        {
            return;
        }

        var table = new ReportTable(
        [
            new TableColumn("Metric", 1.5f),
            new TableColumn("Pilot", 0.8f, SKTextAlign.Right),
            new TableColumn("Control", 0.8f, SKTextAlign.Right),
            new TableColumn("Lift (95% interval)", 1.6f, SKTextAlign.Right),
            new TableColumn(holm ? "Holm p" : "p-value", 0.6f, SKTextAlign.Right),
            new TableColumn("Verdict", 0.9f),
        ]);
        foreach (var goal in goals)
        {
            var p = holm ? goal.AdjustedPValue : DecisionP(goal);
            table.Add(
                new TableCell(PilotMetricLabels.For(goal.Metric), VerdictText.RoleDetail(goal),
                    goal.IsPrimary ? CellTone.Strong : CellTone.Normal),
                new TableCell(MetricFormat.Value(goal.MetricKind, goal.PilotMean),
                    $"n = {FigureFormat.Count(goal.PilotCustomers)}"),
                new TableCell(MetricFormat.Value(goal.MetricKind, goal.ControlMean),
                    $"n = {FigureFormat.Count(goal.ControlCustomers)}"),
                new TableCell(MetricFormat.Change(goal.MetricKind, goal.DecisionLift),
                    MetricFormat.Interval(goal.MetricKind, goal.DecisionCiLow, goal.DecisionCiHigh) + " \u00b7 "
                    + VerdictText.Basis(goal.DecisionBasis)),
                FigureFormat.PValue(p),
                new TableCell(VerdictText.Label(goal.GoalVerdict), Tone: goal.GoalVerdict switch
                {
                    "met" => CellTone.Good,
                    "not_met" or "not_decision_ready" => CellTone.Bad,
                    _ => CellTone.Normal,
                }));
        }

        layout.Space(12f);
        layout.Heading(heading, ReportTheme.Subheading, table.StartHeight(layout), 3f);
        table.Draw(layout);
        foreach (var goal in goals.Where(g => g.VerdictReason is not null))
        {
            layout.Paragraph($"{PilotMetricLabels.For(goal.Metric)}: {goal.VerdictReason}", ReportTheme.Note, 2f);
        }
    }

    private static void WriteCuped(ReportLayout layout, IReadOnlyList<PilotGoal> goals)
    {
        var table = new ReportTable(
        [
            new TableColumn("Metric", 1.4f),
            new TableColumn("Raw lift (95% interval)", 1.6f, SKTextAlign.Right),
            new TableColumn("CUPED-adjusted (95% interval)", 1.6f, SKTextAlign.Right),
            new TableColumn("Interval narrowed", 0.9f, SKTextAlign.Right),
        ]);
        foreach (var goal in goals)
        {
            table.Add(
                PilotMetricLabels.For(goal.Metric),
                new TableCell(MetricFormat.Change(goal.MetricKind, goal.AbsoluteLift),
                    MetricFormat.Interval(goal.MetricKind, goal.AbsoluteCiLow, goal.AbsoluteCiHigh)),
                goal.CupedLift is null
                    ? new TableCell("not applied", goal.Note, CellTone.Muted)
                    : new TableCell(MetricFormat.Change(goal.MetricKind, goal.CupedLift),
                        MetricFormat.Interval(goal.MetricKind, goal.CupedCiLow, goal.CupedCiHigh)),
                goal.VarianceReduction is { } narrowed ? FigureFormat.RelativeChange(narrowed) : FigureFormat.Missing);
        }

        layout.Space(12f);
        layout.Heading("CUPED: the lift adjusted for each customer's pre-period", ReportTheme.Subheading,
            table.StartHeight(layout) + 30f, 3f);
        layout.Paragraph(
            "CUPED removes the part of each outcome its pre-period value predicts; the estimate stays unbiased and its "
            + "interval narrows by the share shown (negative: it widened). Where it applies, the verdict rests on it.",
            ReportTheme.Note,
            5f);
        table.Draw(layout);
    }

    private static void WriteDifferenceInDifferences(ReportLayout layout, IReadOnlyList<PilotGoal> goals)
    {
        var table = new ReportTable(
        [
            new TableColumn("Metric", 1.4f),
            new TableColumn("Raw gap (95% interval)", 1.5f, SKTextAlign.Right),
            new TableColumn("Diff.-in-diff. (95% interval)", 1.5f, SKTextAlign.Right),
            new TableColumn("Pre-trend slope", 0.9f, SKTextAlign.Right),
            new TableColumn("Parallel trends", 1f),
        ]);
        foreach (var goal in goals)
        {
            var parallel = goal.PreTrendPValue switch
            {
                null => new TableCell("not checked", "fewer than three usable months", CellTone.Bad),
                < 0.05 => new TableCell("rejected", FigureFormat.PStatement(goal.PreTrendPValue), CellTone.Bad),
                _ => new TableCell("no evidence against", FigureFormat.PStatement(goal.PreTrendPValue)),
            };
            table.Add(
                PilotMetricLabels.For(goal.Metric),
                new TableCell(MetricFormat.Change(goal.MetricKind, goal.AbsoluteLift),
                    MetricFormat.Interval(goal.MetricKind, goal.AbsoluteCiLow, goal.AbsoluteCiHigh)),
                new TableCell(MetricFormat.Change(goal.MetricKind, goal.DidLift),
                    MetricFormat.Interval(goal.MetricKind, goal.DidCiLow, goal.DidCiHigh)),
                MetricFormat.Change(goal.MetricKind, goal.PreTrendSlope),
                parallel);
        }

        layout.Space(12f);
        layout.Heading("Observational: difference-in-differences and the pre-trend check", ReportTheme.Subheading,
            table.StartHeight(layout) + 40f, 3f);
        layout.Paragraph(
            "The arms were not formed at random, so the raw gap mixes the pilot's effect with how the arms differed "
            + "already. Difference-in-differences compares each arm's change from its pre-period; it holds only if "
            + "the arms would have moved in parallel. The pre-trend slope is the monthly change of the arms' gap over "
            + "the six months before assignment, per month; a p-value below 0.05 rejects parallel trends. A pass "
            + "finds no evidence against them; it does not prove them.",
            ReportTheme.Note,
            5f);
        table.Draw(layout);
    }

    private static double? DecisionP(PilotGoal goal) => goal.DecisionBasis switch
    {
        "difference_in_differences" => goal.DidPValue,
        "cuped" => goal.CupedPValue,
        _ => goal.PValue,
    };
}
