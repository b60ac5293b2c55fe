using SkiaSharp;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Pilots;

/// <summary>
/// How the pilot was set up and whether its arms can be compared: design and planned split, the sample-ratio
/// check, the balance of pre-period covariates by arm and the integrity checks.
/// </summary>
internal static class PilotDesignSection
{
    public const string Title = "Design and checks";

    public static void Write(ReportLayout layout, PilotReport report)
    {
        layout.StartSection(Title, onNewPage: true);
        layout.Paragraph(Title, ReportTheme.SectionHeading, 6f);
        ReadinessBand.Draw(layout, report.Verdict);

        var pilot = report.Pilot;
        var facts = new ReportTable([new TableColumn("Plan", 1f), new TableColumn("As declared", 2.6f)]);
        facts.Add("Design", VerdictText.Design(report.Verdict.Design) + (report.Verdict.IsObservational
            ? ": the pilot chose its customers; the control arm is a comparison group, so effects are measured by "
                + "difference-in-differences and rest on the parallel-trend assumption"
            : ": customers were assigned to the arms at random"));
        facts.Add("Status", VerdictText.Status(report.Verdict.Status));
        facts.Add("Owner", pilot.Owner);
        facts.Add("Customers treated", pilot.EndDate is { } end
            ? $"{FigureFormat.Day(pilot.StartDate)} to {FigureFormat.Day(end)}"
            : $"since {FigureFormat.Day(pilot.StartDate)}");
        facts.Add("Outcome window", $"{pilot.OutcomeWindowDays} days after each customer's assignment");
        facts.Add("Planned split", $"{FigureFormat.Rate(pilot.PlannedSplit)} pilot, "
            + $"{FigureFormat.Rate(1 - pilot.PlannedSplit)} control");
        facts.Add("Planned customers", report.PlannedCustomers is { } planned
            ? $"{FigureFormat.Count(planned)}, both arms together"
            : "not declared");
        facts.Draw(layout);

        WriteSampleRatio(layout, report.Verdict);
        WriteBalance(layout, report.Balance);
        WriteIntegrity(layout, report.Integrity);
    }

    private static void WriteSampleRatio(ReportLayout layout, PilotVerdictSummary verdict)
    {
        layout.Space(12f);
        layout.Heading("Sample-ratio check", ReportTheme.Subheading, 40f, 3f);
        var outcome = verdict.SrmPValue switch
        {
            null => "No customer is assigned yet, so the split cannot be checked.",
            < 0.001 => "FAILED: the arms are not split as planned (p below 0.001). Something in the assignment or "
                + "the data delivery is wrong; no figure of this pilot is decision-ready until it is explained.",
            _ => "Passed: the observed split is consistent with the plan (p at or above 0.001).",
        };
        var tone = verdict.IsSrmMismatch ? ReportTheme.Body.WithColor(ReportTheme.Bad) : ReportTheme.Body;
        layout.Paragraph(
            $"Observed pilot share {FigureFormat.Rate(verdict.SrmPilotShare)} against a planned "
            + $"{FigureFormat.Rate(verdict.PlannedSplit)}; chi-square p-value {FigureFormat.PValue(verdict.SrmPValue)}. "
            + outcome,
            tone);
    }

    private static void WriteBalance(ReportLayout layout, IReadOnlyList<CovariateBalance> balance)
    {
        layout.Space(12f);
        var table = new ReportTable(
        [
            new TableColumn("Pre-period covariate", 1.6f),
            new TableColumn("Pilot mean (SD)", 1.3f, SKTextAlign.Right),
            new TableColumn("Control mean (SD)", 1.3f, SKTextAlign.Right),
            new TableColumn("Standardized difference", 1.1f, SKTextAlign.Right),
        ]);
        var measured = balance.Where(row => row.PilotCustomers + row.ControlCustomers > 0).ToList();
        foreach (var row in measured)
        {
            table.Add(
                FigureFormat.Humanize(row.Covariate),
                new TableCell(MeanSd(row.PilotMean, row.PilotSd), $"n = {FigureFormat.Count(row.PilotCustomers)}"),
                new TableCell(MeanSd(row.ControlMean, row.ControlSd), $"n = {FigureFormat.Count(row.ControlCustomers)}"),
                new TableCell(
                    row.StandardizedDifference is { } d ? FigureFormat.SignedNumber(d, 3) : FigureFormat.Missing,
                    row.IsImbalanced ? "imbalanced: |d| > 0.1" : null,
                    row.IsImbalanced ? CellTone.Bad : CellTone.Normal));
        }

        var intro = "Each covariate is measured before assignment. The standardized difference is the gap in means "
            + "over the pooled standard deviation; beyond 0.1 either way the arms differ on it before the pilot began, "
            + "which a randomised split makes unlikely and an observational one must adjust for.";
        layout.Heading("Balance of the arms before the pilot", ReportTheme.Subheading, 60f, 3f);
        layout.Paragraph(intro, ReportTheme.Note, 5f);
        if (measured.Count == 0)
        {
            layout.Paragraph("The warehouse has no pre-period covariates for this pilot.", ReportTheme.Body);
        }
        else
        {
            table.Draw(layout);
        }

        var unmeasured = balance.Except(measured)
            .Select(row => FigureFormat.Humanize(row.Covariate).ToLowerInvariant())
            .ToList();
        if (unmeasured.Count > 0)
        {
            layout.Paragraph(
                $"Not shown, as no customer of either arm has a pre-period value: {string.Join(", ", unmeasured)}.",
                ReportTheme.Note,
                4f);
        }
    }

    private static void WriteIntegrity(ReportLayout layout, IReadOnlyList<IntegrityResult> checks)
    {
        layout.Space(12f);
        layout.Heading("Integrity checks", ReportTheme.Subheading, 50f, 3f);
        if (checks.Count == 0)
        {
            layout.Paragraph("The warehouse has no integrity checks for this pilot.", ReportTheme.Body);
            return;
        }

        var table = new ReportTable(
        [
            new TableColumn("Check", 1.6f),
            new TableColumn("Failing", 0.6f, SKTextAlign.Right),
            new TableColumn("Result", 2.6f),
        ]);
        foreach (var check in checks)
        {
            table.Add(
                FigureFormat.Humanize(check.CheckName),
                FigureFormat.Count(check.Failing),
                new TableCell(check.Detail, Tone: check.Failing > 0 ? CellTone.Bad : CellTone.Good));
        }

        table.Draw(layout);
    }

    private static string MeanSd(double? mean, double? sd) =>
        $"{FigureFormat.Amount(mean)} ({FigureFormat.Amount(sd)})";
}
