using System.Globalization;
using Dapper;
using DuckDB.NET.Data;
using Warehouse.Etl;

namespace Warehouse.Reports.Monthly;

/// <summary>
/// Reads the figures of the monthly leadership report from the warehouse marts, the pilot dimension and
/// assignments, and <c>meta.load_batches</c>. It only reads: run it on a read-only connection if you like.
/// </summary>
public sealed class MonthlyReportQuery
{
    private static readonly string[] RequiredTables =
    [
        "marts.portfolio_kpis_monthly",
        "marts.risk_engagement_segments",
        "marts.early_warning_flags",
        "marts.pilot_lift",
        "core.dim_pilot",
        "core.fct_pilot_assignment",
        "meta.load_batches",
    ];

    private static readonly string[] RiskBandOrder = ["low", "medium", "high", "delinquent"];

    private static readonly string[] EngagementBandOrder = ["engaged", "passive", "dark"];

    private readonly string _portfolioTitle;

    /// <param name="portfolioTitle">The portfolio's name for the cover and running header.</param>
    public MonthlyReportQuery(string portfolioTitle)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(portfolioTitle);
        _portfolioTitle = portfolioTitle;
    }

    /// <summary>
    /// The report for the calendar month containing <paramref name="month"/> (any day of it will do).
    /// </summary>
    /// <exception cref="WarehouseException">
    /// With <see cref="ExitCode.NotFound"/> when a mart the report reads is missing, or when
    /// <c>marts.portfolio_kpis_monthly</c> has no row for the month; the message names the months it has.
    /// </exception>
    public MonthlyReport Load(DuckDBConnection connection, DateOnly month)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var monthDate = MonthEnd(month);
        var previousMonthDate = MonthEnd(monthDate.AddMonths(-1));
        EnsureTablesExist(connection);

        var trend = connection.Query<PortfolioMonth>(
                MonthlyReportSql.PortfolioMonths,
                new { first_month = MonthEnd(monthDate.AddMonths(-11)), month = monthDate })
            .ToList();
        var current = trend.SingleOrDefault(m => m.MonthDate == monthDate)
            ?? throw MonthNotFound(connection, monthDate);
        var previous = trend.SingleOrDefault(m => m.MonthDate == previousMonthDate);

        var segments = connection.Query<SegmentRow>(
                MonthlyReportSql.Segments,
                new { month = monthDate, previous_month = previousMonthDate })
            .OrderBy(s => Rank(RiskBandOrder, s.RiskBand))
            .ThenBy(s => Rank(EngagementBandOrder, s.EngagementBand))
            .ThenBy(s => s.RiskBand, StringComparer.Ordinal)
            .ThenBy(s => s.EngagementBand, StringComparer.Ordinal)
            .ToList();
        var earlyWarnings = connection.Query<EarlyWarningCount>(
                MonthlyReportSql.EarlyWarnings,
                new { month = monthDate, previous_month = previousMonthDate })
            .ToList();
        var pilotLift = connection.Query<PilotLiftRow>(MonthlyReportSql.PilotLift).ToList();
        var pilots = connection.Query<Pilot>(MonthlyReportSql.Pilots).ToList();
        var dataQuality = connection.Query<DataQualityRow>(MonthlyReportSql.DataQuality).ToList();
        var dataLoadedAt = connection.ExecuteScalar<DateTime?>(MonthlyReportSql.DataLoadedAt);

        return new MonthlyReport(
            monthDate,
            _portfolioTitle,
            dataLoadedAt,
            KpiCatalog.Tiles(current, previous, trend),
            trend,
            segments,
            earlyWarnings,
            pilotLift,
            pilots,
            dataQuality);
    }

    /// <summary>The last day of the calendar month containing <paramref name="day"/>.</summary>
    public static DateOnly MonthEnd(DateOnly day) =>
        new(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month));

    private static void EnsureTablesExist(DuckDBConnection connection)
    {
        var present = connection.Query<string>(MonthlyReportSql.ReportTables).ToHashSet(StringComparer.Ordinal);
        var missing = RequiredTables.Where(t => !present.Contains(t)).ToList();
        if (missing.Count > 0)
        {
            throw new WarehouseException(
                $"The warehouse lacks {string.Join(", ", missing)}, which the monthly report reads. "
                + "Load the extracts, build the models and run the pilot lift before asking for the report.",
                ExitCode.NotFound);
        }
    }

    private static WarehouseException MonthNotFound(DuckDBConnection connection, DateOnly monthDate)
    {
        var available = connection.Query<DateOnly>(MonthlyReportSql.AvailableMonths).ToList();
        var asked = monthDate.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        var message = available.Count == 0
            ? $"The warehouse has no portfolio KPIs for any month, so none for {asked}. "
                + "Load the extracts and build the models first."
            : $"The warehouse has no portfolio KPIs for {asked}. Months available: "
                + string.Join(", ", available.Select(m => m.ToString("yyyy-MM", CultureInfo.InvariantCulture)))
                + ".";
        return new WarehouseException(message, ExitCode.NotFound);
    }

    // Known bands in their natural order; a band the marts add later sorts after them.
    private static int Rank(string[] order, string band)
    {
        var index = Array.IndexOf(order, band);
        return index < 0 ? order.Length : index;
    }
}
