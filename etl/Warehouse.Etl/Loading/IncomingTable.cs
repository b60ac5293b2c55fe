using System.Text;
using Warehouse.Etl.Contracts;
using Warehouse.Etl.Mappings;

namespace Warehouse.Etl.Loading;

/// <summary>
/// Reads one extract file with DuckDB's own CSV or Parquet reader into the temporary table
/// <c>_incoming</c>: one row per record, <c>_line</c> (physical line for CSV, row number for Parquet)
/// and every contract column as text, ready to be validated. Nothing is typed yet and nothing is guessed:
/// the CSV reader gets declared columns, all text, with type detection off and strict parsing on, and
/// keeps structurally broken lines in the temporary table <c>_csv_errors</c>.
/// </summary>
internal sealed class IncomingTable
{
    public const string Name = "_incoming";
    public const string CsvErrors = "_csv_errors";

    /// <summary>
    /// Temporary table of values the source's own type holds but the contract cannot take, found before the
    /// text is checked (for Parquet, <see cref="ParquetSchemaCheck"/>): <c>_line</c>, <c>column_name</c>,
    /// <c>value</c>, <c>rule</c>. Empty for CSV.
    /// </summary>
    public const string SourceRejects = "_source_rejects";

    /// <summary>
    /// Temporary table of the independent record index: <c>ordinal</c>, <c>line</c>, <c>reader_line</c>.
    /// </summary>
    public const string RecordLines = "_record_lines";

    private readonly ExtractContract _contract;
    private readonly SourceMapping? _mapping;
    private readonly ParquetSchemaCheck _parquet;

    /// <param name="contract">The extract the file is.</param>
    /// <param name="mapping">The mapping that reads it, if its columns differ from the contract.</param>
    /// <param name="parquet">Checks a Parquet file's schema against the contract before it is read.</param>
    public IncomingTable(ExtractContract contract, SourceMapping? mapping, ParquetSchemaCheck parquet)
    {
        _contract = contract;
        _mapping = mapping;
        _parquet = parquet;
    }

    /// <summary>
    /// Set under a <c>warn</c> drift policy once the file has been compared with an earlier delivery: columns
    /// the contract does not know are ignored instead of refusing the file, and a mapped CSV file may carry
    /// columns besides those its mapping declares, read by name.
    /// </summary>
    public bool ToleratesDrift { get; init; }

    /// <summary>The dialect the file is written in.</summary>
    public CsvDialect SourceDialect => _mapping?.Source.Dialect ?? _contract.Dialect;

    /// <summary>
    /// The dialect of the text in <c>_incoming</c>: the file's own. For a mapped load that is the mapping's
    /// dialect, whose value formats its expressions produce (ISO dates unless it declares otherwise), so a
    /// source column passed through as it is keeps the file's spelling.
    /// </summary>
    public CsvDialect ValueDialect => ValueDialectOf(_contract, _mapping);

    /// <summary>The dialect of the text in <c>_incoming</c> for a load of the contract through the mapping.</summary>
    public static CsvDialect ValueDialectOf(ExtractContract contract, SourceMapping? mapping) =>
        mapping?.Source.Dialect ?? contract.Dialect;

