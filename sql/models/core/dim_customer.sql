-- grain: one customer per version of its tracked attributes (SCD type 2);
-- key: customer_key (natural key: customer_id, valid_from).
-- A version starts on the first snapshot whose tracked attributes differ
-- from the snapshot before it; it is valid until the next version starts
-- (valid_to is exclusive, 9999-12-31 on the current version).
with

snapshots as (

    select * from staging.stg_customers

),

compared as (

    select
        customer_id,
        snapshot_date,
        region,
        segment,
        income_band,
        age_band,
        open_date,
        status,

        -- null-safe: a value appearing or disappearing is a change too
        lag(snapshot_date) over by_snapshot is null
            or region is distinct from lag(region) over by_snapshot
            or segment is distinct from lag(segment) over by_snapshot
            or income_band is distinct from lag(income_band) over by_snapshot
            or age_band is distinct from lag(age_band) over by_snapshot
            or open_date is distinct from lag(open_date) over by_snapshot
            or status is distinct from lag(status) over by_snapshot
            as is_new_version

    from snapshots
    window by_snapshot as (partition by customer_id order by snapshot_date)

),

versions as (

    select
        customer_id,
        region,
        segment,
        income_band,
        age_band,
        open_date,
        status,

        snapshot_date as valid_from,
        coalesce(
            lead(snapshot_date) over by_version,
            date '9999-12-31'
        ) as valid_to,
        row_number() over by_version as version_number

    from compared
    where is_new_version
    window by_version as (partition by customer_id order by snapshot_date)

),

keyed as (

    select
        -- stable across rebuilds: derived from the natural key, 60 bits
        ('0x' || left(md5(customer_id || '|' || valid_from::varchar), 15))
            ::bigint as customer_key,
        customer_id,
        region,
        segment,
        income_band,
        age_band,
        open_date,
        status,
        valid_from,
        valid_to,
        valid_to = date '9999-12-31' as is_current,
        version_number

    from versions

)

select * from keyed
