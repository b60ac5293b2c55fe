using SkiaSharp;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Monthly;

/// <summary>Risk and engagement side by side: the segment table and the early-warning flag counts.</summary>
internal static class SegmentSection
{
    public const string Title = "Risk and engagement";

    private const float NoteGap = 5f;

    /// <summary>The risk band as <c>marts.customer_month_profile</c> sets it (docs/schema.md).</summary>
    public const string RiskBandRule =
        "From the customer's accounts at month end, the first rule that holds: delinquent 30 or more days past "
        + "due on any account, or any account charged off; high 1-29 days past due, or bureau score below 580; "
        + "medium up to date with a score of 580-669 or no score; low up to date with a score of 670 or more.";

    /// <summary>The engagement band as <c>marts.customer_month_profile</c> sets it (docs/schema.md).</summary>
    public const string EngagementBandRule =
        "From how many of this month and the two before had a customer-initiated digital action (login, click, "
        + "app action, visit, purchase or inbound call): engaged 2 or 3, passive 1, dark 0.";

    /// <summary>The note under the segment table: both bands, and whom the table counts.</summary>
    public static readonly string BandDefinitions =
        $"Risk band, {Lowercased(RiskBandRule)} Engagement band, {Lowercased(EngagementBandRule)}"
        + " The table counts the customers whose profile this month has an account snapshot, charged-off "
        + "accounts included; that is why its total differs from active customers, who have an open account or "
        + "an active status.";

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
            $"Customers in {month} by risk band and engagement band, with the balance of their open accounts. The "
                + $"last column shows how each cell fared: of the customers in that cell in {previousMonth}, the "
                + $"share 30+ days past due in {month}.",
            SegmentTable(report),
            "The warehouse has no segments for this month.",
            BandDefinitions);

        layout.Space(18f);
        TableWithIntro(
            layout,
            "Early-warning flags",
            "Distinct customers each rule flagged; a customer can be flagged by more than one rule.",
            EarlyWarningTable(report, month, previousMonth),
            $"No customer was flagged in {month} or {previousMonth}.");
    }

    /// <summary>
    /// A subheading, a sentence on reading the table, the table and a note under it, kept together as they start;
    /// without rows, the <paramref name="empty"/> sentence instead of all but the subheading.
    /// </summary>
    private static void TableWithIntro(
        ReportLayout layout,
        string title,
        string intro,
        ReportTable table,
        string empty,
        string? note = null)
    {
        var hasRows = table.RowCount > 0;
        var text = hasRows ? intro : empty;
        var textHeight = TextWrapper.Wrap(text, ReportTheme.Body, layout.Width).Count * ReportTheme.Body.LineHeight;
        var tableStart = hasRows ? table.StartHeight(layout) : 0f;
        var noteHeight = hasRows && note is not null
            ? NoteGap + (TextWrapper.Wrap(note, ReportTheme.Note, layout.Width).Count * ReportTheme.Note.LineHeight)
            : 0f;

        // The note belongs to the table: it is kept with it whenever the whole table is kept in one piece.
        var keep = tableStart >= table.Height(layout.Width) ? tableStart + noteHeight : tableStart;
        layout.Heading(title, ReportTheme.Subheading, textHeight + 8f + keep, 3f);
        layout.Paragraph(text, ReportTheme.Body, 8f);
        if (!hasRows)
        {
            return;
        }

        table.Draw(layout);
        if (note is not null)
        {
            layout.Space(NoteGap);
            layout.Paragraph(note, ReportTheme.Note);
        }
    }

    private static ReportTable SegmentTable(MonthlyReport report)
    {
        var table = new ReportTable(
        [
            new TableColumn("Risk band", 1.1f),
            new TableColumn("Engagement band", 1.2f),
            new TableColumn("Customers", 1f, SKTextAlign.Right),
            new TableColumn("Share of customers", 1f, SKTextAlign.Right),
            new TableColumn("Balance", 1f, SKTextAlign.Right),
            new TableColumn("Of last month's customers in this cell: share 30+ now", 1.9f, SKTextAlign.Right),
        ]);
        if (report.Segments.Count == 0)
        {
            return table;
        }

        var totalCustomers = report.Segments.Sum(s => s.Customers);
        var totalBalance = report.Segments.Sum(s => s.Balance);
        var money = MoneyUnit.For(report.Segments.Select(s => s.Balance).Append(totalBalance));
        foreach (var segment in report.Segments)
        {
            table.Add(
                FigureFormat.Humanize(segment.RiskBand),
                FigureFormat.Humanize(segment.EngagementBand),
                FigureFormat.Count(segment.Customers),
                FigureFormat.Rate(totalCustomers == 0 ? null : (double)segment.Customers / totalCustomers),
                money.Format(segment.Balance),
                FigureFormat.Rate(segment.LastMonthCellRate30PlusThisMonth));
        }

        table.Add(
            new TableCell("Total", Tone: CellTone.Strong),
            "",
            new TableCell(FigureFormat.Count(totalCustomers), Tone: CellTone.Strong),
            new TableCell(FigureFormat.Rate(totalCustomers == 0 ? null : 1d), Tone: CellTone.Strong),
            new TableCell(money.Format(totalBalance), Tone: CellTone.Strong),
            "");
        return table;
    }

    private static string Lowercased(string sentence) => char.ToLowerInvariant(sentence[0]) + sentence[1..];

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
