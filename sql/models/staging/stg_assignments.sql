-- grain: one customer in one pilot; key: pilot_id, customer_id.
-- Pilot arm assignments as delivered, keeping the row of the latest batch
-- when an assignment was delivered more than once, and flagging customers
-- whose deliveries put them in both arms of the pilot.
with

source as (

    select * from raw.pilot_assignments

),

renamed as (

    select
        trim(pilot_id) as pilot_id,
        -- the source id, or its keyed hash when a pseudonym key is configured
        pseudonymised_customer_id(trim(customer_id)) as customer_id,
        lower(trim(arm)) as arm,
        assigned_date,

        _batch_id,
        _source_file,
        _source_line

    from source

),

compared as (

    -- before the latest delivery is picked: the earlier ones are the
    -- only trace of a customer moved between arms
    select
        *,
        min(arm) over deliveries <> max(arm) over deliveries
            as has_conflicting_arms

    from renamed
    window deliveries as (partition by pilot_id, customer_id)

),

latest_delivery as (

    select *
    from compared
    qualify row_number() over (
        partition by pilot_id, customer_id
        order by _batch_id desc, _source_line desc
    ) = 1

)

select * from latest_delivery
