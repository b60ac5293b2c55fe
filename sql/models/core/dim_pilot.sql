-- grain: one engagement pilot; key: pilot_id.
-- Pilots with their outcome window, planned split and the metrics that
-- judge them, the primary metric first.
with

pilots as (

    select * from staging.stg_pilots

),

described as (

    select
        pilot_id,
        pilot_name,
        owner,
        start_date,
        end_date,
        outcome_window_days,
        planned_split::decimal(5, 4) as planned_split,
        string_split(metrics_list, ';')[1] as primary_metric,
        string_split(metrics_list, ';') as metrics

    from pilots

)

select * from described
