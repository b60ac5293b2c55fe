using Warehouse.Reports.Monthly;

namespace Warehouse.Reports.Tests.Monthly;

/// <summary>
/// The top of each pilot's block read back from the PDF: name, id in small type, owner, dates, outcome window
/// and planned split as <see cref="SampleMonthlyReport.Pilots"/> states them, and the sentence for a pilot
/// from another period.
/// </summary>
public sealed class PilotHeaderTests(RenderedSampleReport rendered) : IClassFixture<RenderedSampleReport>
{
    private static readonly DateOnly March2024 = new(2024, 3, 31);

    [Fact]
    public void Each_pilot_gives_its_owner_dates_outcome_window_and_planned_split()
    {
        PdfText.AssertInOrder(
            rendered.Text.All,
            "Digital payment nudges Pilot id P-NUDGE",
            "Owner Customers treated Outcome window Planned split",
            "Digital engagement 1 Jan 2024 to 29 Feb 2024 30 days after assignment 50.0% pilot, 50.0% control team",
            "Early courtesy call Pilot id P-CALL",
            "Owner Customers treated Outcome window Planned split",
            "Collections strategy since 1 Feb 2024 45 days after assignment 50.0% pilot, 50.0% control (running)");
    }

    [Fact]
    public void The_pilot_name_is_the_heading_and_its_id_is_in_small_type()
    {
        var page = rendered.Words.Pages[rendered.Words.PageOf("Digital payment nudges")];
        var name = PdfWords.Find(page, "Digital payment nudges");
        var id = PdfWords.Find(page, "P-NUDGE");

        Assert.True(
            id.PointSize < name.PointSize * 0.8,
            $"The id is {id.PointSize} pt beside a {name.PointSize} pt name.");
        Assert.True(id.Left > name.Right, "The id sits to the right of the name.");
        Assert.Equal(0, rendered.Text.Count("(P-NUDGE)"));
    }

    [Fact]
    public void Results_from_a_pilot_that_ran_years_before_the_report_month_say_so()
    {
        // Treated on 1 March 2008 with 14-day windows: all outcomes fall in March 2008, far outside the months
        // April 2023 to March 2024 that the report covers.
        var report = SampleMonthlyReport.Build() with
        {
            Pilots =
            [
                new Pilot("P-NUDGE", "Men's e-mail", "E-mail marketing", new DateOnly(2008, 3, 1),
                    new DateOnly(2008, 3, 1), 14, 0.5, new DateOnly(2008, 3, 1), new DateOnly(2008, 3, 15)),
            ],
        };

        var text = PdfText.Read(RenderedSampleReport.Render(report)).All;

        PdfText.AssertInOrder(
            text,
            "Men's e-mail Pilot id P-NUDGE",
            "E-mail marketing on 1 Mar 2008 14 days after assignment",
            "These results come from a pilot that ran in March 2008, not in the report month.",
            "Sample ratio as planned");
        Assert.Equal(1, PdfText.Read(RenderedSampleReport.Render(report)).Count("not in the report month"));
        Assert.Equal(0, rendered.Text.Count("not in the report month"));
    }

    [Fact]
    public void A_pilot_the_warehouse_does_not_describe_keeps_its_lift_name_and_says_so()
    {
        var report = SampleMonthlyReport.Build() with { Pilots = [] };

        var text = PdfText.Read(RenderedSampleReport.Render(report)).All;

        PdfText.AssertInOrder(
            text,
            "Digital payment nudges Pilot id P-NUDGE",
            "Pilot not described in the warehouse's pilot table (core.dim_pilot)");
    }

    [Theory]

    // The report for March 2024 covers 1 March 2023 to 31 March 2024. A window counts the days after its
    // assignment date up to its end date.
    [InlineData("2023-01-01", "2023-02-28", true)]
    [InlineData("2023-01-01", "2023-03-01", false)]
    [InlineData("2024-03-30", "2024-04-29", false)]
    [InlineData("2024-03-31", "2024-04-30", true)]
    [InlineData("2022-06-01", "2025-01-01", false)]
    public void A_pilot_is_from_another_period_only_when_no_outcome_day_falls_in_the_covered_months(
        string firstAssigned,
        string lastWindowEnd,
        bool isElsewhere)
    {
        var pilot = new Pilot(
            "P", "Pilot", "Team", DateOnly.Parse(firstAssigned), null, 30, 0.5,
            DateOnly.Parse(firstAssigned), DateOnly.Parse(lastWindowEnd));

        Assert.Equal(new DateOnly(2023, 3, 1), PilotHeader.CoverageStart(March2024));
        Assert.Equal(isElsewhere, pilot.HasOutcomesOnlyOutside(PilotHeader.CoverageStart(March2024), March2024));
    }

    [Fact]
    public void A_pilot_without_assignments_is_never_placed_in_another_period()
    {
        var pilot = new Pilot("P", "Pilot", "Team", new DateOnly(2008, 3, 1), null, 30, 0.5, null, null);

        Assert.False(pilot.HasOutcomesOnlyOutside(new DateOnly(2023, 3, 1), March2024));
    }
}
