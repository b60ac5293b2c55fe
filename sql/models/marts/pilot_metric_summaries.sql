-- grain: one pilot, outcome metric and arm; key: pilot_id, metric, arm.
-- Sufficient statistics of each arm's outcomes for the lift job: customers
-- with an outcome, the sum and the sum of squares of their values. Both arms
-- appear for every metric of a pilot, with 0 customers when one has none.
with

pilots as (

    select * from core.dim_pilot

),

catalogue as (

    select * from core.dim_pilot_metric

),

outcomes as (

    select * from marts.pilot_customer_outcomes

),

pilot_metrics as (

    select
        pilot_id,
        unnest(metrics) as metric,
        generate_subscripts(metrics, 1) as metric_position

    from pilots

),

grid as (

    select
        pilot_metrics.pilot_id,
        pilot_metrics.metric,
        catalogue.metric_kind,
        pilot_metrics.metric_position,
        arms.arm

    from pilot_metrics
    inner join catalogue on pilot_metrics.metric = catalogue.metric
    cross join (values ('pilot'), ('control')) as arms (arm)

),

summed as (

    select
        grid.pilot_id,
        grid.metric,
        grid.metric_kind,
        grid.arm,
        count(outcomes.value) as customers,
        coalesce(sum(outcomes.value), 0) as value_sum,
        coalesce(sum(outcomes.value * outcomes.value), 0) as value_sum_squares,
        grid.metric_position,
        grid.metric_position = 1 as is_primary

    from grid
    left join outcomes
        on
            grid.pilot_id = outcomes.pilot_id
            and grid.metric = outcomes.metric
            and grid.arm = outcomes.arm
    group by all

)

select * from summed
