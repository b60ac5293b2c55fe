-- grain: one metric of one pilot; key: pilot_id, metric.
-- What decides each pilot: its primary metric, secondary metrics and
-- guardrails, with the direction that counts as better and, for guardrails,
-- the non-inferiority margin. position puts the primary metric first, then
-- the others in the order the pilot declared them.
with

goals as (

    select * from staging.stg_pilot_goals

),

catalogue as (

    select * from core.dim_pilot_metric

),

described as (

    select
        goals.pilot_id,
        goals.metric,
        -- null for a metric the catalogue does not know; a data test names it
        catalogue.metric_kind,
        goals.role,
        goals.direction,
        case when goals.role = 'guardrail' then goals.margin end as margin,
        row_number() over (
            partition by goals.pilot_id
            order by goals.role = 'primary' desc, goals.position, goals.metric
        )::integer as position,
        goals.position as declared_position

    from goals
    left join catalogue on goals.metric = catalogue.metric

)

select * from described
