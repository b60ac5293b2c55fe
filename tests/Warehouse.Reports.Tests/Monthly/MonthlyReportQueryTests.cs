using Warehouse.Etl;
using Warehouse.Reports.Monthly;

namespace Warehouse.Reports.Tests.Monthly;

/// <summary>
/// The report's figures read from a real in-memory DuckDB whose marts hold rows written here; the expected
/// values are those rows, worked through by hand in the comments.
/// </summary>
public sealed class MonthlyReportQueryTests : IDisposable
{
    private static readonly DateOnly January = new(2024, 1, 31);
    private static readonly DateOnly February = new(2024, 2, 29);
    private static readonly DateOnly March = new(2024, 3, 31);

    private readonly MonthlyMarts _marts = new();

    private readonly MonthlyReportQuery _query = new("Test portfolio");

    public void Dispose() => _marts.Dispose();

    [Fact]
    public void Any_day_of_a_month_loads_that_month_with_last_month_beside_it()
    {
        _marts.AddKpis(February, rate30Plus: 0.04, nps: 12.5);
        _marts.AddKpis(March, rate30Plus: 0.05, nps: 20);

        var report = _query.Load(_marts.Connection, new DateOnly(2024, 3, 5));

        Assert.Equal(March, report.Month);
        Assert.Equal("Test portfolio", report.PortfolioTitle);
        var delinquency = report.Kpis.Single(k => k.Label == "30+ days past due");
        Assert.Equal(0.05, delinquency.ThisMonth);
        Assert.Equal(0.04, delinquency.LastMonth);
        Assert.Equal(0.01, delinquency.Change!.Value, 12);
        var nps = report.Kpis.Single(k => k.Label == "NPS");
        Assert.Equal(KpiUnit.NetPromoterScore, nps.Unit);
        Assert.Equal(7.5, nps.Change);
    }

    [Fact]
    public void A_rate_the_mart_leaves_null_stays_missing_and_so_does_its_change()
    {
        _marts.AddKpis(February, promiseKeptRate: 0.6);
        _marts.AddKpis(March, promiseKeptRate: null);

        var report = _query.Load(_marts.Connection, March);

        var promises = report.Kpis.Single(k => k.Label == "Promises kept");
        Assert.Null(promises.ThisMonth);
        Assert.Equal(0.6, promises.LastMonth);
        Assert.Null(promises.Change);
        Assert.Null(report.Trend[^1].PromiseKeptRate);
    }

    [Fact]
    public void Without_last_month_in_the_mart_the_tiles_have_no_change()
    {
        _marts.AddKpis(January);
        _marts.AddKpis(March);

        var report = _query.Load(_marts.Connection, March);

        Assert.All(report.Kpis, tile => Assert.Null(tile.LastMonth));
        Assert.All(report.Kpis, tile => Assert.Null(tile.Change));
    }

    [Fact]
    public void The_trend_holds_the_twelve_months_ending_at_the_report_month_oldest_first()
    {
        // January 2023 to April 2024: sixteen months, of which April 2023 to March 2024 are in the window.
        for (var index = 0; index < 16; index++)
        {
            _marts.AddKpis(MonthlyReportQuery.MonthEnd(new DateOnly(2023, 1, 1).AddMonths(index)));
        }

        var report = _query.Load(_marts.Connection, March);

        Assert.Equal(12, report.Trend.Count);
        Assert.Equal(new DateOnly(2023, 4, 30), report.Trend[0].MonthDate);
        Assert.Equal(March, report.Trend[^1].MonthDate);
        Assert.Equal(report.Trend.Select(m => m.MonthDate).Order(), report.Trend.Select(m => m.MonthDate));
    }

    [Fact]
    public void The_next_month_default_tile_appears_only_where_the_source_states_it()
    {
        _marts.AddKpis(February);
        _marts.AddKpis(March);

        var unstated = _query.Load(_marts.Connection, March);
        _marts.Execute("""
            update marts.portfolio_kpis_monthly
            set default_next_month_rate = 0.004
            where month_date = '2024-02-29'
            """);
        var stated = _query.Load(_marts.Connection, March);

        Assert.DoesNotContain(unstated.Kpis, k => k.Label == "Default next month");
        var tile = stated.Kpis.Single(k => k.Label == "Default next month");
        Assert.Null(tile.ThisMonth);
        Assert.Equal(0.004, tile.LastMonth);
    }

