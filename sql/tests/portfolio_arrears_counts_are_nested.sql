-- Fails for each month where the arrears counts are not nested: every 90+
-- account is also 60+, every 60+ also 30+, every 30+ also open; and the
-- same for the balances and squared balances owed, and the survey classes.
select *
from marts.portfolio_kpis_monthly
where
    accounts_90_plus > accounts_60_plus
    or accounts_60_plus > accounts_30_plus
    or accounts_30_plus > accounts_open
    or accounts_cured > accounts_30_plus_last_month
    or customers_engaged > customers_active
    or right_party_contacts > phone_attempts
    or promises_kept > promises_due
    or balance_rate_90_plus > balance_rate_60_plus
    or balance_rate_60_plus > balance_rate_30_plus
    or balance_squares_90_plus > balance_squares_60_plus
    or balance_squares_60_plus > balance_squares_30_plus
    or balance_squares_30_plus > balance_squares_open
    or promoters + detractors > survey_responses
    or accounts_defaulted > accounts_default_stated
