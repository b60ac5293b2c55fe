-- Fails for each goal of a pilot whose metric the metric catalogue does not
-- know, since such a metric would silently get no outcomes.
with

goals as (

    select * from core.dim_pilot_goal

),

catalogue as (

    select * from core.dim_pilot_metric

)

select goals.*
from goals
left join catalogue on goals.metric = catalogue.metric
where catalogue.metric is null
