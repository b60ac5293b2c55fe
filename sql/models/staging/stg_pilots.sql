-- grain: one pilot; key: pilot_id.
-- Engagement pilots as delivered, keeping the row of the latest batch when
-- a pilot was delivered more than once.
with

source as (

    select * from raw.pilots

),

renamed as (

    select
        trim(pilot_id) as pilot_id,
        trim(name) as pilot_name,
        trim(owner) as owner,

        start_date,
        end_date,
        outcome_window_days,
        planned_split,
        lower(trim(design)) as design,
        planned_customers::bigint as planned_customers,

        _batch_id,
        _source_file,
        _source_line

    from source

),

latest_delivery as (

    select *
    from renamed
    qualify row_number() over (
        partition by pilot_id
        order by _batch_id desc, _source_line desc
    ) = 1

)

select * from latest_delivery
