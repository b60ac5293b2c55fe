using System.Globalization;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Monthly;

/// <summary>
/// Arrears in depth: the report month's roll-rate matrix and delinquency by vintage, each as a heat map whose
/// cells print their value.
/// </summary>
internal static class ArrearsSection
{
    public const string Title = "Arrears in depth";

    /// <summary>Ages, in months on book, the vintage table has a column for.</summary>
    public static readonly int[] VintageAges = [3, 6, 9, 12, 15, 18, 21, 24];

    /// <summary>Quarters of opening the vintage table shows at most, the latest first.</summary>
    public const int MostVintages = 8;

    private static readonly string[] FromBuckets = ["current", "1-29", "30-59", "60-89", "90+"];

    private static readonly string[] ToBuckets = ["current", "1-29", "30-59", "60-89", "90+", "charged_off"];

    public static void Write(ReportLayout layout, MonthlyReport report)
    {
        var month = FigureFormat.ShortMonth(report.Month);
        var previousMonth = FigureFormat.ShortMonth(report.Month.AddMonths(-1));
        layout.StartSection(Title, onNewPage: true);
        layout.Paragraph(Title, ReportTheme.SectionHeading, 6f);

        var rolls = RollRateGrid(report);
        GridWithIntro(
            layout,
            $"Roll rates, {previousMonth} to {month}",
            $"Of the accounts in each delinquency bucket at the end of {previousMonth} (rows), the share in each "
                + $"bucket at the end of {month} (columns); the small figure is the accounts. Darker cells hold "
                + "larger shares, on a square-root scale so that small rolls show; every cell prints its value.",
            rolls,
            $"No roll rates for {month}: the warehouse has no account snapshots for both {previousMonth} and {month}.");

        layout.Space(16f);
        var vintages = VintageGrid(report);
        GridWithIntro(
            layout,
            "Delinquency by vintage",
            "Accounts grouped by the quarter they were opened (rows) and followed by months on book (columns): the "
                + "share 30+ days past due or charged off, over the vintage's accounts with a snapshot at that age; "
                + "the small figure is the accounts. A cell is shown once every month of its quarter has reached "
                + $"that age by {month} within the months the warehouse holds, so an early quarter's first ages can "
                + "be blank. Darker cells hold larger shares.",
            vintages,
            $"No vintage has reached {VintageAges[0]} months on book within the months the warehouse holds.");
    }

    /// <summary>The roll-rate matrix, from-buckets as rows, to-buckets as columns; empty without roll rates.</summary>
    public static HeatGrid RollRateGrid(MonthlyReport report)
    {
        var grid = new HeatGrid("Last month \\ this month", ToBuckets.Select(BucketName).ToList());
        if (report.RollRates.Count == 0)
        {
            return grid;
        }

        foreach (var from in FromBuckets)
        {
            var row = report.RollRates.Where(r => r.FromBucket == from).ToList();
            var accounts = row.Sum(r => r.Accounts);
            var cells = ToBuckets
                .Select(to => row.FirstOrDefault(r => r.ToBucket == to) is { Share: { } share } cell
                    ? new HeatCell(FigureFormat.Rate(share), Math.Sqrt(share), FigureFormat.Count(cell.Accounts))
                    : new HeatCell(FigureFormat.Missing, null))
                .ToList();
            grid.Add(BucketName(from), $"{FigureFormat.Count(accounts)} accounts", cells);
        }

        return grid;
    }

    /// <summary>
    /// Delinquency by vintage: the latest <see cref="MostVintages"/> quarters with a value at one of
    /// <see cref="VintageAges"/>, newest at the bottom; shades scale to the largest rate shown.
    /// </summary>
    public static HeatGrid VintageGrid(MonthlyReport report)
    {
        var grid = new HeatGrid(
            "Opened in \\ months on book",
            VintageAges.Select(a => a.ToString(CultureInfo.InvariantCulture)).ToList());
        var cells = report.Vintages.Where(v => VintageAges.Contains(v.MonthsOnBook) && v.Accounts > 0).ToList();
        var quarters = cells.Select(v => v.QuarterStart).Distinct().Order().TakeLast(MostVintages).ToList();
        var largest = cells
            .Where(v => quarters.Contains(v.QuarterStart))
            .Select(v => v.Rate ?? 0)
            .DefaultIfEmpty(0)
            .Max();
        foreach (var quarter in quarters)
        {
            var row = VintageAges
                .Select(age => cells.FirstOrDefault(v => v.QuarterStart == quarter && v.MonthsOnBook == age) is { } cell
                    ? new HeatCell(
                        FigureFormat.Rate(cell.Rate),
                        largest > 0 ? cell.Rate / largest : 0,
                        FigureFormat.Count(cell.Accounts))
                    : new HeatCell("", null))
                .ToList();
            grid.Add(QuarterName(quarter), null, row);
        }

        return grid;
    }

    /// <summary>"2025 Q1" for a quarter starting on 1 January 2025.</summary>
    public static string QuarterName(DateOnly quarterStart) =>
        $"{quarterStart.Year.ToString(CultureInfo.InvariantCulture)} Q{((quarterStart.Month - 1) / 3) + 1}";

    private static string BucketName(string bucket) => bucket switch
    {
        "current" => "Current",
        "charged_off" => "Charged off",
        _ => $"{bucket} days",
    };

    private static void GridWithIntro(ReportLayout layout, string title, string intro, HeatGrid grid, string empty)
    {
        var hasRows = grid.RowCount > 0;
        var text = hasRows ? intro : empty;
        var textHeight = TextWrapper.Wrap(text, ReportTheme.Body, layout.Width).Count * ReportTheme.Body.LineHeight;
        layout.Heading(title, ReportTheme.Subheading, textHeight + 8f + (hasRows ? grid.Height(layout.Width) : 0f), 3f);
        layout.Paragraph(text, ReportTheme.Body, 8f);
        if (hasRows)
        {
            grid.Draw(layout);
        }
    }
}
