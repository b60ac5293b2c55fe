-- grain: one assigned customer and measurement window;
-- key: pilot_id, customer_id, period, window_end_date.
-- The windows of days (window_start_date, window_end_date] over which each
-- assigned customer's metrics are measured:
--   outcome  (assigned_date, window_end_date], the outcome window;
--   pre      the same length, ending the day before assignment;
--   interim  the outcome window cut at each month end before it closes,
--            for the summaries as they stood at that month end;
--   trend    each of the six whole calendar months before the month of
--            assignment (month_offset -6 .. -1).
-- Pre and trend windows that start before the warehouse's first month are
-- left out: the warehouse cannot say what happened then.
with

assignments as (

    select * from core.fct_pilot_assignment

),

pilots as (

    select * from core.dim_pilot

),

months as (

    select * from core.dim_month

),

data_start as (

    select min(month_start_date) as first_day from months

),

outcome_windows as (

    select
        pilot_id,
        customer_id,
        arm,
        assigned_date,
        'outcome' as period,
        null::integer as month_offset,
        assigned_date as window_start_date,
        window_end_date

    from assignments

),

pre_windows as (

    select
        assignments.pilot_id,
        assignments.customer_id,
        assignments.arm,
        assignments.assigned_date,
        'pre' as period,
        null::integer as month_offset,
        assignments.assigned_date - 1 - pilots.outcome_window_days
            as window_start_date,
        assignments.assigned_date - 1 as window_end_date

    from assignments
    inner join pilots on assignments.pilot_id = pilots.pilot_id

),

interim_windows as (

    select
        assignments.pilot_id,
        assignments.customer_id,
        assignments.arm,
        assignments.assigned_date,
        'interim' as period,
        null::integer as month_offset,
        assignments.assigned_date as window_start_date,
        months.month_date as window_end_date

    from assignments
    inner join months
        on
            months.month_date >= assignments.assigned_date
            and months.month_date < assignments.window_end_date

),

trend_windows as (

    select
        assignments.pilot_id,
        assignments.customer_id,
        assignments.arm,
        assignments.assigned_date,
        'trend' as period,
        (-offsets.months_before)::integer as month_offset,
        (
            date_trunc('month', assignments.assigned_date)
            - to_months(offsets.months_before)
        )::date - 1 as window_start_date,
        last_day(
            date_trunc('month', assignments.assigned_date)
            - to_months(offsets.months_before)
        ) as window_end_date

    from assignments
    cross join range(1, 7) as offsets (months_before)

),

all_windows as (

    select * from outcome_windows
    union all
    select * from interim_windows
    union all
    select pre_and_trend.*
    from (
        select * from pre_windows
        union all
        select * from trend_windows
    ) as pre_and_trend
    cross join data_start
    where pre_and_trend.window_start_date + 1 >= data_start.first_day

),

numbered as (

    -- a compact key for the joins of one build; not stable across builds
    select
        row_number() over () as window_id,
        *

    from all_windows

)

select * from numbered