    [Fact]
    public void Segments_come_in_band_order_with_last_months_cell_outcome_beside_them()
    {
        _marts.AddKpis(March);
        _marts.Execute("""
            insert into marts.risk_engagement_segments values
                ('2024-03-31', 'delinquent', 'dark', 40, 9000.50, null),
                ('2024-03-31', 'low', 'passive', 300, 120000.00, null),
                ('2024-03-31', 'low', 'engaged', 500, 250000.25, null),
                ('2024-03-31', 'high', 'engaged', 60, 30000.00, null),
                ('2024-02-29', 'low', 'engaged', 480, 240000.00, 0.01),
                ('2024-02-29', 'delinquent', 'dark', 35, 8000.00, 0.62),
                ('2024-01-31', 'low', 'passive', 290, 110000.00, 0.02)
            """);

        var report = _query.Load(_marts.Connection, March);

        Assert.Equal(
            ["low/engaged", "low/passive", "high/engaged", "delinquent/dark"],
            report.Segments.Select(s => $"{s.RiskBand}/{s.EngagementBand}"));
        var lowEngaged = report.Segments[0];
        Assert.Equal(500, lowEngaged.Customers);
        Assert.Equal(250000.25m, lowEngaged.Balance);
        Assert.Equal(0.01, lowEngaged.LastMonthCellRate30PlusThisMonth);
        Assert.Equal(0.62, report.Segments[3].LastMonthCellRate30PlusThisMonth);

        // Low/passive had a cell in January but none in February: nothing to show for March.
        Assert.Null(report.Segments[1].LastMonthCellRate30PlusThisMonth);
    }

    [Fact]
    public void Early_warnings_count_distinct_customers_per_flag_this_month_and_last()
    {
        _marts.AddKpis(March);
        _marts.Execute("""
            insert into marts.early_warning_flags values
                ('C1', '2024-03-31', 'digital_silence', 'r'),
                ('C2', '2024-03-31', 'digital_silence', 'r'),
                ('C3', '2024-03-31', 'digital_silence', 'r'),
                ('C1', '2024-03-31', 'broken_promise', 'r'),
                ('C1', '2024-02-29', 'digital_silence', 'r'),
                ('C4', '2024-02-29', 'score_drop', 'r'),
                ('C9', '2024-01-31', 'digital_silence', 'r')
            """);

        var report = _query.Load(_marts.Connection, March);

        // Ordered by this month's count, most first; January's flag is outside both months.
        Assert.Equal(
            [
                new EarlyWarningCount("digital_silence", 3, 1),
                new EarlyWarningCount("broken_promise", 1, 0),
                new EarlyWarningCount("score_drop", 0, 1),
            ],
            report.EarlyWarnings);
    }

    [Fact]
    public void Pilot_lift_rows_are_read_whole_primary_metric_first()
    {
        _marts.AddKpis(March);
        _marts.Execute("""
            insert into marts.pilot_lift (
                pilot_id, pilot_name, metric, metric_kind, is_primary, pilot_customers, control_customers,
                pilot_mean, control_mean, absolute_lift, absolute_ci_low, absolute_ci_high, relative_lift,
                relative_ci_low, relative_ci_high, t_statistic, p_value, srm_pilot_share, planned_split,
                srm_p_value, is_srm_mismatch, note
            )
            values
                ('P1', 'Nudges', 'nps', 'nps', false, 40, 38, 12.5, 10, 2.5, -1, 6, 0.25, -0.1, 0.6, 1.2,
                 0.23, 0.51, 0.5000, 0.8, false, null),
                ('P1', 'Nudges', 'roll_to_30_plus_rate', 'rate', true, 400, 390, 0.05, 0.06, -0.01, -0.02, 0,
                 -0.1667, -0.33, 0, -1.9, 0.057, 0.51, 0.5000, 0.8, false, null),
                ('P2', 'Calls', 'nps', 'nps', true, 3, 2, null, null, null, null, null, null, null, null, null,
                 null, 0.6, 0.5000, 0.001, true, 'Too few responses')
            """);

        var report = _query.Load(_marts.Connection, March);

        Assert.Equal(
            ["Calls/nps", "Nudges/roll_to_30_plus_rate", "Nudges/nps"],
            report.PilotLift.Select(r => $"{r.PilotName}/{r.Metric}"));
        Assert.Equal(
            new PilotLiftRow(
                "P1", "Nudges", "roll_to_30_plus_rate", "rate", true, 400, 390, 0.05, 0.06, -0.01, -0.02, 0,
                -0.1667, -0.33, 0, -1.9, 0.057, 0.51, 0.5, 0.8, false, null),
            report.PilotLift[1]);
        var calls = report.PilotLift[0];
        Assert.True(calls.IsSrmMismatch);
        Assert.Null(calls.AbsoluteLift);
        Assert.Equal("Too few responses", calls.Note);
    }

