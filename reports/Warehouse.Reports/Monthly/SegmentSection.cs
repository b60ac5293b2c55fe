using SkiaSharp;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Monthly;

/// <summary>Risk and engagement side by side: the segment table and the early-warning flag counts.</summary>
internal static class SegmentSection
{
    public const string Title = "Risk and engagement";

    public static void Write(ReportLayout layout, MonthlyReport report)
    {
        var month = FigureFormat.ShortMonth(report.Month);
        var previousMonth = FigureFormat.ShortMonth(report.Month.AddMonths(-1));
        layout.Space(8f);
        layout.StartSection(Title, onNewPage: false, keepWithNext: 200f);
        layout.Paragraph(Title, ReportTheme.SectionHeading, 6f);

        TableWithIntro(
            layout,
            "Customers by risk band and engagement band",
            $"Customers in {month} by risk band (from days past due and bureau score) and engagement band. "
                + "The last two columns show how each cell fared: the share 30+ days past due a month later (a "
                + $"dash until that month is in), and for the same cell in {previousMonth}, the share 30+ in {month}.",
            SegmentTable(report, month, previousMonth),
            "The warehouse has no segments for this month.");

        layout.Space(18f);
        TableWithIntro(
            layout,
            "Early-warning flags",
            "Distinct customers each rule flagged; a customer can be flagged by more than one rule.",
            EarlyWarningTable(report, month, previousMonth),
            $"No customer was flagged in {month} or {previousMonth}.");
    }

    /// <summary>A subheading, a sentence on reading the table, and the table, kept together as they start.</summary>
    private static void TableWithIntro(ReportLayout layout, string title, string intro, ReportTable table, string empty)
    {
        var text = table.RowCount == 0 ? empty : intro;
        var textHeight = TextWrapper.Wrap(text, ReportTheme.Body, layout.Width).Count * ReportTheme.Body.LineHeight;
        var tableStart = table.RowCount == 0 ? 0f : table.StartHeight(layout);
        layout.Heading(title, ReportTheme.Subheading, textHeight + 8f + tableStart, 3f);
        layout.Paragraph(text, ReportTheme.Body, 8f);
        if (table.RowCount > 0)
        {
            table.Draw(layout);
        }
    }

    private static ReportTable SegmentTable(MonthlyReport report, string month, string previousMonth)
    {
        var table = new ReportTable(
        [
            new TableColumn("Risk band", 1.1f),
            new TableColumn("Engagement band", 1.2f),
            new TableColumn("Customers", 1f, SKTextAlign.Right),
            new TableColumn("Share of customers", 1f, SKTextAlign.Right),
            new TableColumn("Balance", 1f, SKTextAlign.Right),
            new TableColumn("30+ a month later", 1.1f, SKTextAlign.Right),
            new TableColumn($"{previousMonth} cell: 30+ in {month}", 1.4f, SKTextAlign.Right),
        ]);
        if (report.Segments.Count == 0)
        {
            return table;
        }

        var totalCustomers = report.Segments.Sum(s => s.Customers);
        foreach (var segment in report.Segments)
        {
            table.Add(
                FigureFormat.Humanize(segment.RiskBand),
                FigureFormat.Humanize(segment.EngagementBand),
                FigureFormat.Count(segment.Customers),
                FigureFormat.Rate(totalCustomers == 0 ? null : (double)segment.Customers / totalCustomers),
                FigureFormat.Money(segment.Balance),
                FigureFormat.Rate(segment.Rate30PlusNextMonth),
                FigureFormat.Rate(segment.LastMonthCellRate30PlusThisMonth));
        }

        table.Add(
            new TableCell("Total", Tone: CellTone.Strong),
            "",
            new TableCell(FigureFormat.Count(totalCustomers), Tone: CellTone.Strong),
            new TableCell(FigureFormat.Rate(totalCustomers == 0 ? null : 1d), Tone: CellTone.Strong),
            new TableCell(FigureFormat.Money(report.Segments.Sum(s => s.Balance)), Tone: CellTone.Strong),
            "",
            "");
        return table;
    }

    private static ReportTable EarlyWarningTable(MonthlyReport report, string month, string previousMonth)
    {
        var table = new ReportTable(
        [
            new TableColumn("Flag", 3.4f),
            new TableColumn($"Customers, {month}", 1.4f, SKTextAlign.Right),
            new TableColumn($"Customers, {previousMonth}", 1.4f, SKTextAlign.Right),
            new TableColumn("Change", 1f, SKTextAlign.Right),
        ]);
        foreach (var flag in report.EarlyWarnings)
        {
            table.Add(
                FigureFormat.Humanize(flag.Flag),
                FigureFormat.Count(flag.CustomersThisMonth),
                FigureFormat.Count(flag.CustomersLastMonth),
                FigureFormat.CountChange(flag.CustomersThisMonth - flag.CustomersLastMonth));
        }

        return table;
    }
}
