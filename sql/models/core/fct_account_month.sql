-- grain: one account per month; key: account_id, month_date.
-- Month-end account snapshots with the delinquency bucket of the month and
-- of the month before. When an account has several snapshots in one
-- calendar month, the latest one stands.
with

accounts as (

    select * from staging.stg_risk

),

month_ends as (

    select
        *,
        last_day(as_of_date) as month_date
    from accounts
    qualify row_number() over (
        partition by account_id, last_day(as_of_date)
        order by as_of_date desc
    ) = 1

),

bucketed as (

    select
        account_id,
        customer_id,
        month_date,
        as_of_date,
        product,
        opened_date,
        -- calendar months since the month the account was opened
        date_diff('month', opened_date, month_date) as months_on_book,

        credit_limit,
        balance,
        days_past_due,
        case
            when is_charged_off then 'charged_off'
            when days_past_due = 0 then 'current'
            when days_past_due < 30 then '1-29'
            when days_past_due < 60 then '30-59'
            when days_past_due < 90 then '60-89'
            else '90+'
        end as delinquency_bucket,
        amount_due,
        amount_paid,
        bureau_score,
        collections_stage,

        is_charged_off,
        not is_charged_off as is_open,
        is_default_next_month

    from month_ends

),

with_previous_month as (

    select
        *,
        -- null when the account has no snapshot in the previous month
        case
            when lag(month_date) over by_month
                = date_trunc('month', month_date)::date - 1
                then lag(delinquency_bucket) over by_month
        end as previous_delinquency_bucket

    from bucketed
    window by_month as (partition by account_id order by month_date)

)

select * from with_previous_month
