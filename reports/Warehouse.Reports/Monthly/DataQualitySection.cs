using SkiaSharp;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Monthly;

/// <summary>Appendix: what the loader took in per extract, and how the headline figures are defined.</summary>
internal static class DataQualitySection
{
    public const string Title = "Appendix: data quality and definitions";

    /// <summary>The relative lift and its Fieller interval, as the pilot tables cite them.</summary>
    public const string RelativeLiftDefinition = "Lift over the control arm's level, in percent. Its 95% interval "
        + "is Fieller's; when the control level is within its own 95% uncertainty of zero, that interval is "
        + "unbounded and only the absolute lift can be read.";

    /// <summary>Every figure and band the report shows, as the marts compute it (docs/schema.md).</summary>
    private static readonly (string Term, string Definition)[] Definitions =
    [
        ("30+, 60+, 90+ days past due",
            "Open accounts at least that many days past due at month end, over open accounts."),
        ("30+, 60+, 90+ by balance",
            "Balance owed on open accounts that many days past due over the balance owed on all open accounts; a "
            + "credit balance counts as 0."),
        ("Cure rate", "Of open accounts 30+ last month and seen this month, the share now current (0 days)."),
        ("Engagement rate",
            "Active customers with at least one digital action of their own in the month (login, click, app "
            + "action, visit, purchase, inbound call), over active customers; none without engagement data."),
        ("Right-party contact", "Outbound phone calls that connected, over outbound phone calls."),
        ("Promises kept", "Promises due in the month and paid in full by then, over those with a known outcome."),
        ("NPS",
            "Percent of the month's survey responses scoring 9-10 less percent scoring 0-6. Its 95% interval: the "
            + "score plus or minus 1.96 standard errors, the variance 100\u00b2 (P + D \u2212 (P \u2212 D)\u00b2) / n "
            + "from the shares P of promoters and D of detractors among n responses; none under 30 responses."),
        ("Default next month",
            "Of the open accounts whose month-end snapshot states whether they defaulted the following month, "
            + "the share stated as defaulted; shown only where the source states it."),
        ("Open accounts", "Accounts with a snapshot at month end that are not charged off."),
        ("Active customers",
            "Customers in the book with an open account or an active customer status at month end."),
        ("Within noise, beyond noise",
            "A change is beyond noise when chance alone would give one as large less than 5% of the time, each "
            + "month taken as an independent sample (the same accounts recur, so the rule errs towards steady). "
            + "Count rates: two-proportion z-test with the pooled share. A balance rate R, of balance owed B, has "
            + "variance ((1 \u2212 R)\u00b2 S_d + R\u00b2 (S \u2212 S_d)) / B\u00b2, S and S_d summing squared "
            + "balances over all and over the delinquent accounts. NPS: its variance above. A "
            + "change is beyond noise past 1.96 standard errors; under 30 accounts or responses in a month it is "
            + "too few to judge. Counts are exact and not judged."),
        ("Roll rate",
            "Of the accounts in a bucket last month with a snapshot this month, the share in each bucket now."),
        ("Vintage",
            "The accounts opened in one calendar quarter, followed by months on book (0 in the opening month): the "
            + "share 30+ days past due or charged off, over the vintage's accounts with a snapshot at that age."),
        ("Risk band", SegmentSection.RiskBandRule),
        ("Engagement band", SegmentSection.EngagementBandRule),
        ("Missed payment after digital silence",
            "Early-warning flag: 1 or more days past due after 0 days (or no account) the month before, no "
            + "customer-initiated digital action in the two months before, and some earlier digital action."),
        ("Broken promise to pay",
            "Early-warning flag: a promise to pay due in the month was not kept; the customer's payments from the "
            + "promise up to its due date fell short of the promised amount."),
        ("Bureau score drop while current",
            "Early-warning flag: every account up to date, but the lowest bureau score 50 points or more below "
            + "three months earlier; raised every month this holds."),
        ("Pilot lift",
            "Pilot arm less control arm over each customer's outcome window, with a 95% interval and a two-sided "
            + "p-value; the sample-ratio check compares the arms' sizes with the planned split."),
        ("Relative lift", RelativeLiftDefinition),
        ("Amounts",
            "Balances and spend are in the source's currency, as the extracts state them; the warehouse converts "
            + "none. A column of balances reads in one unit: k thousands, m millions, bn billions."),
    ];

