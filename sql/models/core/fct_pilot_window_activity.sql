-- grain: one customer in one pilot; key: pilot_id, customer_id.
-- What each assigned customer did inside the outcome window
-- (assigned_date, window_end_date]: arrears at month ends, digital actions,
-- visits, purchases and the latest survey score.
with

assignments as (

    select * from core.fct_pilot_assignment

),

accounts as (

    select * from core.fct_account_month

),

events as (

    select * from core.fct_engagement_event

),

responses as (

    select * from core.fct_survey_response

),

window_events as (

    select
        assignments.pilot_id,
        assignments.customer_id,
        count(*) filter (where events.is_customer_initiated_digital) > 0
            as has_digital_action,
        count(*) filter (where events.event_type = 'visit') > 0 as has_visit,
        count(*) filter (where events.event_type = 'purchase') > 0
            as has_purchase,
        coalesce(
            sum(events.amount) filter (where events.event_type = 'purchase'),
            0
        ) as spend

    from assignments
    left join events
        on
            assignments.customer_id = events.customer_id
            and events.event_date > assignments.assigned_date
            and events.event_date <= assignments.window_end_date
    group by assignments.pilot_id, assignments.customer_id

),

window_arrears as (

    select
        assignments.pilot_id,
        assignments.customer_id,
        count(*) filter (where accounts.days_past_due >= 30) > 0
            as has_30_plus

    from assignments
    left join accounts
        on
            assignments.customer_id = accounts.customer_id
            and accounts.month_date > assignments.assigned_date
            and accounts.month_date <= assignments.window_end_date
    group by assignments.pilot_id, assignments.customer_id

),

window_surveys as (

    select
        assignments.pilot_id,
        assignments.customer_id,
        arg_max(responses.score, responses.responded_at) as latest_score

    from assignments
    inner join responses
        on
            assignments.customer_id = responses.customer_id
            and responses.responded_date > assignments.assigned_date
            and responses.responded_date <= assignments.window_end_date
    group by assignments.pilot_id, assignments.customer_id

),

combined as (

    select
        assignments.pilot_id,
        assignments.customer_id,
        assignments.arm,
        assignments.assigned_date,
        assignments.window_end_date,
        window_arrears.has_30_plus,
        window_events.has_digital_action,
        window_events.has_visit,
        window_events.has_purchase,
        window_events.spend::decimal(18, 2) as spend,
        window_surveys.latest_score

    from assignments
    left join window_events
        on
            assignments.pilot_id = window_events.pilot_id
            and assignments.customer_id = window_events.customer_id
    left join window_arrears
        on
            assignments.pilot_id = window_arrears.pilot_id
            and assignments.customer_id = window_arrears.customer_id
    left join window_surveys
        on
            assignments.pilot_id = window_surveys.pilot_id
            and assignments.customer_id = window_surveys.customer_id

)

select * from combined
