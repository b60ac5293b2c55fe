using System.Globalization;
using Dapper;
using DuckDB.NET.Data;
using Warehouse.Etl;
using Warehouse.Etl.Contracts;
using Warehouse.Reports.Pilots;
namespace Warehouse.Reports.Monthly;

/// <summary>
/// Reads the figures of the monthly leadership report from the warehouse marts, the pilot dimension and
/// assignments, the raw tables' dates, and <c>meta</c> (load batches, build runs, and schema drift where the
/// warehouse records it). It only reads: run it on a read-only connection if you like.
/// </summary>
public sealed class MonthlyReportQuery
{
    private static readonly string[] RequiredTables =
    [
        "marts.portfolio_kpis_monthly",
        "marts.roll_rates_monthly",
        "marts.vintage_delinquency_monthly",
        "marts.risk_engagement_segments",
        "marts.early_warning_flags",
        "marts.pilot_lift",
        "core.dim_pilot",
        "core.fct_pilot_assignment",
        "meta.load_batches",
        "meta.build_runs",
    ];

    /// <summary>Months on book the vintage table reads, at most.</summary>
    public const int OldestVintageAge = 24;

    // The date of each extract that says which month its rows describe; pilots have none.
    private static readonly (string Extract, string Column)[] DataDates =
    [
        ("customers", "snapshot_date"),
        ("risk", "as_of_date"),
        ("engagement", "event_at"),
        ("surveys", "responded_at"),
        ("assignments", "assigned_date"),
    ];

    private static readonly Lazy<ContractCatalog> Contracts = new(ContractCatalog.LoadEmbedded);

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
        var yearAgoMonthDate = MonthEnd(monthDate.AddMonths(-12));
        var tables = connection.Query<string>(MonthlyReportSql.ReportTables).ToHashSet(StringComparer.Ordinal);
        EnsureTablesExist(tables);

        var trend = connection.Query<PortfolioMonth>(
                MonthlyReportSql.PortfolioMonths,
                new { first_month = yearAgoMonthDate, month = monthDate })
            .ToList();
        var current = trend.SingleOrDefault(m => m.MonthDate == monthDate)
            ?? throw MonthNotFound(connection, monthDate);
        var previous = trend.SingleOrDefault(m => m.MonthDate == previousMonthDate);
        var yearAgo = trend.SingleOrDefault(m => m.MonthDate == yearAgoMonthDate);

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
        var dataLoadedAt = connection.ExecuteScalar<DateTime?>(MonthlyReportSql.DataLoadedAt);
        var rollRates = connection.Query<RollRateCell>(MonthlyReportSql.RollRates, new { month = monthDate }).ToList();
        var vintages = connection.Query<VintageCell>(
                MonthlyReportSql.Vintages,
                new { month = monthDate, oldest_age = OldestVintageAge })
            .ToList();
        var batches = connection.Query<LoadBatch>(MonthlyReportSql.Batches).ToList();

        return new MonthlyReport(
            monthDate,
            _portfolioTitle,
            dataLoadedAt,
            KpiCatalog.Tiles(current, previous, yearAgo, trend),
            trend,
            segments,
            earlyWarnings,
            pilotLift,
            pilots,
            DataQuality(connection, tables),
            rollRates,
            vintages,
            batches,
            LatestBuild(connection))
        {
            PilotVerdicts = tables.Contains("marts.pilot_verdicts") ? PilotReportQuery.Verdicts(connection) : [],
            PilotGoals = tables.Contains("core.dim_pilot_goal") ? PilotReportQuery.Goals(connection) : [],
        };
    }

    /// <summary>The last day of the calendar month containing <paramref name="day"/>.</summary>
    public static DateOnly MonthEnd(DateOnly day) =>
        new(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month));

    private static void EnsureTablesExist(HashSet<string> present)
    {
        var missing = RequiredTables.Where(t => !present.Contains(t)).ToList();
        if (missing.Count > 0)
        {
            throw new WarehouseException(
                $"The warehouse lacks {string.Join(", ", missing)}, which the monthly report reads. "
                + BuildHint.RunBuildFirst,
                ExitCode.NotFound);
        }
    }

    /// <summary>
    /// Loads per extract, with the latest month its rows describe (from the raw tables present) and, when the
    /// warehouse keeps <c>meta.schema_drift</c>, the schema changes recorded for it.
    /// </summary>
    private static List<DataQualityRow> DataQuality(DuckDBConnection connection, HashSet<string> tables)
    {
        var rows = connection.Query<DataQualityRow>(MonthlyReportSql.DataQuality).ToList();
        var latest = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var (extract, column) in DataDates)
        {
            var contract = Contracts.Value.Get(extract);
            if (!tables.Contains(contract.RawTable))
            {
                continue;
            }

            // The column comes from the contract, whose names are plain identifiers: a renamed column fails
            // here rather than reading nothing.
            var date = connection.ExecuteScalar<DateTime?>(
                $"select cast(max(\"{contract.Column(column).Name}\") as date) from {contract.RawTable}");
            if (date is { } value)
            {
                latest[extract] = MonthEnd(DateOnly.FromDateTime(value));
            }
        }

        Dictionary<string, long>? drift = null;
        if (tables.Contains("meta.schema_drift"))
        {
            drift = connection.Query<(string Extract, long Changes)>(MonthlyReportSql.DriftChanges)
                .ToDictionary(d => d.Extract, d => d.Changes, StringComparer.Ordinal);
        }

        return rows
            .Select(r => r with
            {
                LatestDataMonth = latest.TryGetValue(r.Extract, out var month) ? month : null,
                DriftChanges = drift is null ? null : drift.GetValueOrDefault(r.Extract),
            })
            .ToList();
    }

    private static BuildProvenance? LatestBuild(DuckDBConnection connection)
    {
        var run = connection
            .QuerySingleOrDefault<(long RunId, DateTime FinishedAt, long TestsPassed, long TestsFailed)?>(
                MonthlyReportSql.LatestBuild);
        if (run is not { } found)
        {
            return null;
        }

        // a warehouse last built before builds recorded their SQL has no fingerprints to show
        var recordsSql = connection.ExecuteScalar<long>(MonthlyReportSql.BuildRunsRecordSql) > 0;
        var models = connection
            .Query<ModelVersion>(
                recordsSql ? MonthlyReportSql.BuiltModels : MonthlyReportSql.BuiltModelsWithoutSql,
                new { run_id = found.RunId })
            .ToList();
        return new BuildProvenance(found.RunId, found.FinishedAt, found.TestsPassed, found.TestsFailed, models);
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
