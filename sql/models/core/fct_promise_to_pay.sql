-- grain: one promise to pay; key: event_id (of the promise_to_pay event).
-- A promise is kept when the customer's payment events from the moment of
-- the promise up to and including its due date add up to the promised
-- amount. While the due date lies after the latest event in the data, a
-- promise not yet paid in full is open: is_kept is null. Promises without
-- an amount or a due date cannot be judged and are left out.
with

events as (

    select * from core.fct_engagement_event

),

promises as (

    select *
    from events
    where
        event_type = 'promise_to_pay'
        and promise_amount is not null
        and promise_due_date is not null

),

data_end as (

    select max(event_date) as latest_event_date from events

),

payments as (

    select *
    from events
    where event_type = 'payment' and amount is not null

),

paid as (

    select
        promises.event_id,
        coalesce(sum(payments.amount), 0)::decimal(18, 2) as paid_amount

    from promises
    left join payments
        on
            promises.customer_id = payments.customer_id
            and payments.event_at >= promises.event_at
            and payments.event_date <= promises.promise_due_date
    group by promises.event_id

),

judged as (

    select
        promises.event_id,
        promises.customer_id,
        promises.event_at as promised_at,
        promises.event_date as promised_date,
        promises.promise_due_date,
        last_day(promises.promise_due_date) as due_month_date,
        promises.channel,
        promises.campaign_id,

        promises.promise_amount,
        paid.paid_amount,
        case
            when paid.paid_amount >= promises.promise_amount then true
            when promises.promise_due_date <= data_end.latest_event_date
                then false
        end as is_kept

    from promises
    inner join paid on promises.event_id = paid.event_id
    cross join data_end

)

select * from judged
