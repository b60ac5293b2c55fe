-- grain: one customer per reporting month in the book;
-- key: customer_id, month_date.
-- Risk and engagement side by side: the attributes of the customer version
-- valid at the month end, the month's accounts, contacts, promises and
-- survey answers, and the risk and engagement bands (docs/schema.md). The
-- months each customer is in the book come from core.fct_customer_month.
with

customer_months as (

    select * from core.fct_customer_month

),

customers as (

    select * from core.dim_customer

),

activity as (

    select * from core.fct_customer_month_activity

),

combined as (

    select
        customer_months.customer_id,
        customer_months.month_date,
        customer_months.customer_key,
        customers.region,
        customers.segment,
        customers.income_band,
        customers.age_band,
        customers.open_date,
        customers.status,
        customer_months.is_version_backfilled,

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

    from customer_months
    left join customers
        on customer_months.customer_key = customers.customer_key
    left join activity
        on
            customer_months.customer_id = activity.customer_id
            and customer_months.month_date = activity.month_date

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
