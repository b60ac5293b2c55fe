-- grain: one customer per version of its tracked attributes (SCD type 2);
-- key: customer_key (natural key: customer_id, valid_from).
-- A version starts on the first snapshot whose tracked attributes differ
-- from the snapshot before it; it is valid until the next version starts
-- (valid_to is exclusive, 9999-12-31 on the current version).
-- Every customer delivery is a full snapshot of its source's customers (a
-- source is the mapping the file came through): a customer missing from the
-- next snapshot of the source that last delivered it was deleted on that
-- snapshot's date. Deletion is a version of its own, is_deleted true,
-- carrying the attributes last seen, so a deleted customer still has exactly
-- one current row; a customer that returns starts a new version on the
-- snapshot it returns in. Everything is derived from the snapshot dates
-- alone, so snapshots loaded late or in any file order give the same
-- versions.
with

snapshots as (

    select * from staging.stg_customers

),

snapshot_dates as (

    -- each source's snapshot dates, with the date of its next snapshot
    select
        snapshot_source,
        snapshot_date,
        lead(snapshot_date) over (
            partition by snapshot_source order by snapshot_date
        ) as next_source_snapshot_date

    from (select distinct snapshot_source, snapshot_date from snapshots)

),

appearances as (

    select
        snapshots.customer_id,
        snapshots.snapshot_date,
        snapshots.region,
        snapshots.segment,
        snapshots.income_band,
        snapshots.age_band,
        snapshots.open_date,
        snapshots.status,
        false as is_deleted,
        snapshot_dates.next_source_snapshot_date,
        -- in any source: a customer moving between sources is not deleted
        lead(snapshots.snapshot_date) over (
            partition by snapshots.customer_id
            order by snapshots.snapshot_date
        ) as next_appearance_date

    from snapshots
    inner join snapshot_dates
        on
            snapshots.snapshot_source
            is not distinct from snapshot_dates.snapshot_source
            and snapshots.snapshot_date = snapshot_dates.snapshot_date

),

deletions as (

    -- the next snapshot of the source after an appearance, when the customer
    -- appears nowhere from then until that snapshot
    select
        customer_id,
        next_source_snapshot_date as snapshot_date,
        region,
        segment,
        income_band,
        age_band,
        open_date,
        status,
        true as is_deleted

    from appearances
    where
        next_source_snapshot_date is not null
        and (
            next_appearance_date is null
            or next_appearance_date > next_source_snapshot_date
        )

),

states as (

    select * exclude (next_source_snapshot_date, next_appearance_date)
    from appearances
    union all
    select * from deletions

),

compared as (

    select
        *,

        -- null-safe: a value appearing or disappearing is a change too
        lag(snapshot_date) over by_snapshot is null
            or region is distinct from lag(region) over by_snapshot
            or segment is distinct from lag(segment) over by_snapshot
            or income_band is distinct from lag(income_band) over by_snapshot
            or age_band is distinct from lag(age_band) over by_snapshot
            or open_date is distinct from lag(open_date) over by_snapshot
            or status is distinct from lag(status) over by_snapshot
            or is_deleted <> lag(is_deleted) over by_snapshot
            as is_new_version

    from states
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
        any_value(is_deleted) as is_deleted,
        min(snapshot_date) as valid_from,
        max(snapshot_date) filter (where not is_deleted) as last_snapshot_date

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
        is_deleted,
        version_number::bigint as version_number,
        last_snapshot_date

    from bounded

)

select * from keyed
