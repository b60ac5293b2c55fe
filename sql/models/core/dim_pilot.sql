-- grain: one engagement pilot; key: pilot_id.
-- Pilots with their outcome window, planned split and size, design, status
-- and the metrics that judge them (from core.dim_pilot_goal), the primary
-- metric first.
with

pilots as (

    select * from staging.stg_pilots

),

goals as (

    select * from core.dim_pilot_goal

),

months as (

    select * from core.dim_month

),

declared_metrics as (

    select
        pilot_id,
        list(metric order by position) as metrics,
        -- null unless exactly one primary; a data test names the pilot
        case
            when count(*) filter (where role = 'primary') = 1
                then any_value(metric) filter (where role = 'primary')
        end as primary_metric

    from goals
    group by pilot_id

),

data_end as (

    select max(month_date) as last_month_date from months

),

described as (

    select
        pilots.pilot_id,
        pilots.pilot_name,
        pilots.owner,
        pilots.start_date,
        pilots.end_date,
        pilots.outcome_window_days,
        pilots.planned_split::decimal(5, 4) as planned_split,
        declared_metrics.primary_metric,
        coalesce(declared_metrics.metrics, []::varchar[]) as metrics,
        pilots.design,
        pilots.planned_customers,
        case
            when
                data_end.last_month_date is null
                or pilots.start_date > data_end.last_month_date
                then 'planned'
            when
                pilots.end_date is null
                or pilots.end_date + pilots.outcome_window_days
                > data_end.last_month_date
                then 'running'
            else 'complete'
        end as status

    from pilots
    left join declared_metrics on pilots.pilot_id = declared_metrics.pilot_id
    cross join data_end

)

select * from described
