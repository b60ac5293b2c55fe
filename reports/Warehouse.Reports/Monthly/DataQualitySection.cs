using SkiaSharp;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Monthly;

/// <summary>Appendix: what the loader took in per extract, and how the headline figures are defined.</summary>
internal static class DataQualitySection
{
    public const string Title = "Appendix: data quality and definitions";

    private static readonly (string Term, string Definition)[] Definitions =
    [
        ("30+, 60+, 90+ days past due",
            "Accounts at least that many days past due at month end over accounts open at month end."),
        ("30+ by balance", "Balance of accounts 30+ days past due over the balance of all open accounts."),
        ("Cure rate", "Accounts 30+ days past due last month that are current this month, over those accounts."),
        ("Engagement rate",
            "Active customers with at least one digital action of their own in the month (login, click, app "
            + "action, visit, purchase, inbound call), over active customers."),
        ("Right-party contact", "Outbound contacts that reached the customer over outbound contact attempts."),
        ("Promises kept", "Promises to pay whose amount was paid by the promised date, over promises due."),
        ("NPS", "Percent of survey responses scoring 9-10 less percent scoring 0-6, over the month's responses."),
        ("Pilot lift",
            "Pilot arm less control arm over each customer's outcome window, with a 95% interval and a two-sided "
            + "p-value; the sample-ratio check compares the arms' sizes with the planned split."),
    ];

    public static void Write(ReportLayout layout, MonthlyReport report)
    {
        layout.StartSection(Title, onNewPage: true);
        layout.Paragraph(Title, ReportTheme.SectionHeading, 6f);

        layout.Heading("Extract loads", ReportTheme.Subheading, 60f, 3f);
        layout.Paragraph(
            "Every file the warehouse was given, summed per extract. Rejected rows were set aside with a reason "
            + "rather than loaded; a refused file broke its contract past the reject threshold and loaded nothing. "
            + $"Data last loaded: {FigureFormat.Timestamp(report.DataLoadedAt)}.",
            ReportTheme.Body,
            8f);
        WriteLoads(layout, report);

        layout.Space(18f);
        layout.Heading("Definitions", ReportTheme.Subheading, 40f, 3f);
        foreach (var (term, definition) in Definitions)
        {
            var termStyle = ReportTheme.Body with { Typeface = ReportFonts.Bold };
            layout.Heading(term, termStyle, ReportTheme.Body.LineHeight, 0f);
            layout.Paragraph(definition, ReportTheme.Body, 5f);
        }
    }

    private static void WriteLoads(ReportLayout layout, MonthlyReport report)
    {
        if (report.DataQuality.Count == 0)
        {
            layout.Paragraph("The warehouse has no record of any load.", ReportTheme.Body);
            return;
        }

        var table = new ReportTable(
        [
            new TableColumn("Extract", 1.4f),
            new TableColumn("Files loaded", 0.9f, SKTextAlign.Right),
            new TableColumn("Files refused", 0.9f, SKTextAlign.Right),
            new TableColumn("Rows loaded", 1.1f, SKTextAlign.Right),
            new TableColumn("Rows rejected", 1.1f, SKTextAlign.Right),
            new TableColumn("Rejected share", 1f, SKTextAlign.Right),
            new TableColumn("Last loaded (UTC)", 1.5f, SKTextAlign.Right),
        ]);
        foreach (var extract in report.DataQuality)
        {
            table.Add(
                extract.Extract,
                FigureFormat.Count(extract.FilesLoaded),
                new TableCell(
                    FigureFormat.Count(extract.FilesRefused),
                    Tone: extract.FilesRefused > 0 ? CellTone.Bad : CellTone.Normal),
                FigureFormat.Count(extract.RowsLoaded),
                FigureFormat.Count(extract.RowsRejected),
                FigureFormat.SmallRate(extract.RejectedShare),
                FigureFormat.Timestamp(extract.LastLoadedAt, withZone: false));
        }

        table.Draw(layout);
    }
}
