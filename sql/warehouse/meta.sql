-- Bookkeeping of the warehouse itself: what was loaded, what was refused, what was built.
-- grain: meta.load_batches one row per attempted file load, key batch_id;
--        meta.load_rejects one row per rejected value, key (batch_id, source_line, column_name, rule).

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
    finished_at timestamp not null    -- UTC
);
