-- grain: one survey response; key: response_id.
-- Likelihood-to-recommend answers as delivered, keeping the row of the
-- latest batch when a response was delivered more than once.
with

source as (

    select * from raw.survey_responses

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

        _batch_id,
        _source_file,
        _source_line

    from source

),

latest_delivery as (

    select *
    from renamed
    qualify row_number() over (
        partition by response_id
        order by _batch_id desc, _source_line desc
    ) = 1

)

select * from latest_delivery
