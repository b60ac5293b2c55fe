-- Fails for each metric a pilot lists that the metric catalogue does not
-- know, since such a metric would silently get no outcomes.
with

pilots as (

    select * from core.dim_pilot

),

catalogue as (

    select * from core.dim_pilot_metric

),

listed as (

    select pilot_id, unnest(metrics) as metric from pilots

)

select listed.*
from listed
left join catalogue on listed.metric = catalogue.metric
where catalogue.metric is null
