-- Fails for each customer version whose tracked attributes and deletion
-- equal those of the version before it: such a version should not have been
-- started. A return after a deletion is a version even with equal attributes.
with

customers as (

    select * from core.dim_customer

),

compared as (

    select
        customer_id,
        valid_from,
        lag(valid_from) over by_start is not null
            and region is not distinct from lag(region) over by_start
            and segment is not distinct from lag(segment) over by_start
            and income_band is not distinct from lag(income_band) over by_start
            and age_band is not distinct from lag(age_band) over by_start
            and open_date is not distinct from lag(open_date) over by_start
            and status is not distinct from lag(status) over by_start
            and is_deleted = lag(is_deleted) over by_start
            as is_unchanged

    from customers
    window by_start as (partition by customer_id order by valid_from)

)

select * from compared where is_unchanged
