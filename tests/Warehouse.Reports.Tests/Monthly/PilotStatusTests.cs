using Warehouse.Reports.Layout;
using Warehouse.Reports.Monthly;
using Warehouse.Reports.Pilots;
using Warehouse.Reports.Tests.Layout;

namespace Warehouse.Reports.Tests.Monthly;

/// <summary>
/// A pilot that is not decision-ready because a guardrail cannot be judged, not because a check failed: an
/// observational, running pilot, whose status line is the longest the report writes.
/// </summary>
public sealed class PilotStatusTests
{
    // As the lift job words a guardrail without enough customers for difference-in-differences.
    private const string TooFew = "The pilot arm has 3 and the comparison group 1 customers with both a pre-period "
        + "value and an outcome; difference-in-differences needs at least two in each.";

    private static readonly PdfText Pdf = PdfText.Read(Render(PaperSize.A4));

    [Theory]
    [InlineData(PaperSize.A4)]
    [InlineData(PaperSize.Letter)]
    public void The_status_headline_wraps_inside_the_margins(PaperSize paper) =>
        PageMargins.AssertEveryWordInside(Render(paper), paper);

    [Fact]
    public void The_status_asks_for_an_explanation_only_when_a_check_failed()
    {
        PdfText.AssertInOrder(
            Pdf.All,
            "NOT DECISION-READY: see the verdict's reason",
            "Observed pilot share");

        // The sample's other pilot, P-CALL, fails its sample-ratio check and alone is asked for the cause.
        Assert.Equal(1, Pdf.Count("until the cause is explained"));
        PdfText.AssertInOrder(Pdf.All, "Early courtesy call", "until the cause is explained");
    }

    [Fact]
    public void A_goal_without_its_deciding_estimate_gives_the_verdicts_reason_not_the_notes_first_sentence()
    {
        Assert.Equal(1, Pdf.Count("no estimate: The pilot arm has 3"));
        Assert.Equal(0, Pdf.Count("no estimate: The control level"));
    }

    private static byte[] Render(PaperSize paper)
    {
        var report = SampleMonthlyReport.Build() with
        {
            PilotVerdicts =
            [
                new PilotVerdictSummary("P-NUDGE", "Digital payment nudges", "observational", "running",
                    "roll_to_30_plus_rate", "not_decision_ready",
                    "Observational (not randomised). Primary roll_to_30_plus_rate: Met: the 95% interval of the "
                        + "difference-in-differences (observational) lift lies wholly on the better side of zero. "
                        + $"But guardrail nps cannot be judged: {TooFew}",
                    0.498, 0.5, 0.945, 0, IsDecisionReady: false),
            ],
            PilotGoals =
            [
                Goal("roll_to_30_plus_rate", "rate", "primary", -0.02, "met", null, null),
                Goal("nps", "nps", "guardrail", null, "not_decision_ready", TooFew,
                    "The control level is within its own 95% uncertainty of zero, so the interval of the relative "
                        + $"lift is unbounded (Fieller); read the absolute lift. {TooFew}"),
            ],
        };
        using var output = new MemoryStream();
        new MonthlyReportRenderer(paper).Render(report, output);
        return output.ToArray();
    }

    private static PilotGoal Goal(
        string metric, string kind, string role, double? lift, string verdict, string? reason, string? note) =>
        new(
            "P-NUDGE", metric, kind, role, role == "primary" ? "decrease" : "increase", role == "guardrail" ? 2 : null,
            "observational", 104, 105, 0.1, 0.12, lift, lift - 0.01, lift + 0.01, null, 0.04, null, null, null,
            null, null, lift, lift - 0.01, lift + 0.01, 0.04, 0.001, 0.8, "did", null, verdict, reason, note);
}
