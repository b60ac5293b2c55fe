-- grain: one customer in one pilot; key: pilot_id, customer_id.
-- Arm assignments with the end of the customer's outcome window; outcomes
-- count inside (assigned_date, window_end_date].
with

assignments as (

    select * from staging.stg_assignments

),

pilots as (

    select * from core.dim_pilot

),

windowed as (

    select
        assignments.pilot_id,
        assignments.customer_id,
        assignments.arm,
        assignments.assigned_date,
        assignments.assigned_date + pilots.outcome_window_days
            as window_end_date,
        assignments.has_conflicting_arms

    -- left join: an assignment to an unknown pilot fails its data test
    -- instead of disappearing
    from assignments
    left join pilots on assignments.pilot_id = pilots.pilot_id

)

select * from windowed
