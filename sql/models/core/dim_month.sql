-- grain: one reporting month; key: month_date (last day of the month).
-- Every month, without gaps, from the first to the last month that holds
-- account snapshots, engagement events or survey responses.
with

calendar as (

    select * from core.dim_date

),

accounts as (

    select * from core.fct_account_month

),

events as (

    select * from core.fct_engagement_event

),

responses as (

    select * from core.fct_survey_response

),

fact_months as (

    select month_date from accounts
    union all select month_date from events
    union all select month_date from responses

),

bounds as (

    select
        min(month_date) as first_month_date,
        max(month_date) as last_month_date
    from fact_months

),

months as (

    select
        calendar.month_date,
        calendar.month_start_date,
        (calendar.month_start_date - 1) as previous_month_date,
        last_day(calendar.month_date + 1) as next_month_date,
        calendar.year,
        calendar.month,
        calendar.quarter,
        strftime(calendar.month_date, '%Y-%m') as month_label,
        calendar.month_date = bounds.last_month_date as is_latest

    from calendar
    cross join bounds
    where
        calendar.is_month_end
        and calendar.month_date between bounds.first_month_date
        and bounds.last_month_date

)

select * from months
