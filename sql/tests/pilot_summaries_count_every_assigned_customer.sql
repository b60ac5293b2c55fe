-- Fails for each pilot, metric and arm whose summary does not count every
-- customer assigned to the arm. Only nps may count fewer: customers without
-- a survey response in the window have no nps outcome.
with

summaries as (

    select * from marts.pilot_metric_summaries

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
        summaries.metric_kind,
        summaries.arm,
        summaries.customers,
        coalesce(assigned.assigned_customers, 0) as assigned_customers

    from summaries
    left join assigned
        on
            summaries.pilot_id = assigned.pilot_id
            and summaries.arm = assigned.arm

)

select *
from compared
where
    customers > assigned_customers
    or (metric_kind <> 'nps' and customers <> assigned_customers)
