-- Fails for each month where the vintages do not hold every account
-- snapshot with an opening date on or before the month, or where a
-- vintage's counts are not nested.
with

snapshots as (

    select month_date, count(*) as accounts
    from core.fct_account_month
    where opened_date is not null and months_on_book >= 0
    group by month_date

),

vintages as (

    select
        month_date,
        sum(accounts) as accounts,
        count(*) filter (
            where accounts_30_plus > accounts_open
            or accounts_open + accounts_charged_off <> accounts
        ) as vintages_not_nested

    from marts.vintage_delinquency_monthly
    group by month_date

)

select
    coalesce(snapshots.month_date, vintages.month_date) as month_date,
    snapshots.accounts as snapshot_accounts,
    vintages.accounts as vintage_accounts,
    vintages.vintages_not_nested

from snapshots
full join vintages on snapshots.month_date = vintages.month_date
where
    snapshots.accounts is distinct from vintages.accounts
    or vintages.vintages_not_nested > 0
