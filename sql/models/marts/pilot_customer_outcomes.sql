-- grain: one pilot, assigned customer and outcome metric of the pilot;
-- key: pilot_id, customer_id, metric.
-- Each customer's outcome over (assigned_date, window_end_date] on the
-- metrics the pilot is judged on (catalogue: core.dim_pilot_metric), with
-- the same metric over the pre-period: a window of the same length ending
-- the day before assignment. Customers without an outcome on a metric (nps
-- without a response, cure_rate when not 30+ at assignment, a ratio missing
-- a part) have no row for it; pre_value is null when the pre-period gives
-- no value or lies before the warehouse's first month.
with

window_values as (

    select * from core.fct_pilot_window_value

),

outcomes as (

    select * from window_values where period = 'outcome'

),

pre_period as (

    select * from window_values where period = 'pre'

),

paired as (

    select
        outcomes.pilot_id,
        outcomes.customer_id,
        outcomes.arm,
        outcomes.metric,
        outcomes.metric_kind,
        outcomes.value,
        outcomes.denominator,
        pre_period.value as pre_value,
        pre_period.denominator as pre_denominator

    from outcomes
    left join pre_period
        on
            outcomes.pilot_id = pre_period.pilot_id
            and outcomes.customer_id = pre_period.customer_id
            and outcomes.metric = pre_period.metric

)

select * from paired
