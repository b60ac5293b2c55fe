-- grain: one pilot outcome metric; key: metric.
-- The metric catalogue pilots choose their outcome metrics from. Each is
-- measured per assigned customer over (assigned_date, window_end_date].
with

catalogue as (

    select *
    from (
        values
        (
            'roll_to_30_plus_rate', 'rate',
            '1 when any of the customer''s accounts is 30 or more days '
            || 'past due at a month end inside the window, else 0.'
        ),
        (
            'engagement_rate', 'rate',
            '1 when the customer takes any customer-initiated digital '
            || 'action inside the window, else 0.'
        ),
        (
            'nps', 'nps',
            'The customer''s latest survey score inside the window as +100 '
            || '(9-10), 0 (7-8) or -100 (0-6); customers without a response '
            || 'are left out, so the arm mean is the arm''s NPS.'
        ),
        (
            'visit_rate', 'rate',
            '1 when the customer has any visit event inside the window, '
            || 'else 0.'
        ),
        (
            'conversion_rate', 'rate',
            '1 when the customer has any purchase event inside the window, '
            || 'else 0.'
        ),
        (
            'spend_per_customer', 'mean',
            'Sum of the amount of the customer''s purchase events inside '
            || 'the window, 0 when there are none.'
        )
    ) as metrics (metric, metric_kind, definition)

)

select * from catalogue
