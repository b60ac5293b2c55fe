-- grain: one pilot and pre-period covariate; key: pilot_id, covariate.
-- Balance of the arms before treatment: each covariate's mean and standard
-- deviation per arm and the standardized difference (difference of means
-- over the pooled standard deviation; |d| > 0.1 is the usual imbalance
-- flag). Account covariates are read at the last month end on or before
-- assignment; prior_digital_actions counts digital actions over the
-- pre-period window (the outcome window's length, ending the day before
-- assignment). Customers without a value are left out of that covariate.
with

pilots as (

    select * from core.dim_pilot

),

assignments as (

    select * from core.fct_pilot_assignment

),

customer_months as (

    select * from core.fct_customer_month_activity

),

account_months as (

    select * from core.fct_account_month

),

activity as (

    select * from core.fct_pilot_window_activity

),

tenure as (

    select customer_id, month_date, max(months_on_book) as months_on_book
    from account_months
    group by customer_id, month_date

),

at_assignment as (

    select
        assignments.pilot_id,
        assignments.customer_id,
        assignments.arm,
        customer_months.bureau_score::double as bureau_score,
        customer_months.max_days_past_due::double as days_past_due,
        customer_months.balance::double as balance,
        tenure.months_on_book::double as months_on_book,
        pre_period.digital_actions::double as prior_digital_actions

    from assignments
    left join customer_months
        on
            assignments.customer_id = customer_months.customer_id
            and customer_months.accounts > 0
            and customer_months.month_date
            = date_trunc('month', assignments.assigned_date + 1)::date - 1
    left join tenure
        on
            customer_months.customer_id = tenure.customer_id
            and customer_months.month_date = tenure.month_date
    left join activity as pre_period
        on
            assignments.pilot_id = pre_period.pilot_id
            and assignments.customer_id = pre_period.customer_id
            and pre_period.period = 'pre'

),

covariate_values as (

    select *
    from at_assignment
    unpivot (
        value for covariate in (
            bureau_score,
            days_past_due,
            balance,
            months_on_book,
            prior_digital_actions
        )
    )

),

grid as (

    select pilots.pilot_id, covariates.covariate
    from pilots
    cross join (
        values
        ('bureau_score'),
        ('days_past_due'),
        ('balance'),
        ('months_on_book'),
        ('prior_digital_actions')
    ) as covariates (covariate)

),

by_arm as (

    select
        grid.pilot_id,
        grid.covariate,
        count(*) filter (where covariate_values.arm = 'pilot')
            as pilot_customers,
        avg(covariate_values.value) filter (
            where covariate_values.arm = 'pilot'
        ) as pilot_mean,
        stddev_samp(covariate_values.value) filter (
            where covariate_values.arm = 'pilot'
        ) as pilot_sd,
        count(*) filter (where covariate_values.arm = 'control')
            as control_customers,
        avg(covariate_values.value) filter (
            where covariate_values.arm = 'control'
        ) as control_mean,
        stddev_samp(covariate_values.value) filter (
            where covariate_values.arm = 'control'
        ) as control_sd

    from grid
    left join covariate_values
        on
            grid.pilot_id = covariate_values.pilot_id
            and grid.covariate = covariate_values.covariate
    group by grid.pilot_id, grid.covariate

),

standardized as (

    select
        *,
        -- null when an arm has fewer than two customers or neither varies
        case
            when
                pilot_customers >= 2
                and control_customers >= 2
                and pilot_sd * pilot_sd + control_sd * control_sd > 0
                then (pilot_mean - control_mean)
                / sqrt((pilot_sd * pilot_sd + control_sd * control_sd) / 2)
        end as standardized_difference

    from by_arm

)

select * from standardized
