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
        where table_schema in ('core', 'marts', 'meta')
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
            cast(balance_rate_30_plus as double) as BalanceRate30Plus,
            cast(balance_rate_90_plus as double) as BalanceRate90Plus,
            cast(cure_rate as double) as CureRate,
            cast(customers_active as bigint) as CustomersActive,
            cast(engagement_rate as double) as EngagementRate,
            cast(right_party_contact_rate as double) as RightPartyContactRate,
            cast(promise_kept_rate as double) as PromiseKeptRate,
            cast(survey_responses as bigint) as SurveyResponses,
            cast(nps as double) as Nps,
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
        from marts.risk_engagement_segments as this_month
        left join marts.risk_engagement_segments as last_month
            on last_month.month_date = $previous_month
            and last_month.risk_band = this_month.risk_band
            and last_month.engagement_band = this_month.engagement_band
        where this_month.month_date = $month
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

    // Rejected rows count over refused batches too: a refused file's rows are rows the warehouse lacks.
    public const string DataQuality = """
        select
            "extract" as Extract,
            count(*) filter (where status = 'loaded') as FilesLoaded,
            count(*) filter (where status = 'refused') as FilesRefused,
            cast(coalesce(sum(rows_loaded), 0) as bigint) as RowsLoaded,
            cast(coalesce(sum(records_rejected), 0) as bigint) as RowsRejected,
            max(finished_at) filter (where status = 'loaded') as LastLoadedAt,
        from meta.load_batches
        group by "extract"
        order by "extract"
        """;

    public const string DataLoadedAt = """
        select max(finished_at),
        from meta.load_batches
        where status = 'loaded'
        """;
}
