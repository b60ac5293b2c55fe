-- grain: one pilot outcome metric; key: metric.
-- The metric catalogue pilots choose their goals from. Each metric is
-- measured per assigned customer over a window of days (start, end]: the
-- outcome window (assigned_date, window_end_date], and the same metric over
-- earlier windows for the pre-period covariate and the pre-period trends.
-- Month-end facts count when their month end falls inside the window.
with

catalogue as (

    select *
    from (
        values
        (
            'roll_to_30_plus_rate', 'rate', true, false,
            '1 when any of the customer''s accounts is 30 or more days '
            || 'past due at a month end inside the window, else 0.'
        ),
        (
            'cure_rate', 'rate', false, false,
            'Of customers 30 or more days past due (not charged off) at the '
            || 'last month end on or before the window starts: 1 when the '
            || 'customer is current on every account at a month end inside '
            || 'the window, else 0. Other customers are left out.'
        ),
        (
            'contact_rate', 'rate', true, false,
            '1 when an outbound phone call reached the customer (right-party '
            || 'contact) inside the window, else 0.'
        ),
        (
            'engagement_rate', 'rate', true, false,
            '1 when the customer takes any customer-initiated digital '
            || 'action inside the window, else 0.'
        ),
        (
            'visit_rate', 'rate', true, false,
            '1 when the customer has any visit event inside the window, '
            || 'else 0.'
        ),
        (
            'conversion_rate', 'rate', true, false,
            '1 when the customer has any purchase event inside the window, '
            || 'else 0.'
        ),
        (
            'spend_per_customer', 'mean', true, false,
            'Sum of the amount of the customer''s purchase events inside '
            || 'the window, 0 when there are none.'
        ),
        (
            'balance_paid', 'mean', false, true,
            'Sum of amount_paid over the customer''s month-end account '
            || 'snapshots inside the window (currency); customers without '
            || 'such a snapshot are left out.'
        ),
        (
            'digital_actions', 'count', true, false,
            'Number of customer-initiated digital actions inside the window.'
        ),
        (
            'outbound_contacts', 'count', true, false,
            'Number of contacts the lender started inside the window '
            || '(messages, letters and calls, answered or not).'
        ),
        (
            'nps', 'nps', false, false,
            'The customer''s latest survey score inside the window as +100 '
            || '(9-10), 0 (7-8) or -100 (0-6); customers without a response '
            || 'are left out, so the arm mean is the arm''s NPS.'
        ),
        (
            'paid_over_due', 'ratio', false, true,
            'Amount paid over amount due: per customer the numerator is the '
            || 'sum of amount_paid and the denominator the sum of amount_due '
            || 'over month-end snapshots inside the window; the arm''s value '
            || 'is the ratio of the sums. A customer missing either part is '
            || 'left out of both.'
        )
    ) as metrics (
        metric,
        metric_kind,
        is_defined_for_every_customer,
        uses_monthly_amounts,
        definition
    )

)

select * from catalogue
