-- Fails for each pilot that does not declare exactly one primary metric:
-- without one the pilot has no verdict, with two it has two.
with

pilots as (

    select * from core.dim_pilot

),

goals as (

    select * from core.dim_pilot_goal

),

primaries as (

    select
        pilots.pilot_id,
        count(goals.metric) as primary_metrics

    from pilots
    left join goals
        on
            pilots.pilot_id = goals.pilot_id
            and goals.role = 'primary'
    group by pilots.pilot_id

)

select * from primaries where primary_metrics <> 1
