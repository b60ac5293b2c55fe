-- Fails for each month where the arrears counts are not nested: every 90+
-- account is also 60+, every 60+ also 30+, every 30+ also open.
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
