using SkiaSharp;
using Warehouse.Reports.Layout;
using Warehouse.Reports.Pilots;

namespace Warehouse.Reports.Monthly;

/// <summary>
/// The engagement pilots: per pilot, its header (name, owner, dates, outcome window, planned split), its verdict
/// with the reason, design and status (not decision-ready in red where it applies), a forest plot of its goals
/// with guardrail margins, progress against its joint goal, and a lift table (every metric, pilot against control,
/// raw absolute and relative lift with 95% intervals and p-value). Without goals from the lift job the relative
/// lift chart stands in for the forest plot.
/// </summary>
internal static class PilotSection
{
    public const string Title = "Engagement pilots";

    public const string NotDecisionReady = "Not decision-ready: sample ratio mismatch";

    private const float StatusPadding = 7f;

    public static void Write(ReportLayout layout, MonthlyReport report)
    {
        layout.Space(20f);
        layout.StartSection(Title, onNewPage: false, keepWithNext: 300f);
        layout.Paragraph(Title, ReportTheme.SectionHeading, 6f);
        layout.Paragraph(
            "Each pilot compares customers who received the treatment with a control group over each customer's "
            + "outcome window. Lift is the pilot arm's figure less the control arm's; an interval that does not "
            + "cross zero, or a p-value below 0.05, suggests an effect beyond chance. Each goal is judged on its "
            + "deciding estimate (CUPED-adjusted where possible; difference-in-differences for observational "
            + "pilots): the primary must be met and no guardrail may worsen beyond its margin. A pilot whose arms "
            + "are not split as planned, or that fails an integrity check, is not decision-ready whatever it shows.",
            ReportTheme.Body,
            10f);

        var pilots = report.PilotLift
            .GroupBy(r => r.PilotId, StringComparer.Ordinal)
            .ToList();
        if (pilots.Count == 0)
        {
            layout.Paragraph("The warehouse has no pilot results.", ReportTheme.Body);
            return;
        }

        foreach (var pilot in pilots)
        {
            WritePilot(layout, report, pilot.ToList());
            layout.Space(16f);
        }
    }

    private static void WritePilot(ReportLayout layout, MonthlyReport report, IReadOnlyList<PilotLiftRow> rows)
    {
        var first = rows[0];
        var verdict = report.PilotVerdicts.FirstOrDefault(v => v.PilotId == first.PilotId);
        var goals = report.PilotGoals.Where(g => g.PilotId == first.PilotId).ToList();
        var isReady = verdict?.IsDecisionReady ?? !rows.Any(r => r.IsSrmMismatch);
        var header = PilotHeader.For(report, first.PilotId, first.PilotName);
        var status = StatusLines(layout, first, verdict, rows.Select(r => r.Metric), isReady);
        var isObservational = verdict?.IsObservational ?? false;
        var table = LiftTable(rows, !isReady, isObservational);
        var figureHeight = goals.Count > 0
            ? ForestPlot.Height(goals.Count, isObservational, isReady) + JointGoalHeight(layout, goals)
            : LiftIntervalChart.Height(rows.Count);

        // A pilot reads as one block: kept on one page whenever it fits on one, else at least its header,
        // status and verdicts together. A block that would leave more than half a page empty behind it starts
        // where it is instead, and its table continues on the next page under its repeated header.
        var leadHeight = header.Height(layout.Width) + StatusHeight(status) + figureHeight;
        var blockHeight = leadHeight + 6f + 6f + table.Height(layout.Width);
        var keepWhole = blockHeight <= layout.Geometry.Content.Height
            && layout.Remaining < layout.Geometry.Content.Height / 2;
        layout.EnsureSpace(keepWhole ? blockHeight : leadHeight);

        header.Draw(layout);
        WriteStatus(layout, status, !isReady);
        if (goals.Count > 0)
        {
            ForestPlot.Draw(layout, goals, isReady);
            WriteJointGoal(layout, goals);
            layout.Space(6f);
            table.Draw(layout);
            return;
        }

        table.Draw(layout);
        layout.Space(6f);
        using var chart = LiftIntervalChart.Create(rows, isReady, layout.Width);
        ChartBlock.Draw(layout, chart, LiftIntervalChart.Height(rows.Count));
    }

    /// <summary>
    /// Progress against the joint goal in one line: the primary (the risk or engagement target) and each
    /// guardrail with its verdict, "Roll to 30+ days past due (primary): met; NPS (guardrail): inconclusive".
    /// </summary>
    public static string JointGoal(IReadOnlyList<PilotGoal> goals) =>
        "Joint goal: " + string.Join(
            "; ",
            goals.Where(g => g.IsPrimary || g.IsGuardrail).Select(g =>
                $"{PilotMetricLabels.For(g.Metric)} ({g.Role}): {VerdictText.Label(g.GoalVerdict).ToLowerInvariant()}"))
        + ".";

    private static float JointGoalHeight(ReportLayout layout, IReadOnlyList<PilotGoal> goals) =>
        (TextWrapper.Wrap(JointGoal(goals), ReportTheme.Body, layout.Width).Count * ReportTheme.Body.LineHeight) + 4f;

    private static void WriteJointGoal(ReportLayout layout, IReadOnlyList<PilotGoal> goals)
    {
        layout.Space(4f);
        layout.Paragraph(JointGoal(goals), ReportTheme.Body with { Typeface = ReportFonts.Bold });
    }

