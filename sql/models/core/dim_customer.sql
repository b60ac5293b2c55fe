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

numbered as (

    select
        *,
        sum(is_new_version::integer) over (
            partition by customer_id order by snapshot_date
            rows between unbounded preceding and current row
        ) as version_number

    from compared

),

versions as (

    -- the tracked attributes are equal on every snapshot of a version
    select
        customer_id,
        version_number,
        any_value(region) as region,
        any_value(segment) as segment,
        any_value(income_band) as income_band,
        any_value(age_band) as age_band,
        any_value(open_date) as open_date,
        any_value(status) as status,
        min(snapshot_date) as valid_from,
        max(snapshot_date) as last_snapshot_date

    from numbered
    group by customer_id, version_number

),

bounded as (

    select
        *,
        coalesce(
            lead(valid_from) over (
                partition by customer_id order by valid_from
            ),
            date '9999-12-31'
        ) as valid_to

    from versions

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
        version_number::bigint as version_number,
        last_snapshot_date

    from bounded

)

select * from keyed
