-- grain: one customer per month with any account, event, promise falling
-- due or survey response; key: customer_id, month_date.
-- Account, contact, promise and survey totals of the customer's month.
with

accounts as (

    select * from core.fct_account_month

),

events as (

    select * from core.fct_engagement_event

),

promises as (

    select * from core.fct_promise_to_pay

),

responses as (

    select * from core.fct_survey_response

),

account_totals as (

    select
        customer_id,
        month_date,
        count(*) as accounts,
        count(*) filter (where is_open) as accounts_open,
        coalesce(sum(balance) filter (where is_open), 0)::decimal(18, 2)
            as balance,
        (sum(credit_limit) filter (where is_open))::decimal(18, 2)
            as credit_limit,
        sum(amount_due)::decimal(18, 2) as amount_due,
        sum(amount_paid)::decimal(18, 2) as amount_paid,
        max(days_past_due) as max_days_past_due,
        -- worst bucket: charged_off, then 90+ down to current
        arg_max(
            delinquency_bucket,
            case when is_charged_off then 100000 else days_past_due end
        ) as delinquency_bucket,
        bool_or(is_charged_off) as has_charged_off_account,
        min(bureau_score) as bureau_score

    from accounts
    group by customer_id, month_date

),

event_totals as (

    select
        customer_id,
        month_date,
        count(*) filter (where is_customer_initiated_digital)
            as digital_actions,
        count(*) filter (where direction = 'outbound') as outbound_contacts,
        count(*) filter (where is_outbound_phone_attempt) as phone_attempts,
        count(*) filter (where is_right_party_contact) as right_party_contacts,
        count(*) filter (where event_type = 'promise_to_pay') as promises_made,
        coalesce(sum(amount) filter (where event_type = 'payment'), 0)
            ::decimal(18, 2) as payments_amount

    from events
    group by customer_id, month_date

),

promise_totals as (

    select
        customer_id,
        due_month_date as month_date,
        -- promises still open are not due yet in the sense of the KPI
        count(is_kept) as promises_due,
        count(*) filter (where is_kept) as promises_kept

    from promises
    group by customer_id, due_month_date

),

survey_totals as (

    select
        customer_id,
        month_date,
        count(*) as survey_responses,
        arg_max(score, responded_at) as survey_score

    from responses
    group by customer_id, month_date

),

customer_months as (

    select customer_id, month_date from account_totals
    union select customer_id, month_date from event_totals
    union select customer_id, month_date from promise_totals
    union select customer_id, month_date from survey_totals

),

combined as (

    select
        customer_months.customer_id,
        customer_months.month_date,

        coalesce(account_totals.accounts, 0) as accounts,
        coalesce(account_totals.accounts_open, 0) as accounts_open,
        coalesce(account_totals.balance, 0) as balance,
        account_totals.credit_limit,
        account_totals.amount_due,
        account_totals.amount_paid,
        account_totals.max_days_past_due,
        account_totals.delinquency_bucket,
        coalesce(account_totals.has_charged_off_account, false)
            as has_charged_off_account,
        account_totals.bureau_score,

        coalesce(event_totals.digital_actions, 0) as digital_actions,
        coalesce(event_totals.outbound_contacts, 0) as outbound_contacts,
        coalesce(event_totals.phone_attempts, 0) as phone_attempts,
        coalesce(event_totals.right_party_contacts, 0) as right_party_contacts,
        coalesce(event_totals.promises_made, 0) as promises_made,
        coalesce(promise_totals.promises_due, 0) as promises_due,
        coalesce(promise_totals.promises_kept, 0) as promises_kept,
        coalesce(event_totals.payments_amount, 0) as payments_amount,

        coalesce(survey_totals.survey_responses, 0) as survey_responses,
        survey_totals.survey_score

    from customer_months
    left join account_totals using (customer_id, month_date)
    left join event_totals using (customer_id, month_date)
    left join promise_totals using (customer_id, month_date)
    left join survey_totals using (customer_id, month_date)

)

select * from combined