    /// <summary><c>csv</c> or <c>parquet</c>: the mapping's declaration, else the file's extension.</summary>
    public string Format(string path) =>
        _mapping?.Source.Format
            ?? (path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) ? "parquet" : "csv");

    /// <summary>SQL statements that create <c>_incoming</c> (and <c>_csv_errors</c>) for the file.</summary>
    public IReadOnlyList<string> BuildStatements(string path)
    {
        var format = Format(path);
        if (format is not ("csv" or "parquet"))
        {
            throw new WarehouseException(
                $"Source format '{format}' is not supported: use csv or parquet.", ExitCode.Usage);
        }

        var statements = new List<string> { $"drop table if exists {CsvErrors}", "drop table if exists _csv_scans" };
        IReadOnlyList<string> sourceColumns;
        if (format == "csv")
        {
            sourceColumns = CsvColumns(path);
            statements.Add(ReadCsv(path, sourceColumns));
            statements.Add(CsvLineNumbers());
            statements.Add($"create or replace temp table {SourceRejects} "
                + "(_line bigint, column_name varchar, value varchar, rule varchar)");
        }
        else
        {
            var reading = ParquetReading(path);
            sourceColumns = reading.Columns;
            statements.Add(ReadParquet(path, reading));
            statements.Add($"create or replace temp table {CsvErrors} (line bigint, column_name varchar, "
                + "csv_line varchar, error_type varchar, error_message varchar)");
            statements.AddRange(reading.RejectStatements);
        }

        statements.Add(_mapping is null ? DirectProjection(sourceColumns) : MappedProjection());
        return statements;
    }

    private IReadOnlyList<string> CsvColumns(string path)
    {
        var header = CsvHeader.Read(path, SourceDialect);
        if (_mapping is not null)
        {
            var declared = _mapping.Source.Columns;
            if (ToleratesDrift && declared.All(header.Contains))
            {
                return header;
            }

            if (header.Count > 0 && !header.SequenceEqual(declared, StringComparer.Ordinal))
            {
                throw new WarehouseException(
                    $"{path}: the header does not match mapping '{_mapping.Name}'. "
                    + $"Expected: {string.Join(", ", declared)}. Found: {string.Join(", ", header)}.",
                    ExitCode.BadInput);
            }

            return declared;
        }

        CheckAgainstContract(path, header);
        return header;
    }

    /// <summary>
    /// Refuses a file that lacks a required column or has a column the contract does not know: a
    /// misspelt header would otherwise load as a column of empty values without a word.
    /// </summary>
    private void CheckAgainstContract(string path, IReadOnlyList<string> columns)
    {
        var missing = _contract.Columns
            .Where(c => c.Required && !columns.Contains(c.Name))
            .Select(c => c.Name)
            .ToList();
        if (missing.Count > 0)
        {
            throw new WarehouseException(
                $"{path}: required column(s) {string.Join(", ", missing)} of extract '{_contract.Extract}' "
                + $"are missing (the file has {string.Join(", ", columns)}). "
                + "Load it with a mapping (--mapping) if the file names its columns differently.",
                ExitCode.BadInput);
        }

        var known = _contract.Columns.Select(c => c.Name).ToList();
        var unknown = columns.Where(c => !known.Contains(c)).ToList();
        if (unknown.Count > 0 && !ToleratesDrift)
        {
            var named = unknown.Select(u => ColumnNames.Closest(u, known) is { } guess
                ? $"{u} (did you mean {guess}?)"
                : u);
            throw new WarehouseException(
                $"{path}: column(s) {string.Join(", ", named)} are not in extract '{_contract.Extract}'. "
                + "Rename them, drop them, or load the file with a mapping (--mapping).",
                ExitCode.BadInput);
        }
    }

    private ParquetReading ParquetReading(string path)
    {
        var reading = _parquet.Check(path, _contract, _mapping, ValueDialect);
        if (_mapping is null)
        {
            CheckAgainstContract(path, reading.Columns);
        }

        return reading;
    }

    private string ReadCsv(string path, IReadOnlyList<string> columns)
    {
        var dialect = SourceDialect;
        var columnTypes = string.Join(", ", columns.Select(c => $"{SqlText.Literal(c)}: 'VARCHAR'"));
        var nulls = string.Join(", ", new[] { "" }.Concat(dialect.NullMarkers).Select(SqlText.Literal));
        var columnList = "{" + columnTypes + "}";
        return $"""
            create or replace temp table _read as
            select row_number() over () as _record, *
            from read_csv(
                {SqlText.Literal(path)},
                columns = {columnList},
                header = {(dialect.HeaderRows > 0 ? "true" : "false")},
                skip = {Math.Max(0, dialect.HeaderRows - 1)},
                delim = {SqlText.Literal(dialect.Delimiter)},
                quote = {SqlText.Literal(dialect.Quote)},
                escape = {SqlText.Literal(dialect.Escape)},
                nullstr = [{nulls}],
                auto_detect = false,
                strict_mode = true,
                null_padding = false,
                store_rejects = true,
                rejects_table = '{CsvErrors}',
                rejects_scan = '_csv_scans'
            )
            """;
    }

    private static string ReadParquet(string path, ParquetReading reading)
    {
        var select = string.Join(
            ",\n    ",
            reading.Columns.Select(c => $"{reading.TextOf(c)} as {SqlText.Identifier(c)}"));
        return $"""
            create or replace temp table _read as
            select
                file_row_number + 1 as _record,
                file_row_number + 1 as _line,
                {select}
            from read_parquet({SqlText.Literal(path)}, file_row_number = true)
            """;
    }

    // DuckDB gives good records in file order, and numbers a broken one by the line breaks outside quotes
    // before it. The independent index knows both that number and the physical line of every record, so
    // both kinds are moved to the line a person sees in an editor.
    private static string CsvLineNumbers() => $"""
        update {CsvErrors} set line = (
            select records.line from {RecordLines} as records where records.reader_line = {CsvErrors}.line
        );

        create or replace temp table _read as
        with good_records as (
            select line, row_number() over (order by ordinal) as record
            from {RecordLines}
            where line not in (select line from {CsvErrors} where line is not null)
        )

        select good_records.line as _line, _read.*
        from _read
        join good_records on good_records.record = _read._record
        """;

    private string DirectProjection(IReadOnlyList<string> sourceColumns)
    {
        var select = new StringBuilder("create or replace temp table _incoming as\nselect\n    _line");
        foreach (var column in _contract.Columns)
        {
            var expression = sourceColumns.Contains(column.Name)
                ? SqlText.Identifier(column.Name)
                : "null";
            select.Append($",\n    cast({expression} as varchar) as {column.Name}");
        }

        return select.Append("\nfrom _read").ToString();
    }

    private string MappedProjection()
    {
        var mapping = _mapping!;
        var variants = mapping.Variants.Count > 0
            ? mapping.Variants
            : [new Dictionary<string, string>()];
        var parts = variants.Select(v => MappedVariant(mapping, v));
        return "create or replace temp table _incoming as\n" + string.Join("\nunion all\n", parts);
    }

    private string MappedVariant(SourceMapping mapping, IReadOnlyDictionary<string, string> variant)
    {
        var from = "_read";
        foreach (var derived in mapping.Derive)
        {
            from = $"(select *, ({Substitute(derived.Sql, variant)}) as {derived.Name} from {from})";
        }

        var select = new StringBuilder("select\n    _line");
        foreach (var column in _contract.Columns)
        {
            var expression = mapping.Columns.TryGetValue(column.Name, out var sql)
                ? Substitute(sql, variant)
                : "null";
            select.Append($",\n    cast(({expression}) as varchar) as {column.Name}");
        }

        select.Append($"\nfrom {from} as source");
        if (!string.IsNullOrWhiteSpace(mapping.Where))
        {
            select.Append($"\nwhere {Substitute(mapping.Where, variant)}");
        }

        return $"({select})";
    }

    private static string Substitute(string sql, IReadOnlyDictionary<string, string> variant)
    {
        foreach (var (key, value) in variant)
        {
            sql = sql.Replace("{" + key + "}", value, StringComparison.Ordinal);
        }

        return sql;
    }
}