    private static ReportTable LiftTable(IReadOnlyList<PilotLiftRow> rows, bool isMismatch, bool isObservational)
    {
        var table = new ReportTable(
        [
            new TableColumn("Metric", 1.6f),
            new TableColumn("Pilot", 0.95f, SKTextAlign.Right),
            new TableColumn("Control", 0.95f, SKTextAlign.Right),
            new TableColumn("Absolute lift (95% interval)", 1.55f, SKTextAlign.Right),
            new TableColumn("Relative lift (95% interval)", 1.45f, SKTextAlign.Right),
            new TableColumn("p-value", 0.75f, SKTextAlign.Right),
        ]);
        foreach (var row in rows)
        {
            table.Add(
                new TableCell(
                    PilotMetricLabels.For(row.Metric),
                    MetricDetail(row, isMismatch, isObservational),
                    row.IsPrimary ? CellTone.Strong : CellTone.Normal),
                new TableCell(
                    PilotLiftFormat.Mean(row, row.PilotMean),
                    $"n = {FigureFormat.Count(row.PilotCustomers)}"),
                new TableCell(
                    PilotLiftFormat.Mean(row, row.ControlMean),
                    $"n = {FigureFormat.Count(row.ControlCustomers)}"),
                new TableCell(PilotLiftFormat.Lift(row, row.AbsoluteLift), PilotLiftFormat.Interval(row)),
                new TableCell(FigureFormat.RelativeChange(row.RelativeLift), PilotLiftFormat.RelativeInterval(row)),
                new TableCell(FigureFormat.PValue(row.PValue), Tone: isMismatch ? CellTone.Muted : CellTone.Normal));
        }

        return table;
    }

    private static PilotStatusBox StatusLines(
        ReportLayout layout,
        PilotLiftRow pilot,
        PilotVerdictSummary? verdict,
        IEnumerable<string> metrics,
        bool isReady)
    {
        var headline = new TextStyle(ReportFonts.Bold, 9f, isReady ? ReportTheme.Good : ReportTheme.Bad);
        // Only a broken check calls for an explanation; a goal the data cannot judge yet has its reason above.
        var checksFailed = verdict?.HasFailedCheck ?? !isReady;
        var split = $"Observed pilot share {FigureFormat.Rate(pilot.SrmPilotShare)} against a planned "
            + $"{FigureFormat.Rate(pilot.PlannedSplit)} (sample-ratio p-value {FigureFormat.PValue(pilot.SrmPValue)})."
            + (checksFailed ? " Do not act on these figures until the cause is explained." : "");
        string title;
        string text;
        if (verdict is null)
        {
            title = isReady ? "Sample ratio as planned" : NotDecisionReady;
            text = split;
        }
        else
        {
            title = isReady
                ? $"Verdict: {VerdictText.Label(verdict.Verdict)}"
                : $"{VerdictText.NotDecisionReady.ToUpperInvariant()}: {ReadinessBand.Why(verdict)}";
            headline = headline.WithColor(VerdictText.Color(verdict.Verdict));
            title += $" \u00b7 {VerdictText.Design(verdict.Design)} \u00b7 {VerdictText.Status(verdict.Status)}";
            text = PilotMetricLabels.InText(verdict.Reason, metrics) + " " + split;
        }

        var width = layout.Width - (2 * StatusPadding);
        return new PilotStatusBox(
            headline, TextWrapper.Wrap(title, headline, width), TextWrapper.Wrap(text, ReportTheme.Note, width));
    }

    private static float StatusHeight(PilotStatusBox status) =>
        (2 * StatusPadding) + (status.HeadlineLines.Count * status.Headline.LineHeight)
        + (status.Lines.Count * ReportTheme.Note.LineHeight);

    private static void WriteStatus(ReportLayout layout, PilotStatusBox status, bool isMismatch)
    {
        var box = layout.Reserve(StatusHeight(status));
        var canvas = layout.Canvas;
        using var fill = new SKPaint
        {
            Color = isMismatch ? ReportTheme.WarningFill : ReportTheme.AccentLight,
            IsAntialias = true,
        };
        canvas.DrawRoundRect(box, 3f, 3f, fill);

        var left = box.Left + StatusPadding;
        var top = box.Top + StatusPadding;
        foreach (var line in status.HeadlineLines)
        {
            status.Headline.Draw(canvas, line, left, top);
            top += status.Headline.LineHeight;
        }

        foreach (var line in status.Lines)
        {
            ReportTheme.Note.Draw(canvas, line, left, top);
            top += ReportTheme.Note.LineHeight;
        }

        layout.Space(6f);
    }

    private static string? MetricDetail(PilotLiftRow row, bool isMismatch, bool isObservational)
    {
        var parts = new List<string>();
        if (row.IsPrimary)
        {
            parts.Add("Primary metric");
        }

        if (isMismatch)
        {
            parts.Add("Not decision-ready");
        }

        // The table shows the raw gap; an observational pilot's effect is the forest plot's estimate.
        if (isObservational)
        {
            parts.Add("Observational: raw gap, not the effect");
        }

        if (!string.IsNullOrWhiteSpace(row.Note))
        {
            parts.Add(row.Note);
        }

        return parts.Count == 0 ? null : string.Join(". ", parts.Select(p => p.TrimEnd('.'))) + ".";
    }
}
