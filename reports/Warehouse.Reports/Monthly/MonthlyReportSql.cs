namespace Warehouse.Reports.Monthly;

/// <summary>
/// The queries behind <see cref="MonthlyReportQuery"/>. Columns are aliased to the record members they
/// fill and cast to the member's type, so a mart that widens a type does not break the mapping.
/// </summary>
internal static class MonthlyReportSql
{
    public const string ReportTables = """
        select table_schema || '.' || table_name as qualified_name,
        from information_schema.tables
        where table_schema in ('raw', 'core', 'marts', 'meta')
        """;

    public const string AvailableMonths = """
        select month_date,
        from marts.portfolio_kpis_monthly
        order by month_date
        """;

    public const string PortfolioMonths = """
        select
            cast(month_date as date) as MonthDate,
            cast(accounts_open as bigint) as AccountsOpen,
            cast(accounts_30_plus as bigint) as Accounts30Plus,
            cast(accounts_60_plus as bigint) as Accounts60Plus,
            cast(accounts_90_plus as bigint) as Accounts90Plus,
            cast(rate_30_plus as double) as Rate30Plus,
            cast(rate_60_plus as double) as Rate60Plus,
            cast(rate_90_plus as double) as Rate90Plus,
            cast(balance_open as double) as BalanceOpen,
            cast(balance_rate_30_plus as double) as BalanceRate30Plus,
            cast(balance_rate_60_plus as double) as BalanceRate60Plus,
            cast(balance_rate_90_plus as double) as BalanceRate90Plus,
            cast(balance_squares_open as double) as BalanceSquaresOpen,
            cast(balance_squares_30_plus as double) as BalanceSquares30Plus,
            cast(balance_squares_60_plus as double) as BalanceSquares60Plus,
            cast(balance_squares_90_plus as double) as BalanceSquares90Plus,
            cast(accounts_30_plus_last_month as bigint) as Accounts30PlusLastMonth,
            cast(accounts_cured as bigint) as AccountsCured,
            cast(cure_rate as double) as CureRate,
            cast(customers_active as bigint) as CustomersActive,
            cast(customers_engaged as bigint) as CustomersEngaged,
            cast(engagement_rate as double) as EngagementRate,
            cast(phone_attempts as bigint) as PhoneAttempts,
            cast(right_party_contacts as bigint) as RightPartyContacts,
            cast(right_party_contact_rate as double) as RightPartyContactRate,
            cast(promises_due as bigint) as PromisesDue,
            cast(promises_kept as bigint) as PromisesKept,
            cast(promise_kept_rate as double) as PromiseKeptRate,
            cast(survey_responses as bigint) as SurveyResponses,
            cast(promoters as bigint) as Promoters,
            cast(detractors as bigint) as Detractors,
            cast(nps as double) as Nps,
            cast(accounts_default_stated as bigint) as AccountsDefaultStated,
            cast(accounts_defaulted as bigint) as AccountsDefaulted,
            cast(default_next_month_rate as double) as DefaultNextMonthRate,
        from marts.portfolio_kpis_monthly
        where month_date between $first_month and $month
        order by month_date
        """;

    // Last month's cell carries the outcome in the report month, which the report month's own cell cannot
    // have yet while it is the latest month.
    public const string Segments = """
        select
            this_month.risk_band as RiskBand,
            this_month.engagement_band as EngagementBand,
            cast(this_month.customers as bigint) as Customers,
            cast(this_month.balance as decimal(28, 2)) as Balance,
            cast(last_month.rate_30_plus_next_month as double) as LastMonthCellRate30PlusThisMonth,
            cast(last_month.customers as bigint) as CustomersLastMonth,
        from marts.risk_engagement_segments as this_month
        left join marts.risk_engagement_segments as last_month
            on last_month.month_date = $previous_month
            and last_month.risk_band = this_month.risk_band
            and last_month.engagement_band = this_month.engagement_band
        where this_month.month_date = $month
        """;

    public const string RollRates = """
        select
            from_bucket as FromBucket,
            to_bucket as ToBucket,
            cast(accounts as bigint) as Accounts,
            cast(share as double) as Share,
        from marts.roll_rates_monthly
        where month_date = $month
        order by from_bucket_order, to_bucket_order
        """;

    // A quarter's cell at an age sums its three opening months at that age, which fall in three calendar
    // months: the cell is read only when all three lie between the first month with account data and the
    // report month, so it never mixes whole and partial vintages.
    public const string Vintages = """
        with

        vintages as (

            select
                cast(date_trunc('quarter', opened_month_date) as date) as quarter_start,
                months_on_book,
                accounts,
                accounts_30_plus + accounts_charged_off as accounts_bad,
            from marts.vintage_delinquency_monthly
            where months_on_book between 1 and $oldest_age

        ),

        first_month as (

            select min(month_date) as first_month_date,
            from marts.vintage_delinquency_monthly

        )

        select
            quarter_start as QuarterStart,
            cast(months_on_book as integer) as MonthsOnBook,
            cast(sum(accounts) as bigint) as Accounts,
            cast(sum(accounts_bad) as bigint) as AccountsBad,
        from vintages
        cross join first_month
        where
            last_day(quarter_start + to_months(months_on_book)) >= first_month_date
            and last_day(quarter_start + to_months(months_on_book + 2)) <= $month
        group by quarter_start, months_on_book
        order by quarter_start, months_on_book
        """;

