-- Fails for each pilot, metric and arm whose summary does not count every
-- customer assigned to the arm. Metrics defined for only some customers
-- (nps: those who responded; cure_rate: those 30+ at assignment; amounts
-- and ratios: those with month-end amounts) may count fewer, never more.
with

summaries as (

    select * from marts.pilot_metric_summaries

),

catalogue as (

    select * from core.dim_pilot_metric

),

assignments as (

    select * from core.fct_pilot_assignment

),

assigned as (

    select pilot_id, arm, count(*) as assigned_customers
    from assignments
    group by pilot_id, arm

),

compared as (

    select
        summaries.pilot_id,
        summaries.metric,
        summaries.arm,
        summaries.customers,
        summaries.paired_customers,
        catalogue.is_defined_for_every_customer,
        coalesce(assigned.assigned_customers, 0) as assigned_customers

    from summaries
    inner join catalogue on summaries.metric = catalogue.metric
    left join assigned
        on
            summaries.pilot_id = assigned.pilot_id
            and summaries.arm = assigned.arm

)

select *
from compared
where
    customers > assigned_customers
    or paired_customers > customers
    or (is_defined_for_every_customer and customers <> assigned_customers)
