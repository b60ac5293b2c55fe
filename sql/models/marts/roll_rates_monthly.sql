-- grain: one month, bucket last month and bucket this month;
-- key: month_date, from_bucket, to_bucket.
-- Share of the accounts in a delinquency bucket last month that are in each
-- bucket this month, over accounts with a snapshot in both months. Every
-- pair of buckets appears for each month that has a previous month, with 0
-- accounts where no account moved that way.
with

accounts as (

    select * from core.fct_account_month

),

buckets as (

    select *
    from (
        values
        ('current', 1),
        ('1-29', 2),
        ('30-59', 3),
        ('60-89', 4),
        ('90+', 5),
        ('charged_off', 6)
    ) as buckets (bucket, bucket_order)

),

moves as (

    select
        month_date,
        previous_delinquency_bucket as from_bucket,
        delinquency_bucket as to_bucket,
        count(*) as accounts

    from accounts
    where previous_delinquency_bucket is not null
    group by all

),

grid as (

    -- charged off is final, so it is a destination only
    select
        months.month_date,
        from_buckets.bucket as from_bucket,
        from_buckets.bucket_order as from_bucket_order,
        to_buckets.bucket as to_bucket,
        to_buckets.bucket_order as to_bucket_order

    from (select distinct month_date from moves) as months
    cross join buckets as from_buckets
    cross join buckets as to_buckets
    where from_buckets.bucket <> 'charged_off'

),

shared as (

    select
        grid.month_date,
        grid.from_bucket,
        grid.to_bucket,
        coalesce(moves.accounts, 0) as accounts,
        coalesce(moves.accounts, 0) / nullif(
            sum(coalesce(moves.accounts, 0)) over (
                partition by grid.month_date, grid.from_bucket
            ),
            0
        ) as share,
        grid.from_bucket_order,
        grid.to_bucket_order

    from grid
    left join moves
        on
            grid.month_date = moves.month_date
            and grid.from_bucket = moves.from_bucket
            and grid.to_bucket = moves.to_bucket

)

select * from shared
