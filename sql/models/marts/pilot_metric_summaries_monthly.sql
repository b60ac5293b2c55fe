-- grain: one pilot, outcome metric, arm and month end;
-- key: pilot_id, metric, arm, as_of_month.
-- marts.pilot_metric_summaries as they stood at each month end, from the
-- first month end after the pilot's first assignment (outcomes count from
-- the day after assignment) to the warehouse's last month: the
-- customers assigned by then, with their outcomes observed by then (a window
-- still open is cut at the month end). Lift over time is computed from it.
with

goals as (

    select * from core.dim_pilot_goal

),

assignments as (

    select * from core.fct_pilot_assignment

),

months as (

    select * from core.dim_month

),

window_values as (

    select * from core.fct_pilot_window_value

),

pre_period as (

    select * from window_values where period = 'pre'

),

contributions as (

    -- a closed window counts from the month end on or after it closes;
    -- an interim value counts at its own month end only
    select
        observed.pilot_id,
        observed.metric,
        observed.arm,
        observed.period = 'outcome' as is_closed,
        last_day(observed.window_end_date) as month_date,
        -- whole numbers or amounts in cents, exact as decimals: decimal sums
        -- do not depend on row order as double sums do
        observed.value::decimal(18, 4) as value,
        observed.denominator::decimal(18, 4) as denominator,
        pre_period.value::decimal(18, 4) as pre_value,
        pre_period.denominator::decimal(18, 4) as pre_denominator

    from window_values as observed
    left join pre_period
        on
            observed.pilot_id = pre_period.pilot_id
            and observed.customer_id = pre_period.customer_id
            and observed.metric = pre_period.metric
    where observed.period in ('outcome', 'interim')

),

sums_by_month as (

    select
        pilot_id,
        metric,
        arm,
        is_closed,
        month_date,

        count(value) as customers,
        sum(value) as value_sum,
        sum(value * value) as value_sum_squares,
        sum(denominator) as denominator_sum,
        sum(denominator * denominator) as denominator_sum_squares,
        sum(value * denominator) as value_denominator_sum,
        count(pre_value) as paired_customers,
        sum(value) filter (where pre_value is not null) as paired_value_sum,
        sum(value * value) filter (where pre_value is not null)
            as paired_value_sum_squares,
        sum(pre_value) as covariate_sum,
        sum(pre_value * pre_value) as covariate_sum_squares,
        sum(value * pre_value) as value_covariate_sum,
        sum(denominator) filter (where pre_value is not null)
            as paired_denominator_sum,
        sum(pre_denominator) as covariate_denominator_sum

    from contributions
    group by all

),

pilot_months as (

    select
        assignments.pilot_id,
        months.month_date as as_of_month

    from (
        select pilot_id, min(assigned_date) as first_assigned_date
        from assignments
        group by pilot_id
    ) as assignments
    inner join months on months.month_date > assignments.first_assigned_date

),

grid as (

    select
        goals.pilot_id,
        goals.metric,
        goals.metric_kind,
        arms.arm,
        pilot_months.as_of_month,
        goals.position as metric_position,
        goals.role = 'primary' as is_primary,
        goals.metric_kind = 'ratio' as is_ratio

    from goals
    inner join pilot_months on goals.pilot_id = pilot_months.pilot_id
    cross join (values ('pilot'), ('control')) as arms (arm)
    where goals.metric_kind is not null

),

summed as (

    select
        grid.pilot_id,
        grid.metric,
        grid.metric_kind,
        grid.arm,
        grid.as_of_month,
        grid.metric_position,
        grid.is_primary,

        coalesce(sum(sums.customers), 0)::bigint as customers,
        coalesce(sum(sums.value_sum), 0)::double as value_sum,
        coalesce(sum(sums.value_sum_squares), 0)::double as value_sum_squares,

        case when grid.is_ratio then
            coalesce(sum(sums.denominator_sum), 0)::double
        end as denominator_sum,
        case when grid.is_ratio then
            coalesce(sum(sums.denominator_sum_squares), 0)::double
        end as denominator_sum_squares,
        case when grid.is_ratio then
            coalesce(sum(sums.value_denominator_sum), 0)::double
        end as value_denominator_sum,

        coalesce(sum(sums.paired_customers), 0)::bigint as paired_customers,
        coalesce(sum(sums.paired_value_sum), 0)::double as paired_value_sum,
        coalesce(sum(sums.paired_value_sum_squares), 0)::double
            as paired_value_sum_squares,
        coalesce(sum(sums.covariate_sum), 0)::double as covariate_sum,
        coalesce(sum(sums.covariate_sum_squares), 0)::double as covariate_sum_squares,
        coalesce(sum(sums.value_covariate_sum), 0)::double as value_covariate_sum,

        case when grid.is_ratio then
            coalesce(sum(sums.paired_denominator_sum), 0)::double
        end as paired_denominator_sum,
        case when grid.is_ratio then
            coalesce(sum(sums.covariate_denominator_sum), 0)::double
        end as covariate_denominator_sum

    from grid
    left join sums_by_month as sums
        on
            grid.pilot_id = sums.pilot_id
            and grid.metric = sums.metric
            and grid.arm = sums.arm
            and (
                (sums.is_closed and sums.month_date <= grid.as_of_month)
                or (not sums.is_closed and sums.month_date = grid.as_of_month)
            )
    group by
        grid.pilot_id,
        grid.metric,
        grid.metric_kind,
        grid.arm,
        grid.as_of_month,
        grid.metric_position,
        grid.is_primary,
        grid.is_ratio

)

select * from summed
