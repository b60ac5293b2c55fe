-- Fails for each customer version that is zero-length or reversed, or that
-- overlaps or leaves a gap before the customer's next version.
with

customers as (

    select * from core.dim_customer

),

sequenced as (

    select
        customer_id,
        customer_key,
        valid_from,
        valid_to,
        lead(valid_from) over (
            partition by customer_id order by valid_from
        ) as next_valid_from

    from customers

),

problems as (

    select
        *,
        case
            when valid_from >= valid_to then 'zero-length or reversed'
            when next_valid_from < valid_to then 'overlaps the next version'
            when next_valid_from > valid_to then 'gap before the next version'
        end as problem

    from sequenced

)

select * from problems where problem is not null
