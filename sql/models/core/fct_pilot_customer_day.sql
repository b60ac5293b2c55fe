-- grain: one customer assigned to some pilot and one day with events;
-- key: customer_id, event_date.
-- The engagement events of assigned customers counted per day, so that each
-- measurement window joins a few day rows rather than every event.
with

assignments as (

    select * from core.fct_pilot_assignment

),

events as (

    select * from core.fct_engagement_event

),

assigned_customers as (

    select distinct customer_id from assignments

),

customer_days as (

    select
        events.customer_id,
        events.event_date,
        count(*) filter (where events.is_customer_initiated_digital)
            as digital_actions,
        count(*) filter (where events.event_type = 'visit') as visits,
        count(*) filter (where events.event_type = 'purchase') as purchases,
        coalesce(
            sum(events.amount) filter (where events.event_type = 'purchase'), 0
        )::decimal(18, 2) as spend,
        count(*) filter (
            where
                events.direction = 'outbound'
                and events.event_type in ('message', 'call')
        ) as outbound_contacts,
        count(*) filter (where events.is_right_party_contact)
            as right_party_contacts

    from events
    inner join assigned_customers
        on events.customer_id = assigned_customers.customer_id
    group by events.customer_id, events.event_date

)

select * from customer_days
