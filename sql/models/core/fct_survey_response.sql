-- grain: one survey response; key: response_id.
-- Likelihood-to-recommend answers with their NPS class.
with

responses as (

    select * from staging.stg_surveys

),

classified as (

    select
        response_id,
        customer_id,
        responded_at,  -- UTC
        responded_at::date as responded_date,
        last_day(responded_at::date) as month_date,
        survey,
        score,
        case
            when score >= 9 then 'promoter'
            when score >= 7 then 'passive'
            else 'detractor'
        end as nps_class,
        touchpoint

    from responses

)

select * from classified