    public const string EarlyWarnings = """
        select
            flag as Flag,
            count(distinct customer_id) filter (where month_date = $month) as CustomersThisMonth,
            count(distinct customer_id) filter (where month_date = $previous_month) as CustomersLastMonth,
        from marts.early_warning_flags
        where month_date in ($month, $previous_month)
        group by flag
        order by CustomersThisMonth desc, flag
        """;

    public const string PilotLift = """
        select
            pilot_id as PilotId,
            pilot_name as PilotName,
            metric as Metric,
            metric_kind as MetricKind,
            cast(is_primary as boolean) as IsPrimary,
            cast(pilot_customers as bigint) as PilotCustomers,
            cast(control_customers as bigint) as ControlCustomers,
            cast(pilot_mean as double) as PilotMean,
            cast(control_mean as double) as ControlMean,
            cast(absolute_lift as double) as AbsoluteLift,
            cast(absolute_ci_low as double) as AbsoluteCiLow,
            cast(absolute_ci_high as double) as AbsoluteCiHigh,
            cast(relative_lift as double) as RelativeLift,
            cast(relative_ci_low as double) as RelativeCiLow,
            cast(relative_ci_high as double) as RelativeCiHigh,
            cast(t_statistic as double) as TStatistic,
            cast(p_value as double) as PValue,
            cast(srm_pilot_share as double) as SrmPilotShare,
            cast(planned_split as double) as PlannedSplit,
            cast(srm_p_value as double) as SrmPValue,
            cast(is_srm_mismatch as boolean) as IsSrmMismatch,
            note as Note,
        from marts.pilot_lift
        order by pilot_name, pilot_id, is_primary desc, metric
        """;

    // The outcome windows' span comes from the assignments, where each customer's window is fixed.
    public const string Pilots = """
        with

        pilots as (

            select * from core.dim_pilot

        ),

        windows as (

            select
                pilot_id,
                min(assigned_date) as first_assigned_date,
                max(window_end_date) as last_window_end_date,
            from core.fct_pilot_assignment
            group by pilot_id

        )

        select
            pilots.pilot_id as PilotId,
            pilots.pilot_name as PilotName,
            pilots.owner as Owner,
            cast(pilots.start_date as date) as StartDate,
            cast(pilots.end_date as date) as EndDate,
            cast(pilots.outcome_window_days as integer) as OutcomeWindowDays,
            cast(pilots.planned_split as double) as PlannedSplit,
            cast(windows.first_assigned_date as date) as FirstAssignedDate,
            cast(windows.last_window_end_date as date) as LastWindowEndDate,
        from pilots
        left join windows on pilots.pilot_id = windows.pilot_id
        order by pilots.pilot_id
        """;

    // Rejected rows count over refused batches too: a refused file's rows are rows the warehouse lacks. The data
    // month and drift come from other tables, filled in by MonthlyReportQuery.
    public const string DataQuality = """
        select
            "extract" as Extract,
            count(*) filter (where status = 'loaded') as FilesLoaded,
            count(*) filter (where status = 'refused') as FilesRefused,
            cast(coalesce(sum(rows_loaded), 0) as bigint) as RowsLoaded,
            cast(coalesce(sum(records_rejected), 0) as bigint) as RowsRejected,
            max(finished_at) filter (where status = 'loaded') as LastLoadedAt,
            cast(null as date) as LatestDataMonth,
            cast(null as bigint) as DriftChanges,
        from meta.load_batches
        group by "extract"
        order by "extract"
        """;

    public const string DriftChanges = """
        select
            "extract" as Extract,
            count(*) as Changes,
        from meta.schema_drift
        group by "extract"
        """;

    public const string Batches = """
        select
            batch_id as BatchId,
            "extract" as Extract,
            source_file as SourceFile,
            file_sha256 as FileSha256,
            cast(rows_loaded as bigint) as RowsLoaded,
            finished_at as FinishedAt,
        from meta.load_batches
        where status = 'loaded'
        order by "extract", batch_id
        """;

    // The latest run that recorded models and no failed one: a failed build rolls its tables back.
    public const string LatestBuild = """
        select
            run_id as RunId,
            max(finished_at) filter (where kind = 'model') as FinishedAt,
            count(*) filter (where kind = 'test' and status = 'passed') as TestsPassed,
            count(*) filter (where kind = 'test' and status = 'failed') as TestsFailed,
        from meta.build_runs
        group by run_id
        having
            count(*) filter (where kind = 'model') > 0
            and count(*) filter (where kind = 'model' and status = 'failed') = 0
        order by run_id desc
        limit 1
        """;

    public const string BuiltModels = """
        select
            model as Model,
            row_count as RowCount,
            sql_sha256 as SqlSha256,
        from meta.build_runs
        where run_id = $run_id and kind = 'model'
        order by rowid
        """;

    public const string BuildRunsRecordSql = """
        select count(*)
        from duckdb_columns()
        where schema_name = 'meta' and table_name = 'build_runs' and column_name = 'sql_sha256'
        """;

    public const string BuiltModelsWithoutSql = """
        select
            model as Model,
            row_count as RowCount,
            null::varchar as SqlSha256,
        from meta.build_runs
        where run_id = $run_id and kind = 'model'
        order by rowid
        """;

    public const string DataLoadedAt = """
        select max(finished_at),
        from meta.load_batches
        where status = 'loaded'
        """;
}
