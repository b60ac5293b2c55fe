using SkiaSharp;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Monthly;

/// <summary>Risk and engagement side by side: the segment table and the early-warning flag counts.</summary>
internal static class SegmentSection
{
    public const string Title = "Risk and engagement";

    private static readonly string[] EngagementBands = ["engaged", "passive", "dark"];

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
        var matrix = SegmentMatrix(report, previousMonth);
        var intro = $"Customers in {month} by risk band (rows) and engagement band (columns). Under each count: its "
            + $"share of all customers in the grid and its movement since {previousMonth} (customers now less "
            + "customers then). The last column is the balance of the row's open accounts.";

        // The section's heading moves to a new page unless the first table's heading, intro and start fit under it.
        var firstTable = ReportTheme.Subheading.LineHeight + 3f
            + (TextWrapper.Wrap(intro, ReportTheme.Body, layout.Width).Count * ReportTheme.Body.LineHeight) + 8f
            + (matrix.RowCount > 0 ? matrix.StartHeight(layout) : ReportTheme.Body.LineHeight);
        layout.Space(8f);
        var keep = ReportTheme.SectionHeading.LineHeight + 6f + firstTable;
        layout.StartSection(Title, onNewPage: false, keepWithNext: keep);
        layout.Paragraph(Title, ReportTheme.SectionHeading, 6f);

        TableWithIntro(
            layout,
            "Customers by risk band and engagement band",
            intro,
            matrix,
            "The warehouse has no segments for this month.",
            BandDefinitions);

        layout.Space(14f);
        TableWithIntro(
            layout,
            "How last month's cells fared",
            $"Of the customers in each cell in {previousMonth}, the share 30+ days past due in {month}.",
            OutcomeMatrix(report),
            $"No outcome yet: the warehouse has no segments for {previousMonth}.");

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

    /// <summary>
    /// Risk bands as rows, engagement bands as columns, each cell its customers with their share and movement
    /// since last month; a total column, a balance column and a total row.
    /// </summary>
    private static ReportTable SegmentMatrix(MonthlyReport report, string previousMonth)
    {
        var table = new ReportTable(
        [
            new TableColumn("Risk band", 1.1f),
            .. EngagementBands.Select(b => new TableColumn(FigureFormat.Humanize(b), 1f, SKTextAlign.Right)),
            new TableColumn("All engagement bands", 1.1f, SKTextAlign.Right),
            new TableColumn("Balance", 0.9f, SKTextAlign.Right),
        ]);
        if (report.Segments.Count == 0)
        {
            return table;
        }

        var total = report.Segments.Sum(s => s.Customers);
        var money = MoneyUnit.For(report.Segments.Select(s => s.Balance).Append(report.Segments.Sum(s => s.Balance)));
        foreach (var risk in RiskBands(report))
        {
            var row = report.Segments.Where(s => s.RiskBand == risk).ToList();
            table.Add(
            [
                new TableCell(FigureFormat.Humanize(risk), Tone: CellTone.Strong),
                .. EngagementBands.Select(e => Cell(row.Where(s => s.EngagementBand == e).ToList(), total)),
                Cell(row, total),
                money.Format(row.Sum(s => s.Balance)),
            ]);
        }

        table.Add(
        [
            new TableCell("All risk bands", Tone: CellTone.Strong),
            .. EngagementBands.Select(e => Cell(report.Segments.Where(s => s.EngagementBand == e).ToList(), total)),
            Cell(report.Segments, total),
            new TableCell(money.Format(report.Segments.Sum(s => s.Balance)), Tone: CellTone.Strong),
        ]);
        return table;
    }

    /// <summary>Of last month's customers in each cell, the share 30+ now; empty when last month has no grid.</summary>
    private static ReportTable OutcomeMatrix(MonthlyReport report)
    {
        var table = new ReportTable(
        [
            new TableColumn("Risk band", 1.1f),
            .. EngagementBands.Select(b => new TableColumn(FigureFormat.Humanize(b), 1f, SKTextAlign.Right)),
        ]);
        if (report.Segments.All(s => s.CustomersLastMonth is null))
        {
            return table;
        }

        foreach (var risk in RiskBands(report))
        {
            table.Add(
            [
                new TableCell(FigureFormat.Humanize(risk), Tone: CellTone.Strong),
                .. EngagementBands.Select(e => report.Segments
                    .FirstOrDefault(s => s.RiskBand == risk && s.EngagementBand == e) is { } cell
                        ? new TableCell(
                            FigureFormat.Rate(cell.LastMonthCellRate30PlusThisMonth),
                            cell.CustomersLastMonth is { } then ? $"of {FigureFormat.Count(then)}" : null)
                        : new TableCell(FigureFormat.Missing)),
            ]);
        }

        return table;
    }

    // The customers of some cells: their count, then their share of all and their movement since last month.
    private static TableCell Cell(IReadOnlyList<SegmentRow> cells, long total)
    {
        var customers = cells.Sum(s => s.Customers);
        var share = FigureFormat.Rate(total == 0 ? null : (double)customers / total);
        var movement = cells.Count > 0 && cells.All(s => s.CustomersLastMonth is not null)
            ? FigureFormat.CountChange(customers - cells.Sum(s => s.CustomersLastMonth!.Value))
            : FigureFormat.Missing;
        return new TableCell(FigureFormat.Count(customers), $"{share} \u00b7 {movement}");
    }

    // Known bands in order, then any band the marts add later.
    private static IEnumerable<string> RiskBands(MonthlyReport report) =>
        report.Segments.Select(s => s.RiskBand).Distinct(StringComparer.Ordinal);

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
