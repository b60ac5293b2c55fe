-- grain: one engagement event; key: event_id.
-- Contacts, digital actions, promises to pay and payments, with the flags
-- the engagement and contact measures count.
with

events as (

    select * from staging.stg_engagement

),

flagged as (

    select
        event_id,
        customer_id,
        event_at,  -- UTC
        event_at::date as event_date,
        last_day(event_at::date) as month_date,

        channel,
        direction,
        event_type,
        outcome,
        campaign_id,

        amount,
        promise_amount,
        promise_due_date,

        direction = 'inbound'
            and event_type in (
                'login', 'click', 'app_action', 'visit', 'purchase', 'call'
            ) as is_customer_initiated_digital,
        direction = 'outbound'
            and channel = 'phone'
            and event_type = 'call' as is_outbound_phone_attempt,
        direction = 'outbound'
            and channel = 'phone'
            and event_type = 'call'
            and outcome is not distinct from 'connected'
            as is_right_party_contact

    from events

)

select * from flagged
