-- Fails for each customer without exactly one current version, or whose
-- current version is not the open-ended one.
with

customers as (

    select * from core.dim_customer

),

checked as (

    select
        customer_id,
        count(*) filter (where is_current) as current_versions,
        count(*) filter (
            where is_current <> (valid_to = date '9999-12-31')
        ) as mismatched_versions

    from customers
    group by customer_id

)

select *
from checked
where current_versions <> 1 or mismatched_versions > 0
