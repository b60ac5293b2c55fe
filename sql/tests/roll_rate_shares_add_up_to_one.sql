-- Fails for each month and bucket with accounts last month whose shares
-- across this month's buckets do not add up to 1.
with

rolls as (

    select * from marts.roll_rates_monthly

),

totals as (

    select
        month_date,
        from_bucket,
        sum(accounts) as accounts,
        sum(share) as share_total

    from rolls
    group by month_date, from_bucket

)

select *
from totals
where accounts > 0 and abs(share_total - 1) > 1e-9
