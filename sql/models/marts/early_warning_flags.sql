-- grain: one customer, month and flag; key: customer_id, month_date, flag.
-- Signals that a customer is heading into trouble, each with the reason in
-- a plain sentence. Flags and thresholds are listed in docs/schema.md.
with

profiles as (

    select * from marts.customer_month_profile

),

promises as (

    select * from core.fct_promise_to_pay

),

histories as (

    select
        customer_id,
        month_date,
        max_days_past_due,
        bureau_score,
        lag(max_days_past_due) over by_month as previous_max_days_past_due,
        lag(digital_actions, 1) over by_month as digital_actions_1m_before,
        lag(digital_actions, 2) over by_month as digital_actions_2m_before,
        max(month_date) filter (where digital_actions > 0) over (
            by_month rows between unbounded preceding and 3 preceding
        ) as last_active_month_date,
        lag(bureau_score, 3) over by_month as bureau_score_3m_before

    from profiles
    window by_month as (partition by customer_id order by month_date)

),

missed_after_silence as (

    -- first month of arrears after two or more silent months that
    -- followed digital activity
    select
        customer_id,
        month_date,
        'missed_payment_after_digital_silence' as flag,
        format(
            'First missed payment ({} days past due) after {} months '
            || 'without a login, click, app action, visit, purchase or '
            || 'inbound call; last active in {}.',
            max_days_past_due,
            date_diff('month', last_active_month_date, month_date) - 1,
            strftime(last_active_month_date, '%B %Y')
        ) as reason

    from histories
    where
        max_days_past_due >= 1
        and coalesce(previous_max_days_past_due, 0) = 0
        and digital_actions_1m_before = 0
        and digital_actions_2m_before = 0
        and last_active_month_date is not null

),

broken_promises as (

    select
        customer_id,
        due_month_date as month_date,
        'broken_promise_to_pay' as flag,
        format(
            'Did not keep {} promise(s) to pay due this month: {:.2f} '
            || 'promised, {:.2f} paid by the due dates.',
            count(*),
            sum(promise_amount),
            sum(paid_amount)
        ) as reason

    from promises
    where not is_kept
    group by customer_id, due_month_date

),

score_drops as (

    select
        customer_id,
        month_date,
        'bureau_score_drop_while_current' as flag,
        format(
            'Bureau score fell {} points in three months, from {} to {}, '
            || 'while every account is up to date.',
            bureau_score_3m_before - bureau_score,
            bureau_score_3m_before,
            bureau_score
        ) as reason

    from histories
    where
        max_days_past_due = 0
        and bureau_score <= bureau_score_3m_before - 50

),

flags as (

    select * from missed_after_silence
    union all select * from broken_promises
    union all select * from score_drops

)

select * from flags
