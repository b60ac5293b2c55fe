-- grain: one pilot and integrity check; key: pilot_id, check_name.
-- Checks that say whether a pilot's lift can be trusted, one row for every
-- check of every pilot; failing = 0 when the check passes:
--   customers_in_both_arms       customers delivered in both arms of the
--                                pilot (the latest delivery's arm is used);
--   outcomes_before_assignment   customers with an outcome counted in their
--                                outcome window that is dated on or before
--                                the assignment date: an event or response,
--                                or month-end amounts whose month starts on
--                                or before it (for metrics that use them);
--   assigned_outside_pilot_dates assignments dated before the pilot's
--                                start_date or after its end_date.
with

pilots as (

    select * from core.dim_pilot

),

goals as (

    select * from core.dim_pilot_goal

),

catalogue as (

    select * from core.dim_pilot_metric

),

assignments as (

    select * from core.fct_pilot_assignment

),

activity as (

    select * from core.fct_pilot_window_activity

),

pilots_with_monthly_amounts as (

    select distinct goals.pilot_id
    from goals
    inner join catalogue on goals.metric = catalogue.metric
    where catalogue.uses_monthly_amounts

),

both_arms as (

    select
        pilot_id,
        'customers_in_both_arms' as check_name,
        count(*) as failing

    from assignments
    where has_conflicting_arms
    group by pilot_id

),

early_outcomes as (

    select
        activity.pilot_id,
        'outcomes_before_assignment' as check_name,
        count(*) as failing

    from activity
    left join pilots_with_monthly_amounts as amounts
        on activity.pilot_id = amounts.pilot_id
    where
        activity.period = 'outcome'
        and (
            activity.first_event_date <= activity.assigned_date
            or (
                amounts.pilot_id is not null
                and activity.first_amount_date <= activity.assigned_date
            )
        )
    group by activity.pilot_id

),

outside_dates as (

    select
        assignments.pilot_id,
        'assigned_outside_pilot_dates' as check_name,
        count(*) as failing

    from assignments
    inner join pilots on assignments.pilot_id = pilots.pilot_id
    where
        assignments.assigned_date < pilots.start_date
        or assignments.assigned_date > pilots.end_date
    group by assignments.pilot_id

),

failures as (

    select * from both_arms
    union all select * from early_outcomes
    union all select * from outside_dates

),

checks as (

    select *
    from (
        values
        (
            1, 'customers_in_both_arms',
            'customers delivered in both arms; the latest delivery''s arm is '
            || 'used, so the arms are no longer as assigned'
        ),
        (
            2, 'outcomes_before_assignment',
            'customers with an outcome counted in the window that is dated '
            || 'on or before their assignment date (for month-end amounts: '
            || 'a month starting on or before it)'
        ),
        (
            3, 'assigned_outside_pilot_dates',
            'customers assigned before the pilot''s start_date or after its '
            || 'end_date'
        )
    ) as checks (check_order, check_name, failure_text)

),

reported as (

    select
        pilots.pilot_id,
        checks.check_name,
        coalesce(failures.failing, 0) as failing,
        case
            when coalesce(failures.failing, 0) = 0 then 'passed'
            else
                failures.failing::varchar || ' failing: ' || checks.failure_text
        end as detail,
        checks.check_order

    from pilots
    cross join checks
    left join failures
        on
            pilots.pilot_id = failures.pilot_id
            and checks.check_name = failures.check_name

)

select * from reported