    [Fact]
    public void Pilots_come_with_owner_dates_window_split_and_the_span_of_their_outcome_windows()
    {
        _marts.AddKpis(March);
        _marts.Execute("""
            insert into core.dim_pilot values
                ('P2', 'Calls', 'Collections', '2024-02-01', null, 45, 0.3000, 'nps', ['nps']),
                ('P1', 'Nudges', 'Digital', '2024-01-01', '2024-02-29', 30, 0.5000, 'roll_to_30_plus_rate',
                    ['roll_to_30_plus_rate', 'nps']);
            insert into core.fct_pilot_assignment values
                ('P1', 'C1', 'pilot', '2024-01-03', '2024-02-02'),
                ('P1', 'C2', 'control', '2024-02-20', '2024-03-21'),
                ('P1', 'C3', 'pilot', '2024-01-15', '2024-02-14');
            """);

        var report = _query.Load(_marts.Connection, March);

        // P1's windows: the earliest assignment 3 January, the latest window end 21 March (20 February + 30
        // days). P2 has no assignment yet, so no span.
        Assert.Equal(
            [
                new Pilot("P1", "Nudges", "Digital", new DateOnly(2024, 1, 1), new DateOnly(2024, 2, 29), 30, 0.5,
                    new DateOnly(2024, 1, 3), new DateOnly(2024, 3, 21)),
                new Pilot("P2", "Calls", "Collections", new DateOnly(2024, 2, 1), null, 45, 0.3, null, null),
            ],
            report.Pilots);
    }

    [Fact]
    public void Data_quality_sums_each_extract_over_its_batches()
    {
        _marts.AddKpis(March);
        _marts.Execute("""
            insert into meta.load_batches values
                (1, 'risk', 'risk-01.csv', 'a', 10, null, 'loaded', 102, 100, 2, null,
                    '2024-04-01 08:00', '2024-04-01 08:01'),
                (2, 'risk', 'risk-02.csv', 'b', 10, null, 'loaded', 200, 200, 0, null,
                    '2024-04-02 08:00', '2024-04-02 08:05'),
                (3, 'risk', 'risk-03.csv', 'c', 10, null, 'refused', 500, 0, 500, 'too many rejects',
                    '2024-04-03 08:00', '2024-04-03 08:01'),
                (4, 'risk', 'risk-02.csv', 'b', 10, null, 'skipped_duplicate', 0, 0, 0, null,
                    '2024-04-03 09:00', '2024-04-03 09:00'),
                (5, 'surveys', 'surveys.csv', 'd', 10, null, 'loaded', 51, 50, 1, null,
                    '2024-04-01 07:00', '2024-04-01 07:02')
            """);

        var report = _query.Load(_marts.Connection, March);

        // Risk: two loaded files (100 + 200 rows, 2 + 0 rejected) and one refused file (500 rejected).
        // The refused and skipped batches finished later, but the data was last loaded by batch 2.
        Assert.Equal(
            [
                new DataQualityRow("risk", 2, 1, 300, 502, new DateTime(2024, 4, 2, 8, 5, 0)),
                new DataQualityRow("surveys", 1, 0, 50, 1, new DateTime(2024, 4, 1, 7, 2, 0)),
            ],
            report.DataQuality);
        Assert.Equal(new DateTime(2024, 4, 2, 8, 5, 0), report.DataLoadedAt);
        Assert.Equal(502d / 802, report.DataQuality[0].RejectedShare);
    }

    [Fact]
    public void A_month_without_kpis_is_not_found_and_the_message_names_the_months_there_are()
    {
        _marts.AddKpis(January);
        _marts.AddKpis(February);
        _marts.AddKpis(March);

        var error = Assert.Throws<WarehouseException>(() => _query.Load(_marts.Connection, new DateOnly(2024, 5, 1)));

        Assert.Equal(ExitCode.NotFound, error.ExitCode);
        Assert.Contains("May 2024", error.Message, StringComparison.Ordinal);
        Assert.Contains("Months available: 2024-01, 2024-02, 2024-03.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warehouse_without_any_kpis_says_so()
    {
        var error = Assert.Throws<WarehouseException>(() => _query.Load(_marts.Connection, March));

        Assert.Equal(ExitCode.NotFound, error.ExitCode);
        Assert.Contains("no portfolio KPIs for any month", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("marts.pilot_lift")]
    [InlineData("core.dim_pilot")]
    [InlineData("core.fct_pilot_assignment")]
    public void A_missing_table_is_not_found_and_named(string table)
    {
        _marts.AddKpis(March);
        _marts.Execute($"drop table {table}");

        var error = Assert.Throws<WarehouseException>(() => _query.Load(_marts.Connection, March));

        Assert.Equal(ExitCode.NotFound, error.ExitCode);
        Assert.Contains(table, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_loaded_from_the_marts_renders()
    {
        _marts.AddKpis(February);
        _marts.AddKpis(March);

        var report = _query.Load(_marts.Connection, March);
        var text = PdfText.Read(RenderedSampleReport.Render(report));

        Assert.Contains("Test portfolio", text.Pages[0], StringComparison.Ordinal);
        Assert.Contains("March 2024", text.Pages[0], StringComparison.Ordinal);
    }
}
