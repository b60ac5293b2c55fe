-- grain: one month, risk band and engagement band;
-- key: month_date, risk_band, engagement_band.
-- Customers with accounts crossed by risk and engagement band, with the
-- share of each segment that is 30+ days past due a month later. Every
-- band pair appears for each month with account data.
with

profiles as (

    select * from marts.customer_month_profile

),

risk_bands as (

    select *
    from (
        values ('low', 1), ('medium', 2), ('high', 3), ('delinquent', 4)
    ) as risk_bands (risk_band, risk_band_order)

),

engagement_bands as (

    select *
    from (
        values ('engaged', 1), ('passive', 2), ('dark', 3)
    ) as engagement_bands (engagement_band, engagement_band_order)

),

outcomes as (

    select
        this_month.month_date,
        this_month.risk_band,
        this_month.engagement_band,
        this_month.balance,
        next_month.accounts > 0 as has_accounts_next_month,
        next_month.max_days_past_due >= 30 as is_30_plus_next_month

    from profiles as this_month
    left join profiles as next_month
        on
            this_month.customer_id = next_month.customer_id
            and next_month.month_date = last_day(this_month.month_date + 1)
    where this_month.risk_band is not null

),

segments as (

    select
        month_date,
        risk_band,
        engagement_band,
        count(*) as customers,
        sum(balance)::decimal(18, 2) as balance,
        count(*) filter (where has_accounts_next_month)
            as customers_with_accounts_next_month,
        count(*) filter (where is_30_plus_next_month)
            as customers_30_plus_next_month

    from outcomes
    group by all

),

grid as (

    select
        months.month_date,
        risk_bands.risk_band,
        risk_bands.risk_band_order,
        engagement_bands.engagement_band,
        engagement_bands.engagement_band_order

    from (select distinct month_date from outcomes) as months
    cross join risk_bands
    cross join engagement_bands

),

rated as (

    select
        grid.month_date,
        grid.risk_band,
        grid.engagement_band,
        coalesce(segments.customers, 0) as customers,
        coalesce(segments.balance, 0)::decimal(18, 2) as balance,
        coalesce(segments.customers_with_accounts_next_month, 0)
            as customers_with_accounts_next_month,
        coalesce(segments.customers_30_plus_next_month, 0)
            as customers_30_plus_next_month,
        -- the latest month has no next month yet: null, not 0
        segments.customers_30_plus_next_month
        / nullif(segments.customers_with_accounts_next_month, 0)
            as rate_30_plus_next_month,
        grid.risk_band_order,
        grid.engagement_band_order

    from grid
    left join segments
        on
            grid.month_date = segments.month_date
            and grid.risk_band = segments.risk_band
            and grid.engagement_band = segments.engagement_band

)

select * from rated
