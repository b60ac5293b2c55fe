-- grain: one customer per version of its tracked attributes (SCD type 2);
-- key: customer_key (natural key: customer_id, valid_from).
-- A version starts on the first snapshot whose tracked attributes differ
-- from the snapshot before it; it is valid until the next version starts
-- (valid_to is exclusive, 9999-12-31 on the current version).
-- Every customer delivery is a full snapshot of its source's customers (a
-- source is the mapping the file came through, or the contract's own
-- layout): a source holds a customer from a snapshot that has it until its
-- next snapshot, and a customer no source holds any longer was deleted on
-- the day the last hold ended. Deletion is a version of its own, is_deleted
-- true, carrying the attributes last seen, so a deleted customer still has
-- exactly one current row; a customer that returns starts a new version on
-- the snapshot it returns in. When sources disagree on one date, the source
-- first in name order gives the attributes ('(contract layout)' before any
-- mapping). Everything is derived from the snapshots' dates and sources
-- alone, so snapshots loaded late or in any file order give the same
-- versions.
with

snapshots as (

    select * from staging.stg_customers

),

snapshot_dates as (

    -- each source's snapshot dates, with the date of its next snapshot
    select
        source_mapping,
        snapshot_date,
        lead(snapshot_date) over (
            partition by source_mapping order by snapshot_date
        ) as next_source_snapshot_date

    from (select distinct source_mapping, snapshot_date from snapshots)

),

holds as (

    -- a source holds the customer from the snapshot until its next one (if
    -- that one has the customer too, its own hold carries on from there)
    select
        snapshots.customer_id,
        snapshots.snapshot_date as held_from,
        coalesce(
            snapshot_dates.next_source_snapshot_date, date '9999-12-31'
        ) as held_to

    from snapshots
    inner join snapshot_dates
        on
            snapshots.source_mapping = snapshot_dates.source_mapping
            and snapshots.snapshot_date = snapshot_dates.snapshot_date

),

held_before as (

    select
        customer_id,
        held_from,
        held_to,
        max(held_to) over (
            partition by customer_id order by held_from, held_to
            rows between unbounded preceding and 1 preceding
        ) as earlier_holds_end

    from holds

),

deletion_dates as (

    -- a gap between holds: deleted when the earlier holds ended
    select customer_id, earlier_holds_end as snapshot_date
    from held_before
    where earlier_holds_end < held_from

    union all

    -- the last hold ended: deleted since
    select customer_id, max(held_to) as snapshot_date
    from holds
    group by customer_id
    having max(held_to) < date '9999-12-31'

),

appearances as (

    -- one row per customer and snapshot date, from the first source by name
    select
        customer_id,
        snapshot_date,
        {
            region: region,
            segment: segment,
            income_band: income_band,
            age_band: age_band,
            open_date: open_date,
            status: status
        } as attributes

    from snapshots
    qualify row_number() over (
        partition by customer_id, snapshot_date order by source_mapping
    ) = 1

),

states as (

    select customer_id, snapshot_date, attributes, false as is_deleted
    from appearances

    union all

    select customer_id, snapshot_date, null as attributes, true as is_deleted
    from deletion_dates

),

filled as (

    -- a deletion carries the attributes of the appearance before it
    select
        customer_id,
        snapshot_date,
        is_deleted,
        coalesce(
            attributes,
            last_value(attributes ignore nulls) over (
                partition by customer_id order by snapshot_date
                rows between unbounded preceding and 1 preceding
            )
        ) as attributes

    from states

),

unpacked as (

    select
        customer_id,
        snapshot_date,
        attributes.region,
        attributes.segment,
        attributes.income_band,
        attributes.age_band,
        attributes.open_date,
        attributes.status,
        is_deleted

    from filled

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

    from unpacked
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
