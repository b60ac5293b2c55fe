-- grain: one calendar day; key: date_day.
-- Every day from the first day of the month of the earliest date in the data
-- to the last day of the month of the latest one, outcome windows included.
with

customers as (

    select * from staging.stg_customers

),

accounts as (

    select * from staging.stg_risk

),

events as (

    select * from staging.stg_engagement

),

responses as (

    select * from staging.stg_surveys

),

pilots as (

    select * from staging.stg_pilots

),

assignments as (

    select * from staging.stg_assignments

),

data_dates as (

    select snapshot_date as any_date from customers
    union all select open_date from customers
    union all select as_of_date from accounts
    union all select opened_date from accounts
    union all select event_at::date from events
    union all select promise_due_date from events
    union all select responded_at::date from responses
    union all select start_date from pilots
    union all select end_date from pilots
    union all
    select assignments.assigned_date + pilots.outcome_window_days
    from assignments
    inner join pilots on assignments.pilot_id = pilots.pilot_id

),

bounds as (

    select
        date_trunc('month', min(any_date))::date as first_day,
        last_day(max(any_date)) as last_day
    from data_dates

),

days as (

    select unnest(generate_series(first_day, last_day, interval 1 day))::date
        as date_day
    from bounds
    where first_day is not null

),

described as (

    select
        date_day,
        last_day(date_day) as month_date,
        date_trunc('month', date_day)::date as month_start_date,
        year(date_day) as year,
        month(date_day) as month,
        quarter(date_day) as quarter,
        isodow(date_day) as day_of_week,  -- 1 Monday .. 7 Sunday
        dayname(date_day) as day_name,
        date_day = last_day(date_day) as is_month_end,
        isodow(date_day) >= 6 as is_weekend

    from days

)

select * from described
