-- grain: one assigned customer and measurement window;
-- key: pilot_id, customer_id, period, window_end_date.
-- What each assigned customer did inside each of its windows
-- (window_start_date, window_end_date] (see core.fct_pilot_window):
-- arrears and amounts at month ends, digital actions, visits, purchases,
-- contacts and the latest survey score: the inputs of the pilot metrics.
with

windows as (

    select * from core.fct_pilot_window

),

customer_days as (

    select * from core.fct_pilot_customer_day

),

responses as (

    select * from core.fct_survey_response

),

customer_months as (

    select * from core.fct_customer_month_activity

),

window_events as (

    select
        windows.window_id,
        coalesce(sum(customer_days.digital_actions), 0) as digital_actions,
        coalesce(sum(customer_days.visits), 0) as visits,
        coalesce(sum(customer_days.purchases), 0) as purchases,
        coalesce(sum(customer_days.spend), 0) as spend,
        coalesce(sum(customer_days.outbound_contacts), 0)
            as outbound_contacts,
        coalesce(sum(customer_days.right_party_contacts), 0)
            as right_party_contacts,
        min(customer_days.event_date) as first_event_date

    from windows
    left join customer_days
        on
            windows.customer_id = customer_days.customer_id
            and customer_days.event_date > windows.window_start_date
            and customer_days.event_date <= windows.window_end_date
    group by windows.window_id

),

window_months as (

    select
        windows.window_id,
        coalesce(bool_or(customer_months.max_days_past_due >= 30), false)
            as has_30_plus,
        coalesce(
            bool_or(customer_months.delinquency_bucket = 'current'), false
        ) as has_current_month_end,
        sum(customer_months.amount_paid) as amount_paid,
        sum(customer_months.amount_due) as amount_due,
        -- the first day whose payments a counted month-end amount can hold
        min(date_trunc('month', customer_months.month_date)::date) filter (
            where
                customer_months.amount_paid is not null
                or customer_months.amount_due is not null
        ) as first_amount_date

    from windows
    left join customer_months
        on
            windows.customer_id = customer_months.customer_id
            and customer_months.accounts > 0
            and customer_months.month_date > windows.window_start_date
            and customer_months.month_date <= windows.window_end_date
    group by windows.window_id

),

window_start_states as (

    -- arrears at the last month end on or before the window starts
    select
        windows.window_id,
        coalesce(
            customer_months.delinquency_bucket in ('30-59', '60-89', '90+'),
            false
        ) as is_30_plus_at_start

    from windows
    left join customer_months
        on
            windows.customer_id = customer_months.customer_id
            and customer_months.accounts > 0
            and customer_months.month_date
            = date_trunc('month', windows.window_start_date + 1)::date - 1

),

window_surveys as (

    select
        windows.window_id,
        arg_max(responses.score, responses.responded_at) as latest_score,
        min(responses.responded_date) as first_response_date

    from windows
    inner join responses
        on
            windows.customer_id = responses.customer_id
            and responses.responded_date > windows.window_start_date
            and responses.responded_date <= windows.window_end_date
    group by windows.window_id

),

combined as (

    select
        windows.pilot_id,
        windows.customer_id,
        windows.arm,
        windows.assigned_date,
        windows.period,
        windows.month_offset,
        windows.window_start_date,
        windows.window_end_date,

        window_months.has_30_plus,
        window_start_states.is_30_plus_at_start,
        window_months.has_current_month_end,
        window_months.amount_paid::decimal(18, 2) as amount_paid,
        window_months.amount_due::decimal(18, 2) as amount_due,

        window_events.digital_actions > 0 as has_digital_action,
        window_events.digital_actions::bigint as digital_actions,
        window_events.visits > 0 as has_visit,
        window_events.purchases > 0 as has_purchase,
        window_events.spend::decimal(18, 2) as spend,
        window_events.outbound_contacts::bigint as outbound_contacts,
        window_events.right_party_contacts > 0 as has_right_party_contact,
        window_surveys.latest_score,

        -- coalesced so that either date stands alone when the other is null
        least(
            coalesce(
                window_events.first_event_date,
                window_surveys.first_response_date
            ),
            coalesce(
                window_surveys.first_response_date,
                window_events.first_event_date
            )
        ) as first_event_date,
        window_months.first_amount_date

    from windows
    inner join window_events on windows.window_id = window_events.window_id
    inner join window_months on windows.window_id = window_months.window_id
    inner join window_start_states
        on windows.window_id = window_start_states.window_id
    left join window_surveys on windows.window_id = window_surveys.window_id

)

select * from combined
