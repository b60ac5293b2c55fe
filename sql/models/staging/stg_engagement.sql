-- grain: one engagement event; key: event_id.
-- Contacts, digital activity, promises and payments as delivered, keeping
-- the row of the latest batch when an event was delivered more than once.
with

source as (

    select * from raw.engagement_events

),

renamed as (

    select
        trim(event_id) as event_id,
        -- the source id, or its keyed hash when a pseudonym key is configured
        pseudonymised_customer_id(trim(customer_id)) as customer_id,
        event_at,  -- UTC

        lower(trim(channel)) as channel,
        lower(trim(direction)) as direction,
        lower(trim(event_type)) as event_type,
        lower(nullif(trim(outcome), '')) as outcome,
        nullif(trim(campaign_id), '') as campaign_id,

        amount,
        promise_amount,
        promise_due_date,

        _batch_id,
        _source_file,
        _source_line

    from source

),

latest_delivery as (

    select *
    from renamed
    qualify row_number() over (
        partition by event_id
        order by _batch_id desc, _source_line desc
    ) = 1

)

select * from latest_delivery
