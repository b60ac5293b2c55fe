-- grain: one reporting month; key: month_date.
-- Portfolio risk and engagement KPIs; definitions in docs/schema.md. Rates
-- are shares between 0 and 1, null when their denominator is zero.
with

months as (

    select * from core.dim_month

),

accounts as (

    select * from core.fct_account_month

),

profiles as (

    select * from marts.customer_month_profile

),

responses as (

    select * from core.fct_survey_response

),

events as (

    select * from core.fct_engagement_event

),

arrears as (

    select
        month_date,
        count(*) filter (where is_open) as accounts_open,
        count(*) filter (where is_open and days_past_due >= 30)
            as accounts_30_plus,
        count(*) filter (where is_open and days_past_due >= 60)
            as accounts_60_plus,
        count(*) filter (where is_open and days_past_due >= 90)
            as accounts_90_plus,

        -- balances owed; a balance in the customer's favour counts as 0
        (sum(greatest(balance, 0)) filter (where is_open))::decimal(18, 2)
            as balance_open,
        sum(greatest(balance, 0)) filter (
            where is_open and days_past_due >= 30
        ) as balance_30_plus,
        sum(greatest(balance, 0)) filter (
            where is_open and days_past_due >= 60
        ) as balance_60_plus,
        sum(greatest(balance, 0)) filter (
            where is_open and days_past_due >= 90
        ) as balance_90_plus,

        -- sums of squared balances owed: with the sums above they give the
        -- sampling variance of a balance-weighted rate (docs/schema.md).
        -- Summed as exact decimals, then made double: a double sum depends on
        -- the order rows arrive in, which changes with the customer ids
        sum(greatest(balance, 0) * greatest(balance, 0)) filter (
            where is_open
        )::double as balance_squares_open,
        sum(greatest(balance, 0) * greatest(balance, 0)) filter (
            where is_open and days_past_due >= 30
        )::double as balance_squares_30_plus,
        sum(greatest(balance, 0) * greatest(balance, 0)) filter (
            where is_open and days_past_due >= 60
        )::double as balance_squares_60_plus,
        sum(greatest(balance, 0) * greatest(balance, 0)) filter (
            where is_open and days_past_due >= 90
        )::double as balance_squares_90_plus,

        -- 30+ last month: open at 30 or more days past due; accounts with
        -- no snapshot this month are left out, not counted as uncured
        count(*) filter (
            where previous_delinquency_bucket in ('30-59', '60-89', '90+')
        ) as accounts_30_plus_last_month,
        count(*) filter (
            where previous_delinquency_bucket in ('30-59', '60-89', '90+')
            and delinquency_bucket = 'current'
        ) as accounts_cured,

        -- of the accounts open at month end: a charged-off account has
        -- already defaulted and would count again every month
        count(is_default_next_month) filter (where is_open)
            as accounts_default_stated,
        count(*) filter (where is_open and is_default_next_month)
            as accounts_defaulted

    from accounts
    group by month_date

),

customers as (

    select
        month_date,
        count(*) filter (where is_active) as customers_active,
        count(*) filter (where is_active and digital_actions > 0)
            as customers_engaged,
        sum(phone_attempts)::bigint as phone_attempts,
        sum(right_party_contacts)::bigint as right_party_contacts,
        sum(promises_due)::bigint as promises_due,
        sum(promises_kept)::bigint as promises_kept

    from profiles
    group by month_date

),

-- a month without a single engagement event has no engagement data: its
-- engagement rate is unknown, not 0
engagement_coverage as (

    select
        month_date,
        count(*) as engagement_events

    from events
    group by month_date

),

surveys as (

    select
        month_date,
        count(*) as survey_responses,
        count(*) filter (where nps_class = 'promoter') as promoters,
        count(*) filter (where nps_class = 'detractor') as detractors

    from responses
    group by month_date

),

rated as (

    select
        months.month_date,
        coalesce(accounts_open, 0) as accounts_open,
        coalesce(accounts_30_plus, 0) as accounts_30_plus,
        coalesce(accounts_60_plus, 0) as accounts_60_plus,
        coalesce(accounts_90_plus, 0) as accounts_90_plus,
        accounts_30_plus / nullif(accounts_open, 0) as rate_30_plus,
        accounts_60_plus / nullif(accounts_open, 0) as rate_60_plus,
        accounts_90_plus / nullif(accounts_open, 0) as rate_90_plus,
        coalesce(balance_open, 0)::decimal(18, 2) as balance_open,
        (balance_30_plus / nullif(balance_open, 0))::double
            as balance_rate_30_plus,
        (balance_60_plus / nullif(balance_open, 0))::double
            as balance_rate_60_plus,
        (balance_90_plus / nullif(balance_open, 0))::double
            as balance_rate_90_plus,
        coalesce(balance_squares_open, 0) as balance_squares_open,
        coalesce(balance_squares_30_plus, 0) as balance_squares_30_plus,
        coalesce(balance_squares_60_plus, 0) as balance_squares_60_plus,
        coalesce(balance_squares_90_plus, 0) as balance_squares_90_plus,
        coalesce(accounts_30_plus_last_month, 0)
            as accounts_30_plus_last_month,
        coalesce(accounts_cured, 0) as accounts_cured,
        accounts_cured / nullif(accounts_30_plus_last_month, 0) as cure_rate,

        coalesce(customers_active, 0) as customers_active,
        coalesce(customers_engaged, 0) as customers_engaged,
        case
            when engagement_events > 0
                then customers_engaged / nullif(customers_active, 0)
        end as engagement_rate,
        coalesce(phone_attempts, 0) as phone_attempts,
        coalesce(right_party_contacts, 0) as right_party_contacts,
        right_party_contacts / nullif(phone_attempts, 0)
            as right_party_contact_rate,
        coalesce(promises_due, 0) as promises_due,
        coalesce(promises_kept, 0) as promises_kept,
        promises_kept / nullif(promises_due, 0) as promise_kept_rate,

        coalesce(survey_responses, 0) as survey_responses,
        coalesce(promoters, 0) as promoters,
        coalesce(detractors, 0) as detractors,
        100.0 * (promoters - detractors) / nullif(survey_responses, 0) as nps,
        coalesce(accounts_default_stated, 0) as accounts_default_stated,
        coalesce(accounts_defaulted, 0) as accounts_defaulted,
        accounts_defaulted / nullif(accounts_default_stated, 0)
            as default_next_month_rate

    from months
    left join arrears on months.month_date = arrears.month_date
    left join customers on months.month_date = customers.month_date
    left join surveys on months.month_date = surveys.month_date
    left join engagement_coverage
        on months.month_date = engagement_coverage.month_date

)

select * from rated
