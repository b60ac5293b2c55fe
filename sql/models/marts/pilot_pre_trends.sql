-- grain: one pilot, outcome metric, arm and month before assignment;
-- key: pilot_id, metric, arm, month_offset.
-- Each arm's metric over each of the six whole calendar months before the
-- month of assignment (month_offset -6 .. -1, each customer's own months),
-- for the parallel-trends check of difference-in-differences. Every offset
-- of both arms appears, with 0 customers where nothing was measured (also
-- when the month lies before the warehouse's first month).
with

goals as (

    select * from core.dim_pilot_goal

),

window_values as (

    select * from core.fct_pilot_window_value

),

trend_values as (

    -- every metric value is a whole number or an amount in cents, exact as a
    -- decimal: decimal sums do not depend on the order rows arrive in, as
    -- double sums do, so the same outcomes always give the same figures
    select
        pilot_id,
        arm,
        metric,
        month_offset,
        value::decimal(18, 4) as value,
        denominator::decimal(18, 4) as denominator

    from window_values
    where period = 'trend'

),

grid as (

    select
        goals.pilot_id,
        goals.metric,
        goals.metric_kind,
        arms.arm,
        (-offsets.months_before)::integer as month_offset,
        goals.metric_kind = 'ratio' as is_ratio

    from goals
    cross join (values ('pilot'), ('control')) as arms (arm)
    cross join range(1, 7) as offsets (months_before)
    where goals.metric_kind is not null

),

summed as (

    select
        grid.pilot_id,
        grid.metric,
        grid.metric_kind,
        grid.arm,
        grid.month_offset,

        count(trend_values.value) as customers,
        coalesce(sum(trend_values.value), 0)::double as value_sum,
        coalesce(sum(trend_values.value * trend_values.value), 0)::double
            as value_sum_squares,
        case when grid.is_ratio then
            coalesce(sum(trend_values.denominator), 0)::double
        end as denominator_sum,
        case when grid.is_ratio then
            coalesce(
                sum(trend_values.denominator * trend_values.denominator), 0
            )::double
        end as denominator_sum_squares,
        case when grid.is_ratio then
            coalesce(sum(trend_values.value * trend_values.denominator), 0)::double
        end as value_denominator_sum

    from grid
    left join trend_values
        on
            grid.pilot_id = trend_values.pilot_id
            and grid.metric = trend_values.metric
            and grid.arm = trend_values.arm
            and grid.month_offset = trend_values.month_offset
    group by
        grid.pilot_id,
        grid.metric,
        grid.metric_kind,
        grid.arm,
        grid.month_offset,
        grid.is_ratio

)

select * from summed
