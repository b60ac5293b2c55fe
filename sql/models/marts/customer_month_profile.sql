-- grain: one customer per reporting month; key: customer_id, month_date.
-- Risk and engagement side by side, every month from the customer's first
-- appearance in the data to the latest reporting month, with the customer
-- attributes of the version valid at the month end. Bands: docs/schema.md.
with

months as (

    select * from core.dim_month

),

customers as (

    select * from core.dim_customer

),

activity as (

    select * from core.fct_customer_month_activity

),

versions as (

    -- the first version also stands for the months before its snapshot
    select
        *,
        case
            when version_number = 1 then date '0001-01-01' else valid_from
        end as effective_from

    from customers

),

first_appearances as (

    select customer_id, min(month_date) as first_month_date
    from (
        select customer_id, last_day(valid_from) as month_date from versions
        union all select customer_id, month_date from activity
    )
    group by customer_id

),

spine as (

    select first_appearances.customer_id, months.month_date
    from first_appearances
    inner join months
        on months.month_date >= first_appearances.first_month_date

),

combined as (

    select
        spine.customer_id,
        spine.month_date,
        versions.customer_key,
        versions.region,
        versions.segment,
        versions.income_band,
        versions.age_band,
        versions.open_date,
        versions.status,
        coalesce(spine.month_date < versions.valid_from, false)
            as is_version_backfilled,

        coalesce(activity.accounts, 0) as accounts,
        coalesce(activity.accounts_open, 0) as accounts_open,
        coalesce(activity.balance, 0)::decimal(18, 2) as balance,
        activity.credit_limit,
        activity.max_days_past_due,
        activity.delinquency_bucket,
        coalesce(activity.has_charged_off_account, false)
            as has_charged_off_account,
        activity.bureau_score,

        coalesce(activity.digital_actions, 0) as digital_actions,
        coalesce(activity.outbound_contacts, 0) as outbound_contacts,
        coalesce(activity.phone_attempts, 0) as phone_attempts,
        coalesce(activity.right_party_contacts, 0) as right_party_contacts,
        coalesce(activity.promises_made, 0) as promises_made,
        coalesce(activity.promises_due, 0) as promises_due,
        coalesce(activity.promises_kept, 0) as promises_kept,
        coalesce(activity.payments_amount, 0)::decimal(18, 2)
            as payments_amount,
        coalesce(activity.survey_responses, 0) as survey_responses,
        activity.survey_score

    -- a range join rather than an asof join: DuckDB 1.5 ran the asof join
    -- some fifty times slower on tables built in the same transaction
    from spine
    left join versions
        on
            spine.customer_id = versions.customer_id
            and spine.month_date >= versions.effective_from
            and spine.month_date < versions.valid_to
    left join activity
        on
            spine.customer_id = activity.customer_id
            and spine.month_date = activity.month_date

),

rolled as (

    select
        * exclude (survey_score),
        last_value(survey_score ignore nulls) over to_date
            as latest_survey_score,
        (sum(digital_actions) over last_three_months)::bigint
            as digital_actions_3m,
        count(*) filter (where digital_actions > 0) over last_three_months
            as digital_months_3m,
        accounts_open > 0 or coalesce(status = 'active', false) as is_active

    from combined
    window
        to_date as (
            partition by customer_id order by month_date
            rows between unbounded preceding and current row
        ),
        last_three_months as (
            partition by customer_id order by month_date
            rows between 2 preceding and current row
        )

),

banded as (

    select
        *,
        case
            when accounts = 0 then null
            when max_days_past_due >= 30 or has_charged_off_account
                then 'delinquent'
            when max_days_past_due >= 1 or bureau_score < 580 then 'high'
            when bureau_score < 670 or bureau_score is null then 'medium'
            else 'low'
        end as risk_band,
        case
            when digital_months_3m >= 2 then 'engaged'
            when digital_months_3m = 1 then 'passive'
            else 'dark'
        end as engagement_band

    from rolled

)

select * from banded