    public static void Write(ReportLayout layout, MonthlyReport report)
    {
        layout.StartSection(Title, onNewPage: true);
        layout.Paragraph(Title, ReportTheme.SectionHeading, 6f);

        layout.Heading("Extract loads", ReportTheme.Subheading, 60f, 3f);
        layout.Paragraph(
            "Every file the warehouse was given, summed per extract. Rejected rows were set aside with a reason; "
            + "a refused file broke its contract and loaded nothing. The latest data month is the latest month the "
            + "extract's rows describe (snapshot, event, response or assignment date). "
            + (report.DataQuality.Any(e => e.DriftChanges is not null)
                ? "Drift changes counts the column changes (schema drift) recorded between an extract's deliveries. "
                : "")
            + $"Data last loaded: {FigureFormat.Timestamp(report.DataLoadedAt)}.",
            ReportTheme.Body,
            8f);
        WriteLoads(layout, report);

        layout.Space(10f);
        var definitions = new ReportTable([new TableColumn("Figure", 1.2f), new TableColumn("Definition", 4.3f)]);
        foreach (var (term, definition) in Definitions)
        {
            definitions.Add(new TableCell(term, Tone: CellTone.Strong), definition);
        }

        layout.Heading("Definitions", ReportTheme.Subheading, definitions.StartHeight(layout), 3f);
        definitions.Draw(layout);
    }

    private static void WriteLoads(ReportLayout layout, MonthlyReport report)
    {
        if (report.DataQuality.Count == 0)
        {
            layout.Paragraph("The warehouse has no record of any load.", ReportTheme.Body);
            return;
        }

        // Drift is shown only where the warehouse records it (meta.schema_drift); older warehouses do not.
        var hasDrift = report.DataQuality.Any(e => e.DriftChanges is not null);
        List<TableColumn> columns =
        [
            new TableColumn("Extract", 1.1f),
            new TableColumn("Files loaded", 0.8f, SKTextAlign.Right),
            new TableColumn("Files refused", 0.8f, SKTextAlign.Right),
            new TableColumn("Rows loaded", 1.1f, SKTextAlign.Right),
            new TableColumn("Rows rejected", 1f, SKTextAlign.Right),
            new TableColumn("Rejected share", 0.9f, SKTextAlign.Right),
        ];
        if (hasDrift)
        {
            columns.Add(new TableColumn("Drift changes", 0.9f, SKTextAlign.Right));
        }

        columns.Add(new TableColumn("Latest data month", 1f, SKTextAlign.Right));
        columns.Add(new TableColumn("Last loaded (UTC)", 1.6f, SKTextAlign.Right));
        var table = new ReportTable(columns);
        foreach (var extract in report.DataQuality)
        {
            List<TableCell> cells =
            [
                extract.Extract,
                FigureFormat.Count(extract.FilesLoaded),
                new TableCell(
                    FigureFormat.Count(extract.FilesRefused),
                    Tone: extract.FilesRefused > 0 ? CellTone.Bad : CellTone.Normal),
                FigureFormat.Count(extract.RowsLoaded),
                FigureFormat.Count(extract.RowsRejected),
                FigureFormat.SmallRate(extract.RejectedShare),
            ];
            if (hasDrift)
            {
                cells.Add(new TableCell(
                    FigureFormat.Count(extract.DriftChanges),
                    Tone: extract.DriftChanges > 0 ? CellTone.Bad : CellTone.Normal));
            }

            cells.Add(extract.LatestDataMonth is { } month ? FigureFormat.ShortMonth(month) : FigureFormat.Missing);
            cells.Add(FigureFormat.Timestamp(extract.LastLoadedAt, withZone: false));
            table.Add([.. cells]);
        }

        table.Draw(layout);
    }
}
