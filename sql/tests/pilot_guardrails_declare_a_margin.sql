-- Fails for each guardrail without a non-inferiority margin: a guardrail
-- cannot be judged without the worsening it tolerates.
select *
from core.dim_pilot_goal
where role = 'guardrail' and margin is null
