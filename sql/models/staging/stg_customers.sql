-- grain: one customer on one snapshot date of one source;
-- key: customer_id, snapshot_date, source_mapping.
-- The customer extract as delivered, keeping the row of the latest batch
-- when a snapshot was delivered more than once. Names and e-mails stay in
-- raw; the birth date is replaced by the age band on the snapshot date.
-- Each mapping (or the contract's own layout) is a source system of its own,
-- and its deliveries are full snapshots of that system's customers only.
with

source as (

    select * from raw.customers

),

batches as (

    select batch_id, mapping from meta.load_batches

),

superseded as (

    -- periods of a batch that a later delivery through the same mapping holds
    select batch_id, period_start, period_end
    from meta.superseded_periods
    where extract = 'customers'

),

renamed as (

    select
        -- the source id, or its keyed hash when a pseudonym key is configured
        pseudonymised_customer_id(trim(customer_id)) as customer_id,
        snapshot_date,
        -- the mapping the snapshot came through, or a file in the contract's
        -- layout
        coalesce(batches.mapping, '(contract layout)') as source_mapping,

        trim(region) as region,
        trim(segment) as segment,
        coalesce(lower(trim(income_band)), 'unknown') as income_band,
        open_date,
        lower(trim(status)) as status,

        -- whole years lived on the snapshot date; never stored itself
        date_part('year', age(snapshot_date, birth_date)) as age_years,

        _batch_id,
        _source_file,
        _source_line

    from source
    left join batches on batches.batch_id = source._batch_id

),

banded as (

    select
        * exclude (age_years),
        case
            when age_years is null then 'unknown'
            when age_years < 18 then 'under_18'
            when age_years < 25 then '18-24'
            when age_years < 35 then '25-34'
            when age_years < 45 then '35-44'
            when age_years < 55 then '45-54'
            when age_years < 65 then '55-64'
            else '65+'
        end as age_band

    from renamed

),

current_delivery as (

    -- each delivery holds whole days of snapshot_date: a later batch of
    -- the same series holding the day replaces this batch's rows of it
    -- (raw keeps both)
    select *
    from banded
    where not exists (
        select 1
        from superseded
        where superseded.batch_id = banded._batch_id
            and banded.snapshot_date >= superseded.period_start
            and banded.snapshot_date < superseded.period_end
    )

),

latest_delivery as (

    select *
    from current_delivery
    -- one row per source: each source's snapshot counts on its own
    qualify row_number() over (
        partition by customer_id, snapshot_date, source_mapping
        order by _batch_id desc, _source_line desc
    ) = 1

)

select * from latest_delivery
