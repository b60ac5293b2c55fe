-- grain: one metric of one pilot; key: pilot_id, metric.
-- Pilot goals as delivered. A pilot's goals are one declaration: the latest
-- batch that delivers any goal of a pilot replaces all its earlier goals, so
-- a metric dropped from a later delivery is dropped here too.
with

source as (

    select * from raw.pilot_goals

),

renamed as (

    select
        trim(pilot_id) as pilot_id,
        lower(trim(metric)) as metric,
        lower(trim(role)) as role,
        lower(trim(direction)) as direction,
        margin::double as margin,
        position,

        _batch_id,
        _source_file,
        _source_line

    from source

),

latest_declaration as (

    select *
    from renamed
    qualify _batch_id = max(_batch_id) over (partition by pilot_id)

),

latest_delivery as (

    select *
    from latest_declaration
    qualify row_number() over (
        partition by pilot_id, metric
        order by _source_line desc
    ) = 1

)

select * from latest_delivery
