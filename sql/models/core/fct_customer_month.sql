-- grain: one customer per reporting month in the book;
-- key: customer_id, month_date.
-- The months each customer is in the book, from its first appearance in the
-- data to the latest reporting month (or to its last trace, once it is
-- deleted from its source's customer snapshots), with the customer version
-- valid at the month end.
with

months as (

    select * from core.dim_month

),

customers as (

    select * from core.dim_customer

),

activity as (

    select * from core.fct_customer_month_activity

),

versions as (

    -- the first version also stands for the months before its snapshot
    select
        *,
        case
            when version_number = 1 then date '0001-01-01' else valid_from
        end as effective_from

    from customers

),

appearances as (

    select
        customer_id,
        last_day(valid_from) as first_month_date,
        last_day(last_snapshot_date) as last_month_date,
        is_current and not is_deleted as is_in_book

    from versions
    union all
    select customer_id, month_date, month_date, false from activity

),

spans as (

    -- a customer deleted from its source's latest snapshot has left the book,
    -- and its months end with its last trace; a current customer stays in the
    -- book to the latest reporting month
    select
        customer_id,
        min(first_month_date) as first_month_date,
        case
            when bool_or(is_in_book) then date '9999-12-31'
            else max(last_month_date)
        end as last_month_date

    from appearances
    group by customer_id

),

spine as (

    select spans.customer_id, months.month_date
    from spans
    inner join months
        on
            months.month_date >= spans.first_month_date
            and months.month_date <= spans.last_month_date

),

versioned as (

    select
        spine.customer_id,
        spine.month_date,
        versions.customer_key,
        coalesce(spine.month_date < versions.valid_from, false)
            as is_version_backfilled

    -- a range join rather than an asof join: DuckDB 1.5 ran the asof join
    -- some fifty times slower on tables built in the same transaction
    from spine
    left join versions
        on
            spine.customer_id = versions.customer_id
            and spine.month_date >= versions.effective_from
            and spine.month_date < versions.valid_to

)

select * from versioned
