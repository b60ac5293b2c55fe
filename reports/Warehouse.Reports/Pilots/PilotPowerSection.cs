using SkiaSharp;
using Warehouse.Reports.Layout;
using Warehouse.Reports.Monthly;

namespace Warehouse.Reports.Pilots;

/// <summary>
/// Power per goal: the smallest effect the pilot's size can detect and how many customers the effect seen so far
/// would need, from <c>marts.pilot_power</c>.
/// </summary>
internal static class PilotPowerSection
{
    public const string Title = "Power";

    public static void Write(ReportLayout layout, PilotReport report)
    {
        var table = new ReportTable(
        [
            new TableColumn("Metric", 1.4f),
            new TableColumn("Customers sized", 0.9f, SKTextAlign.Right),
            new TableColumn("Minimum detectable effect", 1.3f, SKTextAlign.Right),
            new TableColumn("Effect seen", 0.9f, SKTextAlign.Right),
            new TableColumn("Customers needed", 0.9f, SKTextAlign.Right),
        ]);
        foreach (var power in report.Power)
        {
            table.Add(
                new TableCell(PilotMetricLabels.For(power.Metric), power.Note),
                new TableCell(FigureFormat.Count(power.Customers), power.SizeBasis),
                new TableCell(MetricFormat.Size(power.MetricKind, power.MdeAbsolute),
                    power.MdeRelative is { } relative ? $"{FigureFormat.Rate(relative)} of the baseline" : null),
                MetricFormat.Change(power.MetricKind, power.ObservedLift),
                FigureFormat.Count(power.CustomersNeeded));
        }

        layout.Space(16f);
        layout.StartSection(Title, onNewPage: false, keepWithNext: 160f);
        layout.Paragraph(Title, ReportTheme.SectionHeading, 6f);
        var first = report.Power.FirstOrDefault();
        layout.Paragraph(
            "The minimum detectable effect is the smallest true lift the pilot's size finds "
            + (first is null ? "" : $"{FigureFormat.Rate(first.Power)} of the time at a two-sided "
                + $"{FigureFormat.Rate(first.Alpha)} level ")
            + "(for a guardrail, the room against its margin). Customers needed is the size, both arms, at which the "
            + "effect seen so far would be detected as often; a dash where none would.",
            ReportTheme.Note,
            5f);
        if (report.Power.Count == 0)
        {
            layout.Paragraph("The lift job wrote no power figures for this pilot.", ReportTheme.Body);
            return;
        }

        table.Draw(layout);
    }
}
