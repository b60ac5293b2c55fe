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

measured as (

    -- one row per window and declared metric; null where there is no value
    select
        activity.pilot_id,
        activity.customer_id,
        activity.arm,
        activity.period,
        activity.month_offset,
        activity.window_end_date,
        goals.metric,
        goals.metric_kind,

        case goals.metric
            when 'roll_to_30_plus_rate' then activity.has_30_plus::double
            when 'cure_rate' then
                case
                    when activity.is_30_plus_at_start
                        then activity.has_current_month_end::double
                end
            when 'contact_rate' then activity.has_right_party_contact::double
            when 'engagement_rate' then activity.has_digital_action::double
            when 'visit_rate' then activity.has_visit::double
            when 'conversion_rate' then activity.has_purchase::double
            when 'spend_per_customer' then activity.spend::double
            when 'balance_paid' then activity.amount_paid::double
            when 'digital_actions' then activity.digital_actions::double
            when 'outbound_contacts' then activity.outbound_contacts::double
            when 'nps' then
                case
                    when activity.latest_score >= 9 then 100.0
                    when activity.latest_score >= 7 then 0.0
                    when activity.latest_score >= 0 then -100.0
                end
            -- a ratio's value is its numerator, kept only beside a denominator
            when 'paid_over_due' then
                case
                    when activity.amount_due is not null
                        then activity.amount_paid::double
                end
        end as value,

        case goals.metric
            when 'paid_over_due' then activity.amount_due::double
        end as denominator

    from activity
    inner join goals on activity.pilot_id = goals.pilot_id

),

with_values as (

    select * from measured where value is not null

)

select * from with_values
