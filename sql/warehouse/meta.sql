-- Bookkeeping of the warehouse itself: what was loaded, what was refused, what was built.
-- grain: meta.load_batches one row per attempted file load, key batch_id;
--        meta.load_rejects one row per rejected value, key (batch_id, source_line, column_name, rule);
--        meta.batch_periods one row per period a loaded batch holds, key (batch_id, period_start);
--        meta.batch_columns one row per column of a delivered file, key (batch_id, column_name);
--        meta.schema_drift one row per difference from the last loaded delivery, key (batch_id, column_name);
--        meta.superseded_periods (view) one row per period of a batch a later delivery replaced,
--            key (batch_id, period_start);
--        meta.load_history (view) one row per batch, key batch_id.

create sequence if not exists meta.batch_id_seq start 1;

create table if not exists meta.load_batches (
    batch_id bigint primary key,
    extract varchar not null,
    source_file varchar not null,
    file_sha256 varchar not null,
    file_bytes bigint not null,
    mapping varchar,
    status varchar not null,          -- loaded, refused, skipped_duplicate
    records_read bigint not null,
    rows_loaded bigint not null,
    records_rejected bigint not null,
    message varchar,
    started_at timestamp not null,    -- UTC
    finished_at timestamp not null    -- UTC
);

create table if not exists meta.load_rejects (
    batch_id bigint not null,
    extract varchar not null,
    source_file varchar not null,
    source_line bigint,               -- physical line in the file, 1-based; null when not known
    column_name varchar,
    value varchar,
    rule varchar not null
);

create table if not exists meta.build_runs (
    run_id bigint not null,
    model varchar not null,
    kind varchar not null,            -- model or test
    status varchar not null,          -- built, passed, failed
    row_count bigint,
    elapsed_ms bigint not null,
    message varchar,
    finished_at timestamp not null,   -- UTC
    sql_sha256 varchar                -- a built model's SQL as run, SHA-256 in hex; null for tests
);

-- warehouses made before builds recorded their models' SQL
alter table meta.build_runs add column if not exists sql_sha256 varchar;

-- Written in the batch's own transaction, so a re-delivery replaces its periods
-- atomically: staging keeps, per period, only the rows of the latest batch of
-- the same extract and mapping that holds it (meta.superseded_periods). Raw
-- tables keep every batch's rows.
create table if not exists meta.batch_periods (
    batch_id bigint not null,
    extract varchar not null,
    grain varchar not null,           -- day or month, from the contract
    period_start date not null,       -- first day of the period
    period_end date not null,         -- first day after the period
    rows_loaded bigint not null
);

create table if not exists meta.batch_columns (
    batch_id bigint not null,
    extract varchar not null,
    column_position integer not null, -- 1-based, in file order
    column_name varchar not null,
    source_type varchar               -- Parquet type as DuckDB reads it; null for CSV
);

create table if not exists meta.schema_drift (
    batch_id bigint not null,
    extract varchar not null,
    compared_batch_id bigint not null, -- the last loaded delivery of the same extract and mapping
    change varchar not null,           -- added, missing, type_changed
    column_name varchar not null,
    before varchar,                    -- the column's type in the earlier delivery, when known
    after varchar,                     -- the column's type in this delivery, when known
    policy varchar not null            -- refuse or warn, as applied
);

-- A delivery series is one extract through one mapping (or in the contract's
-- own layout): each period a batch holds is superseded by the first later
-- batch of the same series that holds it. Staging leaves superseded rows out,
-- so two sources delivering the same month of one extract never replace each
-- other, while a corrected re-delivery through the same mapping does.
create or replace view meta.superseded_periods as
select
    earlier.batch_id,
    earlier.extract,
    earlier.period_start,
    earlier.period_end,
    min(later.batch_id) as superseded_by

from meta.batch_periods as earlier
inner join meta.load_batches as earlier_batch
    on earlier_batch.batch_id = earlier.batch_id
inner join meta.batch_periods as later
    on later.extract = earlier.extract
    and later.batch_id > earlier.batch_id
    and later.period_start < earlier.period_end
    and later.period_end > earlier.period_start
inner join meta.load_batches as later_batch
    on later_batch.batch_id = later.batch_id
    and later_batch.mapping is not distinct from earlier_batch.mapping
group by earlier.batch_id, earlier.extract, earlier.period_start, earlier.period_end;

create or replace view meta.load_history as
with

periods as (

    select
        batch_id,
        min(grain) as grain,
        list(period_start order by period_start) as periods,
        count(*) as period_count

    from meta.batch_periods
    group by batch_id

),

supersessions as (

    select
        batch_id,
        count(*) as superseded_periods,
        list(distinct superseded_by order by superseded_by) as superseded_by

    from meta.superseded_periods
    group by batch_id

),

drift as (

    select
        batch_id,
        string_agg(
            change || ' ' || column_name
            || case
                when change = 'type_changed' then ' (' || before || ' -> ' || after || ')'
                else ''
            end,
            '; '
            order by change, column_name
        ) as drift

    from meta.schema_drift
    group by batch_id

)

select
    batches.batch_id,
    batches.extract,
    batches.mapping,
    batches.source_file,
    batches.status,
    batches.finished_at as loaded_at,
    batches.records_read,
    batches.records_rejected,
    batches.rows_loaded,

    periods.grain,
    periods.periods,
    case
        when supersessions.superseded_periods = periods.period_count then 'wholly'
        when supersessions.superseded_periods > 0 then 'partly'
    end as superseded,
    supersessions.superseded_by,

    drift.drift,
    batches.message

from meta.load_batches as batches
left join periods on periods.batch_id = batches.batch_id
left join supersessions on supersessions.batch_id = batches.batch_id
left join drift on drift.batch_id = batches.batch_id
order by batches.batch_id;
