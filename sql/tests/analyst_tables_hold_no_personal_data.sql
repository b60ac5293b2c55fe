-- Fails for each column outside raw whose name says it holds a name, an
-- e-mail address or a birth date: personal data stays in raw.
select schema_name, table_name, column_name
from duckdb_columns()
where
    schema_name in ('staging', 'core', 'marts')
    and column_name in ('full_name', 'email', 'birth_date')
