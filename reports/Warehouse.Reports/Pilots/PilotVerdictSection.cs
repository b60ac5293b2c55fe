using Warehouse.Reports.Layout;
using Warehouse.Reports.Monthly;

namespace Warehouse.Reports.Pilots;

/// <summary>
/// The verdict on the pilot and each goal with the lift job's reasons, then the definitions of the metrics and
/// terms the report uses.
/// </summary>
internal static class PilotVerdictSection
{
    public const string Title = "Verdict and definitions";

    private static readonly (string Term, string Definition)[] Terms =
    [
        ("Lift", "Pilot arm less control arm over each customer's outcome window; intervals are two-sided 95%."),
        ("Relative lift", DataQualitySection.RelativeLiftDefinition),
        ("Met, not met, inconclusive",
            "Primary: met when the whole interval lies on the better side of zero, not met when wholly on the worse "
            + "side, else inconclusive. Guardrail: met when the interval excludes a worsening beyond the margin. "
            + "Secondary: by the Holm-adjusted p-value below 0.05 and the side of the lift."),
        ("Not decision-ready",
            "The figures cannot be trusted: the sample-ratio check failed (p < 0.001), an integrity check failed, the "
            + "deciding estimate could not be computed, or an observational pilot's parallel-trend check failed."),
        ("Sample-ratio check", "Chi-square test of the arms' sizes against the planned split."),
        ("CUPED", "Lift adjusted by each customer's pre-period value of the metric (Deng et al. 2013)."),
        ("Difference-in-differences",
            "For observational pilots: the pilot arm's change from its pre-period less the control arm's."),
        ("Holm adjustment", "Secondary p-values corrected for testing several metrics (Holm 1979)."),
        ("Standardized difference", "Gap in arm means over the pooled standard deviation; |d| > 0.1 flags imbalance."),
    ];

    public static void Write(ReportLayout layout, PilotReport report)
    {
        layout.StartSection(Title, onNewPage: true);
        layout.Paragraph(Title, ReportTheme.SectionHeading, 6f);
        var verdict = new TextStyle(ReportFonts.Bold, 12f, VerdictText.Color(report.Verdict.Verdict));
        layout.Paragraph($"Verdict: {VerdictText.Label(report.Verdict.Verdict)}", verdict, 3f);
        ReadinessBand.Draw(layout, report.Verdict);
        layout.Paragraph(report.NamedReason, ReportTheme.Body, 8f);

        var goals = new ReportTable(
        [
            new TableColumn("Goal", 1.2f),
            new TableColumn("Verdict", 0.8f),
            new TableColumn("Reason", 3.4f),
        ]);
        foreach (var goal in report.Goals)
        {
            goals.Add(
                new TableCell(PilotMetricLabels.For(goal.Metric), VerdictText.Role(goal.Role),
                    goal.IsPrimary ? CellTone.Strong : CellTone.Normal),
                VerdictText.Label(goal.GoalVerdict),
                goal.VerdictReason ?? FigureFormat.Missing);
        }

        goals.Draw(layout);

        var definitions = new ReportTable([new TableColumn("Term", 1.2f), new TableColumn("Definition", 4.2f)]);
        foreach (var metric in report.Definitions)
        {
            definitions.Add(
                new TableCell(PilotMetricLabels.For(metric.Metric), $"{metric.Metric} ({metric.MetricKind})"),
                metric.Definition);
        }

        foreach (var (term, definition) in Terms)
        {
            definitions.Add(term, definition);
        }

        layout.Space(14f);
        layout.Heading("Definitions", ReportTheme.Subheading, definitions.StartHeight(layout), 3f);
        definitions.Draw(layout);
    }
}
