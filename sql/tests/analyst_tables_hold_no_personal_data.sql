-- Fails for each column outside raw and meta whose name says it holds a
-- name, an e-mail address or a birth date: personal data stays in raw.
-- Every other schema is analyst-facing (staging, core, marts, and any schema
-- added later), so the test lists the two it spares rather than the ones it
-- checks.
select schema_name, table_name, column_name
from duckdb_columns()
where
    database_name = current_database()
    and not internal
    and schema_name not in ('raw', 'meta')
    and regexp_full_match(
        column_name,
        '(.*_)?(full_name|first_name|last_name|surname|e_?mail(_address)?'
        || '|birth_date|date_of_birth|dob)'
    )
