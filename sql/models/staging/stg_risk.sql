-- grain: one account at one month end; key: account_id, as_of_date.
-- The risk extract as delivered: of each month only the rows of the latest
-- batch that holds it, so a corrected re-delivery replaces the whole month.
with

source as (

    select * from raw.risk_accounts

),

batches as (

    select batch_id, mapping from meta.load_batches

),

superseded as (

    -- periods of a batch that a later delivery through the same mapping holds
    select batch_id, period_start, period_end
    from meta.superseded_periods
    where extract = 'risk'

),

renamed as (

    select
        trim(account_id) as account_id,
        as_of_date,
        -- the source id, or its keyed hash when a pseudonym key is configured
        pseudonymised_customer_id(trim(customer_id)) as customer_id,
        lower(trim(product)) as product,
        opened_date,

        -- money in the currency of the extract
        credit_limit,
        balance,
        amount_due,
        amount_paid,

        days_past_due,
        bureau_score,
        lower(trim(collections_stage)) as collections_stage,
        is_charged_off,
        is_default_next_month,

        -- the mapping the row came through, or a file in the contract's layout
        coalesce(batches.mapping, '(contract layout)') as source_mapping,
        _batch_id,
        _source_file,
        _source_line

    from source
    left join batches on batches.batch_id = source._batch_id

),

current_delivery as (

    -- each delivery holds whole months of as_of_date: a later batch of
    -- the same series holding the month replaces this batch's rows of it
    -- (raw keeps both)
    select *
    from renamed
    where not exists (
        select 1
        from superseded
        where superseded.batch_id = renamed._batch_id
            and renamed.as_of_date >= superseded.period_start
            and renamed.as_of_date < superseded.period_end
    )

),

latest_delivery as (

    select *
    from current_delivery
    -- within a source the latest batch; between sources a fixed order, so
    -- the row kept never depends on the order the files were loaded in
    qualify row_number() over (
        partition by account_id, as_of_date
        order by source_mapping, _batch_id desc, _source_line desc
    ) = 1

)

select * from latest_delivery
