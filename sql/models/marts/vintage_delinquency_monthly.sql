-- grain: one vintage (month of opening) and reporting month;
-- key: opened_month_date, month_date.
-- How each vintage of accounts fares as it ages: of the vintage's accounts
-- with a snapshot at the month end, how many are 30 or more days past due
-- or charged off. Accounts without an opening date, or with one after the
-- snapshot, are left out.
with

accounts as (

    select * from core.fct_account_month

),

aged as (

    select
        last_day(opened_date) as opened_month_date,
        month_date,
        months_on_book,
        is_open,
        is_charged_off,
        days_past_due

    from accounts
    where opened_date is not null and months_on_book >= 0

),

vintages as (

    -- every account of a vintage has the same months on book in a month
    select
        opened_month_date,
        month_date,
        any_value(months_on_book) as months_on_book,
        count(*) as accounts,
        count(*) filter (where is_open) as accounts_open,
        count(*) filter (where is_open and days_past_due >= 30)
            as accounts_30_plus,
        count(*) filter (where is_charged_off) as accounts_charged_off

    from aged
    group by opened_month_date, month_date

),

rated as (

    select
        *,
        (accounts_30_plus + accounts_charged_off) / accounts
            as rate_30_plus_or_charged_off

    from vintages

)

select * from rated
