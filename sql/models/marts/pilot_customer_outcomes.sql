-- grain: one pilot, assigned customer and outcome metric of the pilot;
-- key: pilot_id, customer_id, metric.
-- Each customer's outcome over (assigned_date, window_end_date] for the
-- metrics the pilot is judged on (catalogue: core.dim_pilot_metric). The
-- nps metric leaves out customers without a response in the window.
with

pilots as (

    select * from core.dim_pilot

),

catalogue as (

    select * from core.dim_pilot_metric

),

activity as (

    select * from core.fct_pilot_window_activity

),

pilot_metrics as (

    select pilot_id, unnest(metrics) as metric
    from pilots

),

customer_values as (

    -- one column per catalogue metric; null where the metric has no value
    select
        pilot_id,
        customer_id,
        arm,
        has_30_plus::double as roll_to_30_plus_rate,
        has_digital_action::double as engagement_rate,
        case
            when latest_score >= 9 then 100.0
            when latest_score >= 7 then 0.0
            when latest_score >= 0 then -100.0
        end::double as nps,
        has_visit::double as visit_rate,
        has_purchase::double as conversion_rate,
        spend::double as spend_per_customer

    from activity

),

values_by_metric as (

    -- unpivot leaves out nulls: customers without a response have no nps
    select *
    from customer_values
    unpivot (
        value for metric in (
            roll_to_30_plus_rate,
            engagement_rate,
            nps,
            visit_rate,
            conversion_rate,
            spend_per_customer
        )
    )

),

outcomes as (

    select
        values_by_metric.pilot_id,
        values_by_metric.customer_id,
        values_by_metric.arm,
        catalogue.metric,
        catalogue.metric_kind,
        values_by_metric.value

    from values_by_metric
    inner join pilot_metrics
        on
            values_by_metric.pilot_id = pilot_metrics.pilot_id
            and values_by_metric.metric = pilot_metrics.metric
    inner join catalogue on pilot_metrics.metric = catalogue.metric

)

select * from outcomes
