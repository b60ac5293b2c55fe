-- grain: one assigned customer, measurement window and metric of the pilot;
-- key: pilot_id, customer_id, period, window_end_date, metric.
-- Each window's value of each metric the pilot declares, by the definitions
-- of core.dim_pilot_metric. A customer without a value on a metric (no
-- survey response for nps, not 30+ at the start for cure_rate, no month-end
-- amounts, or a ratio missing either part) has no row for it.
with

activity as (

    select * from core.fct_pilot_window_activity

),

goals as (

    select * from core.dim_pilot_goal

),

customer_values as (

    -- one column per catalogue metric; null where the metric has no value
    select
        pilot_id,
        customer_id,
        arm,
        period,
        month_offset,
        window_end_date,

        has_30_plus::double as roll_to_30_plus_rate,
        case when is_30_plus_at_start then has_current_month_end::double end
            as cure_rate,
        has_right_party_contact::double as contact_rate,
        has_digital_action::double as engagement_rate,
        has_visit::double as visit_rate,
        has_purchase::double as conversion_rate,
        spend::double as spend_per_customer,
        amount_paid::double as balance_paid,
        digital_actions::double as digital_actions,
        outbound_contacts::double as outbound_contacts,
        case
            when latest_score >= 9 then 100.0
            when latest_score >= 7 then 0.0
            when latest_score >= 0 then -100.0
        end::double as nps,
        case when amount_due is not null then amount_paid::double end
            as paid_over_due,

        -- denominators of the ratio metrics
        amount_due::double as paid_over_due_denominator

    from activity

),

values_by_metric as (

    -- unpivot leaves out nulls: customers without a value get no row
    select *
    from customer_values
    unpivot (
        value for metric in (
            roll_to_30_plus_rate,
            cure_rate,
            contact_rate,
            engagement_rate,
            visit_rate,
            conversion_rate,
            spend_per_customer,
            balance_paid,
            digital_actions,
            outbound_contacts,
            nps,
            paid_over_due
        )
    )

),

declared as (

    select
        values_by_metric.pilot_id,
        values_by_metric.customer_id,
        values_by_metric.arm,
        values_by_metric.period,
        values_by_metric.month_offset,
        values_by_metric.window_end_date,
        goals.metric,
        goals.metric_kind,
        values_by_metric.value,
        case
            when goals.metric = 'paid_over_due'
                then values_by_metric.paid_over_due_denominator
        end as denominator

    from values_by_metric
    inner join goals
        on
            values_by_metric.pilot_id = goals.pilot_id
            and values_by_metric.metric = goals.metric

)

select * from declared
