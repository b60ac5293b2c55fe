-- grain: one pilot, outcome metric and arm; key: pilot_id, metric, arm.
-- Sufficient statistics of each arm's outcomes for the lift job: customers
-- with an outcome, the sum and the sum of squares of their values; for
-- ratio metrics the sums of the denominators, their squares and the
-- cross-products; and, over the customers that also have a pre-period
-- value, the sums CUPED and difference-in-differences need. Both arms
-- appear for every metric of a pilot, with 0 customers when one has none.
with

goals as (

    select * from core.dim_pilot_goal

),

catalogue as (

    select * from core.dim_pilot_metric

),

customer_outcomes as (

    select * from marts.pilot_customer_outcomes

),

outcomes as (

    -- every metric value is a whole number or an amount in cents, exact as a
    -- decimal: decimal sums do not depend on the order rows arrive in, as
    -- double sums do, so the same outcomes always give the same figures
    select
        pilot_id,
        customer_id,
        arm,
        metric,
        value::decimal(18, 4) as value,
        denominator::decimal(18, 4) as denominator,
        pre_value::decimal(18, 4) as pre_value,
        pre_denominator::decimal(18, 4) as pre_denominator

    from customer_outcomes

),

grid as (

    select
        goals.pilot_id,
        goals.metric,
        goals.metric_kind,
        goals.position as metric_position,
        goals.role = 'primary' as is_primary,
        goals.metric_kind = 'ratio' as is_ratio,
        arms.arm

    from goals
    cross join (values ('pilot'), ('control')) as arms (arm)
    -- a metric the catalogue does not know has no kind; a data test names it
    where goals.metric_kind is not null

),

summed as (

    select
        grid.pilot_id,
        grid.metric,
        grid.metric_kind,
        grid.arm,
        grid.metric_position,
        grid.is_primary,

        count(outcomes.value) as customers,
        coalesce(sum(outcomes.value), 0)::double as value_sum,
        coalesce(sum(outcomes.value * outcomes.value), 0)::double as value_sum_squares,

        case when grid.is_ratio then
            coalesce(sum(outcomes.denominator), 0)::double
        end as denominator_sum,
        case when grid.is_ratio then
            coalesce(sum(outcomes.denominator * outcomes.denominator), 0)::double
        end as denominator_sum_squares,
        case when grid.is_ratio then
            coalesce(sum(outcomes.value * outcomes.denominator), 0)::double
        end as value_denominator_sum,

        count(outcomes.pre_value) as paired_customers,
        coalesce(sum(outcomes.value) filter (
            where outcomes.pre_value is not null
        ), 0)::double as paired_value_sum,
        coalesce(sum(outcomes.value * outcomes.value) filter (
            where outcomes.pre_value is not null
        ), 0)::double as paired_value_sum_squares,
        coalesce(sum(outcomes.pre_value), 0)::double as covariate_sum,
        coalesce(sum(outcomes.pre_value * outcomes.pre_value), 0)::double
            as covariate_sum_squares,
        coalesce(sum(outcomes.value * outcomes.pre_value), 0)::double
            as value_covariate_sum,

        case when grid.is_ratio then
            coalesce(sum(outcomes.denominator) filter (
                where outcomes.pre_value is not null
            ), 0)::double
        end as paired_denominator_sum,
        case when grid.is_ratio then
            coalesce(sum(outcomes.pre_denominator), 0)::double
        end as covariate_denominator_sum

    from grid
    left join outcomes
        on
            grid.pilot_id = outcomes.pilot_id
            and grid.metric = outcomes.metric
            and grid.arm = outcomes.arm
    group by
        grid.pilot_id,
        grid.metric,
        grid.metric_kind,
        grid.arm,
        grid.metric_position,
        grid.is_primary,
        grid.is_ratio

)

select * from summed
