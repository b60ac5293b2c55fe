-- Fails for each pilot, metric and arm whose monthly summary at the
-- warehouse's last month differs from its summary: by then every outcome
-- the warehouse holds has been observed, so the two must agree. Pilots with
-- assignments dated after that month are left out: the months do not
-- reach those customers yet.
with

summaries as (

    select * from marts.pilot_metric_summaries

),

monthly as (

    select * from marts.pilot_metric_summaries_monthly

),

months as (

    select * from core.dim_month

),

assignments as (

    select * from core.fct_pilot_assignment

),

assigned_by_last_month as (

    select assignments.pilot_id
    from assignments
    inner join months on months.is_latest
    group by assignments.pilot_id
    having max(assignments.assigned_date) <= any_value(months.month_date)

),

last_month as (

    select monthly.*
    from monthly
    inner join months
        on monthly.as_of_month = months.month_date and months.is_latest

)

select
    summaries.pilot_id,
    summaries.metric,
    summaries.arm,
    summaries.customers,
    last_month.customers as customers_at_last_month,
    summaries.value_sum,
    last_month.value_sum as value_sum_at_last_month

from summaries
inner join last_month
    on
        summaries.pilot_id = last_month.pilot_id
        and summaries.metric = last_month.metric
        and summaries.arm = last_month.arm
inner join assigned_by_last_month
    on summaries.pilot_id = assigned_by_last_month.pilot_id
where
    summaries.customers <> last_month.customers
    or summaries.paired_customers <> last_month.paired_customers
    or abs(summaries.value_sum - last_month.value_sum)
    > 1e-9 * greatest(1, abs(summaries.value_sum))
