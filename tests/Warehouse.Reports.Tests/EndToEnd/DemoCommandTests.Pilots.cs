namespace Warehouse.Reports.Tests.EndToEnd;

/// <summary>The pilot reports of the shared demo run, and <c>warehouse report pilot</c> on its warehouse.</summary>
public sealed partial class DemoCommandTests
{
    private static readonly string[] DemoPilots = ["digital-coaching", "early-outreach"];

    [Fact]
    public void The_demo_writes_one_pilot_report_per_pilot_and_names_each()
    {
        var named = _demo.Output.Split('\n')
            .Where(l => l.StartsWith("Pilot:", StringComparison.Ordinal))
            .Select(l => Path.GetFileName(l["Pilot:".Length..].Trim()))
            .ToList();

        Assert.Equal(DemoPilots.Select(p => $"pilot-report-{p}.pdf"), named);
        Assert.All(named, n => Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(_demo.ReportPath)!, n))));
    }

    [Theory]
    [InlineData("digital-coaching")]
    [InlineData("early-outreach")]
    public void A_pilot_report_states_the_verdict_and_reason_the_lift_job_wrote(string pilot)
    {
        var verdict = _demo.Query($"select verdict from marts.pilot_verdicts where pilot_id = '{pilot}'");
        var reason = _demo.Query($"select reason from marts.pilot_verdicts where pilot_id = '{pilot}'");
        var path = Path.Combine(Path.GetDirectoryName(_demo.ReportPath)!, $"pilot-report-{pilot}.pdf");

        var pdf = PdfText.Read(File.ReadAllBytes(path));

        var expected = verdict switch
        {
            "met" => "Verdict: Met",
            "not_met" => "Verdict: Not met",
            "inconclusive" => "Verdict: Inconclusive",
            _ => "Verdict: Not decision-ready",
        };
        Assert.Contains(expected, pdf.Pages[0], StringComparison.Ordinal);
        // Compared without spaces: a line may break after the hyphen of "difference-in-differences".
        Assert.Contains(Unspaced(Labelled(reason)), Unspaced(pdf.Pages[0]), StringComparison.Ordinal);
        Assert.DoesNotContain("_", pdf.Pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_pilot_report_shows_every_goal_balance_row_and_integrity_check_with_its_fonts_embedded()
    {
        var path = Path.Combine(Path.GetDirectoryName(_demo.ReportPath)!, "pilot-report-early-outreach.pdf");

        var pdf = PdfText.Read(File.ReadAllBytes(path));

        // The demo's planted goals of early-outreach (data-samples README and the generator's truth.json).
        foreach (var goal in new[] { "Roll to 30+ days past due", "NPS", "Digital engagement", "Digital actions",
            "Paid over due" })
        {
            // The forest plot, the goal's table, CUPED, power, lift over time and the verdict table.
            Assert.True(pdf.Count(goal) >= 5, $"{goal} appears {pdf.Count(goal)} times");
        }

        foreach (var covariate in new[] { "Bureau score", "Days past due", "Balance", "Months on book",
            "Prior digital actions" })
        {
            Assert.Contains(covariate, pdf.All, StringComparison.Ordinal);
        }

        Assert.Contains("Customers in both arms", pdf.All, StringComparison.Ordinal);
        Assert.Contains("Outcomes before assignment", pdf.All, StringComparison.Ordinal);
        Assert.Contains("Assigned outside pilot dates", pdf.All, StringComparison.Ordinal);
        Assert.Contains("Secondary metrics (Holm-adjusted p-values)", pdf.All, StringComparison.Ordinal);
        Assert.Contains("Pilot report \u00b7 Early outreach", pdf.Pages[1], StringComparison.Ordinal);
        Assert.Contains($"Page 2 of {pdf.Pages.Count}", pdf.Pages[1], StringComparison.Ordinal);
        Assert.All(pdf.FontsByPage.SelectMany(f => f), f => Assert.Contains("DejaVu", f, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("digital-coaching", "Digital coaching")]
    [InlineData("early-outreach", "Early outreach")]
    public void The_monthly_report_gives_each_pilot_its_verdict_and_joint_goal_from_the_marts(string pilot, string name)
    {
        var verdict = _demo.Query($"select verdict from marts.pilot_verdicts where pilot_id = '{pilot}'");
        var goals = _demo.Query($"""
            select string_agg(
                metric || ' (' || role || '): '
                    || replace(replace(goal_verdict, 'not_decision_ready', 'not decision-ready'), '_', ' '),
                '; ' order by role desc)
            from marts.pilot_lift
            where pilot_id = '{pilot}' and role in ('primary', 'guardrail')
            """);

        var reason = _demo.Query($"select reason from marts.pilot_verdicts where pilot_id = '{pilot}'");

        var pdf = PdfText.Read(File.ReadAllBytes(_demo.ReportPath));

        var label = verdict switch
        {
            "met" => "Verdict: Met",
            "not_met" => "Verdict: Not met",
            "inconclusive" => "Verdict: Inconclusive",
            _ => "NOT DECISION-READY",
        };
        var section = pdf.Pages.First(p => p.Contains($"Pilot id {pilot}", StringComparison.Ordinal));
        PdfText.AssertInOrder(Unspaced(section), Unspaced(name), Unspaced(label));
        Assert.Contains(Unspaced($"Joint goal: {Labelled(goals)}."), Unspaced(section), StringComparison.Ordinal);
        Assert.Contains(Unspaced(Labelled(reason)), Unspaced(section), StringComparison.Ordinal);
    }

    // The demo's goals name these metrics by id (data-samples README); the reports print their labels.
    private static string Labelled(string text) => text
        .Replace("roll_to_30_plus_rate", "Roll to 30+ days past due", StringComparison.Ordinal)
        .Replace("digital_actions", "Digital actions", StringComparison.Ordinal)
        .Replace("nps", "NPS", StringComparison.Ordinal);

    [Fact]
    public void An_observational_pilot_is_labelled_so_on_every_figure()
    {
        var path = Path.Combine(Path.GetDirectoryName(_demo.ReportPath)!, "pilot-report-digital-coaching.pdf");

        var pdf = PdfText.Read(File.ReadAllBytes(path));

        Assert.Contains("Observational (not randomised): difference-in-differences", pdf.All, StringComparison.Ordinal);
        Assert.Contains("parallel-trend", pdf.All, StringComparison.Ordinal);
        var monthly = PdfText.Read(File.ReadAllBytes(_demo.ReportPath));
        Assert.Contains("Observational (not randomised): difference-in-differences", monthly.All,
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_pilot_command_renders_the_same_bytes_twice_on_either_paper()
    {
        var first = Path.Combine(_demo.Folder, "pilot-a.pdf");
        var second = Path.Combine(_demo.Folder, "pilot-b.pdf");
        var letter = Path.Combine(_demo.Folder, "pilot-letter.pdf");

        var runs = new[]
        {
            WarehouseProcess.Run(_demo.Folder, "report", "pilot", "--pilot", "early-outreach", "--out", first,
                "--db", _demo.WarehousePath),
            WarehouseProcess.Run(_demo.Folder, "report", "pilot", "--pilot", "early-outreach", "--out", second,
                "--db", _demo.WarehousePath),
            WarehouseProcess.Run(_demo.Folder, "report", "pilot", "--pilot", "early-outreach", "--out", letter,
                "--db", _demo.WarehousePath, "--paper", "LETTER"),
        };

        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.Error));
        Assert.Contains($"Report written: {first}", runs[0].Output, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.NotEqual(File.ReadAllBytes(first), File.ReadAllBytes(letter));
    }

    [Fact]
    public void The_report_pilot_command_refuses_an_unknown_pilot_and_names_the_known_ones()
    {
        var output = Path.Combine(_demo.Folder, "no-such-pilot.pdf");

        var (exitCode, _, error) = WarehouseProcess.Run(
            _demo.Folder, "report", "pilot", "--pilot", "no-such-pilot", "--out", output, "--db", _demo.WarehousePath);

        Assert.Equal(6, exitCode);
        Assert.Contains("no pilot 'no-such-pilot'", error, StringComparison.Ordinal);
        Assert.Contains("digital-coaching, early-outreach", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void The_report_pilot_command_refuses_a_paper_it_does_not_know()
    {
        var output = Path.Combine(_demo.Folder, "bad-paper.pdf");

        var (exitCode, _, error) = WarehouseProcess.Run(
            _demo.Folder, "report", "pilot", "--pilot", "early-outreach", "--out", output, "--paper", "a5",
            "--db", _demo.WarehousePath);

        Assert.Equal(2, exitCode);
        Assert.Contains("--paper must be a4 or letter; it is 'a5'", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    private static string Unspaced(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
