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
        Assert.Equal(0.01, delinquency.MonthOnMonth!.Difference, 12);
        var nps = report.Kpis.Single(k => k.Label == "NPS");
        Assert.Equal(KpiUnit.NetPromoterScore, nps.Unit);
        Assert.Equal(7.5, nps.MonthOnMonth!.Difference);
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
        Assert.Null(promises.MonthOnMonth);
        Assert.Null(report.Trend[^1].PromiseKeptRate);
    }

    [Fact]
    public void Without_last_month_in_the_mart_the_tiles_have_no_change()
    {
        _marts.AddKpis(January);
        _marts.AddKpis(March);

        var report = _query.Load(_marts.Connection, March);

        Assert.All(report.Kpis, tile => Assert.Null(tile.LastMonth));
        Assert.All(report.Kpis, tile => Assert.Null(tile.MonthOnMonth));
    }

    [Fact]
    public void The_trend_holds_the_thirteen_months_ending_at_the_report_month_oldest_first()
    {
        // January 2023 to April 2024: sixteen months, of which March 2023 to March 2024 are in the window.
        for (var index = 0; index < 16; index++)
        {
            _marts.AddKpis(MonthlyReportQuery.MonthEnd(new DateOnly(2023, 1, 1).AddMonths(index)));
        }

        var report = _query.Load(_marts.Connection, March);

        Assert.Equal(13, report.Trend.Count);
        Assert.Equal(new DateOnly(2023, 3, 31), report.Trend[0].MonthDate);
        Assert.Equal(March, report.Trend[^1].MonthDate);
        Assert.Equal(report.Trend.Select(m => m.MonthDate).Order(), report.Trend.Select(m => m.MonthDate));
    }

    [Fact]
    public void Each_rate_is_compared_with_the_same_month_a_year_before_and_judged_from_its_counts()
    {
        _marts.AddKpis(new DateOnly(2023, 3, 31), rate30Plus: 0.03, nps: 20);
        _marts.AddKpis(February, rate30Plus: 0.048, nps: 20);
        _marts.AddKpis(March, rate30Plus: 0.05, nps: 20);

        var report = _query.Load(_marts.Connection, March);

        // 50 of 1,000 against 48 of 1,000: pooled 98 / 2,000 = 0.049, standard error
        // sqrt(0.049 x 0.951 x 2 / 1,000) = 0.009654; the change 0.002 is 0.21 of them: within noise.
        // Against 30 of 1,000 a year before: pooled 0.04, standard error sqrt(0.04 x 0.96 x 0.002) = 0.008764;
        // the change 0.02 is 2.28 of them, past 1.96: beyond noise.
        var delinquency = report.Kpis.Single(k => k.Label == "30+ days past due");
        Assert.Equal(0.03, delinquency.YearAgo);
        Assert.Equal(ChangeSignal.WithinNoise, delinquency.MonthOnMonth!.Signal);
        Assert.Equal(0.009654, delinquency.MonthOnMonth.StandardError!.Value, 6);
        Assert.Equal(ChangeSignal.BeyondNoise, delinquency.YearOnYear!.Signal);
        Assert.Equal(0.02, delinquency.YearOnYear.Difference, 12);
        Assert.Equal(0.008764, delinquency.YearOnYear.StandardError!.Value, 6);

        // 80 responses, 40 promoters and 24 detractors: P 0.5, D 0.3, variance 10,000 x (0.8 - 0.04) / 80 = 95,
        // standard error 9.747; the interval 20 +- 19.10.
        var nps = report.Kpis.Single(k => k.Label == "NPS");
        Assert.Equal(0.90, nps.Interval!.Low, 2);
        Assert.Equal(39.10, nps.Interval.High, 2);
        Assert.Equal(ChangeSignal.WithinNoise, nps.YearOnYear!.Signal);
    }

    [Fact]
    public void Without_the_month_a_year_before_the_tiles_say_it_is_not_in_the_warehouse()
    {
        _marts.AddKpis(February);
        _marts.AddKpis(March);

        var report = _query.Load(_marts.Connection, March);

        Assert.All(report.Kpis, tile => Assert.Null(tile.YearOnYear));
        Assert.All(report.Kpis, tile =>
            Assert.Equal("Mar 2023 not in the warehouse", tile.WhyYearAgoMissing));
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
        // The refused and skipped batches finished later, but the data was last loaded by batch 2. The
        // warehouse records schema drift, and none was recorded.
        Assert.Equal(
            [
                new DataQualityRow("risk", 2, 1, 300, 502, new DateTime(2024, 4, 2, 8, 5, 0), DriftChanges: 0),
                new DataQualityRow("surveys", 1, 0, 50, 1, new DateTime(2024, 4, 1, 7, 2, 0), DriftChanges: 0),
            ],
            report.DataQuality);
        Assert.Equal(new DateTime(2024, 4, 2, 8, 5, 0), report.DataLoadedAt);
        Assert.Equal(502d / 802, report.DataQuality[0].RejectedShare);
    }

    [Fact]
    public void Roll_rates_are_the_report_months_in_bucket_order()
    {
        _marts.AddKpis(March);
        _marts.Execute("""
            insert into marts.roll_rates_monthly values
                ('2024-03-31', '1-29', 'current', 3, 0.75, 2, 1),
                ('2024-03-31', 'current', '1-29', 1, 0.1, 1, 2),
                ('2024-03-31', 'current', 'current', 9, 0.9, 1, 1),
                ('2024-03-31', '1-29', '30-59', 1, 0.25, 2, 3),
                ('2024-02-29', 'current', 'current', 5, 1.0, 1, 1)
            """);

        var report = _query.Load(_marts.Connection, March);

        Assert.Equal(
            [
                new RollRateCell("current", "current", 9, 0.9),
                new RollRateCell("current", "1-29", 1, 0.1),
                new RollRateCell("1-29", "current", 3, 0.75),
                new RollRateCell("1-29", "30-59", 1, 0.25),
            ],
            report.RollRates);
    }

    [Fact]
    public void A_vintage_quarter_is_read_at_an_age_only_once_all_its_months_have_reached_it_within_the_data()
    {
        _marts.AddKpis(March);

        // Account data from October 2023 to March 2024. Vintages opened July, August and September 2023 at 3
        // months on book (October, November, December) and at 6 (January to March); October and November 2023
        // at 3 (January, February); December 2023 at 3 would be March.
        _marts.Execute("""
            insert into marts.vintage_delinquency_monthly values
                ('2023-07-31', '2023-10-31', 3, 10, 10, 1, 0, 0.1),
                ('2023-08-31', '2023-11-30', 3, 20, 20, 1, 0, 0.05),
                ('2023-09-30', '2023-12-31', 3, 30, 29, 0, 1, 0.0333),
                ('2023-07-31', '2024-01-31', 6, 10, 9, 1, 1, 0.2),
                ('2023-08-31', '2024-02-29', 6, 20, 20, 2, 0, 0.1),
                ('2023-09-30', '2024-03-31', 6, 30, 28, 1, 2, 0.1),
                ('2023-10-31', '2024-01-31', 3, 40, 40, 4, 0, 0.1),
                ('2023-11-30', '2024-02-29', 3, 50, 50, 5, 0, 0.1),
                ('2023-06-30', '2023-10-31', 4, 5, 5, 0, 0, 0)
            """);

        var report = _query.Load(_marts.Connection, March);

        // 2023 Q3 at 3: 60 accounts, 1 + 1 + 1 bad; at 6: 60 accounts, 2 + 2 + 3 bad. 2023 Q4 at 3 would need
        // December's vintage in March 2024, which the report month holds, but the mart has no row for it: the
        // quarter is complete by the calendar, so its cell sums October and November, 90 accounts, 9 bad.
        // 2023 Q2 at 4 would need April 2023's vintage in August 2023, before the data starts: not read.
        Assert.Equal(
            [
                new VintageCell(new DateOnly(2023, 7, 1), 3, 60, 3),
                new VintageCell(new DateOnly(2023, 7, 1), 6, 60, 7),
                new VintageCell(new DateOnly(2023, 10, 1), 3, 90, 9),
            ],
            report.Vintages);
    }

    [Fact]
    public void Freshness_reads_the_latest_month_of_each_extract_and_drift_only_where_the_warehouse_records_it()
    {
        _marts.AddKpis(March);
        _marts.Execute("""
            insert into meta.load_batches values
                (1, 'risk', 'risk.csv', 'a', 10, null, 'loaded', 2, 2, 0, null, '2024-04-01 08:00', '2024-04-01 08:01'),
                (2, 'surveys', 's.csv', 'b', 10, null, 'loaded', 1, 1, 0, null, '2024-04-01 08:00', '2024-04-01 08:02');
            create schema raw;
            create table raw.risk_accounts (as_of_date date);
            insert into raw.risk_accounts values ('2024-02-29'), ('2024-03-31');
            create table raw.survey_responses (responded_at timestamp);
            insert into raw.survey_responses values ('2024-02-14 10:00');
            """);

        // A warehouse from before the loader recorded drift has no meta.schema_drift.
        _marts.Execute("alter table meta.schema_drift rename to schema_drift_recorded");
        var withoutDrift = _query.Load(_marts.Connection, March);
        _marts.Execute("""
            alter table meta.schema_drift_recorded rename to schema_drift;
            insert into meta.schema_drift
                (batch_id, "extract", compared_batch_id, change, column_name, "before", "after", policy)
            values
                (1, 'risk', 0, 'added', 'limit_band', null, 'VARCHAR', 'warn'),
                (1, 'risk', 0, 'missing', 'bureau_score', 'INTEGER', null, 'warn');
            """);
        var withDrift = _query.Load(_marts.Connection, March);

        Assert.Equal(
            [("risk", new DateOnly(2024, 3, 31), (long?)null), ("surveys", new DateOnly(2024, 2, 29), null)],
            withoutDrift.DataQuality.Select(d => (d.Extract, d.LatestDataMonth, d.DriftChanges)));
        Assert.Equal([2L, 0L], withDrift.DataQuality.Select(d => d.DriftChanges));
    }

    [Fact]
    public void Provenance_lists_the_loaded_batches_and_the_latest_build_whose_models_all_built()
    {
        _marts.AddKpis(March);
        _marts.Execute("""
            insert into meta.load_batches values
                (2, 'risk', 'in/risk.csv', 'ab12', 10, null, 'loaded', 5, 5, 0, null,
                    '2024-04-01 08:00', '2024-04-01 08:01'),
                (3, 'risk', 'in/bad.csv', 'cd34', 10, null, 'refused', 5, 0, 5, 'rejects',
                    '2024-04-01 08:02', '2024-04-01 08:03'),
                (1, 'customers', 'in/c.csv', 'ef56', 10, null, 'loaded', 3, 3, 0, null,
                    '2024-04-01 07:00', '2024-04-01 07:01');
            insert into meta.build_runs values
                (1, 'staging.stg_risk', 'model', 'built', 5, 10, null, '2024-04-01 09:00', 'aa11'),
                (1, 'marts.portfolio_kpis_monthly', 'model', 'built', 1, 10, null, '2024-04-01 09:00', null),
                (1, 'keys_unique', 'test', 'passed', 0, 1, null, '2024-04-01 09:01', null),
                (2, 'staging.stg_risk', 'model', 'built', 5, 10, null, '2024-04-02 09:00', 'bb22'),
                (2, 'marts.portfolio_kpis_monthly', 'model', 'failed', null, 10, 'boom', '2024-04-02 09:00', null);
            """);

        var report = _query.Load(_marts.Connection, March);

        // Run 2 failed a model and rolled back, so run 1 wrote the tables. The refused batch loaded nothing.
        Assert.Equal(
            [
                new LoadBatch(1, "customers", "in/c.csv", "ef56", 3, new DateTime(2024, 4, 1, 7, 1, 0)),
                new LoadBatch(2, "risk", "in/risk.csv", "ab12", 5, new DateTime(2024, 4, 1, 8, 1, 0)),
            ],
            report.Batches);
        var build = report.Build!;
        Assert.Equal(
            (1L, new DateTime(2024, 4, 1, 9, 0, 0), 1L, 0L),
            (build.RunId, build.FinishedAt, build.TestsPassed, build.TestsFailed));
        Assert.Equal(["staging.stg_risk", "marts.portfolio_kpis_monthly"], build.Models.Select(m => m.Model));

        // Each model's fingerprint is the one run 1 recorded; a build that recorded none shows none.
        Assert.Equal(["aa11", null], build.Models.Select(m => m.SqlSha256));
    }

    [Fact]
    public void A_warehouse_built_before_builds_recorded_their_sql_shows_its_models_without_fingerprints()
    {
        _marts.AddKpis(March);
        _marts.Execute("""
            alter table meta.build_runs drop column sql_sha256;
            insert into meta.build_runs values
                (1, 'staging.stg_risk', 'model', 'built', 5, 10, null, '2024-04-01 09:00');
            """);

        var build = _query.Load(_marts.Connection, March).Build!;

        Assert.Equal(
            [new ModelVersion("staging.stg_risk", 5, null)],
            build.Models);
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
    [InlineData("marts.roll_rates_monthly")]
    [InlineData("marts.vintage_delinquency_monthly")]
    [InlineData("meta.build_runs")]
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
