-- grain: one survey response; key: response_id.
-- Likelihood-to-recommend answers as delivered: of each month only the rows
-- of the latest batch that holds it, and of a response delivered more than
-- once the row of the latest batch.
with

source as (

    select * from raw.survey_responses

),

batches as (

    select batch_id, mapping from meta.load_batches

),

superseded as (

    -- periods of a batch that a later delivery through the same mapping holds
    select batch_id, period_start, period_end
    from meta.superseded_periods
    where extract = 'surveys'

),

renamed as (

    select
        trim(response_id) as response_id,
        -- the source id, or its keyed hash when a pseudonym key is configured
        pseudonymised_customer_id(trim(customer_id)) as customer_id,
        responded_at,  -- UTC

        lower(trim(survey)) as survey,
        score,
        lower(nullif(trim(touchpoint), '')) as touchpoint,

        -- the mapping the row came through, or a file in the contract's layout
        coalesce(batches.mapping, '(contract layout)') as source_mapping,
        _batch_id,
        _source_file,
        _source_line

    from source
    left join batches on batches.batch_id = source._batch_id

),

current_delivery as (

    -- each delivery holds whole months of responded_at: a later batch of
    -- the same series holding the month replaces this batch's rows of it
    -- (raw keeps both)
    select *
    from renamed
    where not exists (
        select 1
        from superseded
        where superseded.batch_id = renamed._batch_id
            and renamed.responded_at >= superseded.period_start
            and renamed.responded_at < superseded.period_end
    )

),

latest_delivery as (

    select *
    from current_delivery
    -- within a source the latest batch; between sources a fixed order, so
    -- the row kept never depends on the order the files were loaded in
    qualify row_number() over (
        partition by response_id
        order by source_mapping, _batch_id desc, _source_line desc
    ) = 1

)

select * from latest_delivery
