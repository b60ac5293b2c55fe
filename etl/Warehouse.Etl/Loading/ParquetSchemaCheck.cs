using System.Text;
using Dapper;
using DuckDB.NET.Data;
using Warehouse.Etl.Contracts;
using Warehouse.Etl.Mappings;

namespace Warehouse.Etl.Loading;

/// <summary>
/// Checks a Parquet file's schema against the contract before a value is read: each column that feeds a
/// contract column must be able to carry its values exactly (<see cref="ParquetTypeRules"/>), or the file is
/// refused naming every such column, its file type, the contract type and what to do. A file that passes gets
/// a <see cref="ParquetReading"/>: how to turn each column into text without losing or shifting a value, and
/// which rows to reject because a value the file holds cannot be taken (an INT96 timestamp out of range,
/// bytes that are not UTF-8). Nothing here rounds; a value that does not fit is rejected with its row.
/// </summary>
internal sealed class ParquetSchemaCheck
{
    private static readonly byte[] Marker = "PAR1"u8.ToArray();

    private readonly DuckDBConnection _connection;

    public ParquetSchemaCheck(DuckDBConnection connection)
    {
        _connection = connection;
    }

    /// <summary>
    /// Checks the file for a load of <paramref name="contract"/>, directly or through <paramref name="mapping"/>.
    /// Throws <see cref="WarehouseException"/> (<see cref="ExitCode.BadInput"/>) when the file is not Parquet,
    /// is cut short or corrupt, lacks a column the mapping reads, or has a column whose type is refused.
    /// </summary>
    /// <param name="file">Full path of the file.</param>
    /// <param name="contract">The extract the file is loaded as.</param>
    /// <param name="mapping">The mapping that reads it, or null for a direct load.</param>
    /// <param name="valueDialect">The dialect the validator reads the text in (its date format).</param>
    public ParquetReading Check(string file, ExtractContract contract, SourceMapping? mapping, CsvDialect valueDialect)
    {
        RequireParquetMarkers(file);
        var columns = ReadSchema(file);
        var read = mapping is null ? columns.Select(c => c.Name).ToList() : MappedColumns(file, mapping, columns);
        var byName = columns.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        var feeds = mapping is null
            ? DirectFeeds(contract, byName)
            : MappedFeeds(contract, mapping, byName, read);

        var problems = Problems(read.Select(r => byName[r]), feeds);
        if (problems.Count > 0)
        {
            throw new WarehouseException(
                $"{file}: the file's column types cannot carry the contract's values exactly, so nothing was "
                + $"loaded.\n{string.Join("\n", problems)}",
                ExitCode.BadInput);
        }

        return Reading(file, read.Select(r => byName[r]).ToList(), feeds, valueDialect);
    }

    /// <summary>
    /// Every Parquet file starts and ends with the bytes <c>PAR1</c>; saying which one is missing tells a file
    /// that is not Parquet at all from one cut short while it was written or copied.
    /// </summary>
    private static void RequireParquetMarkers(string file)
    {
        var head = new byte[4];
        var tail = new byte[4];
        long length;
        using (var stream = File.OpenRead(file))
        {
            length = stream.Length;
            stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
            if (length >= 8)
            {
                stream.Seek(-4, SeekOrigin.End);
                stream.ReadExactly(tail);
            }
        }

        string? problem = null;
        if (!head.AsSpan().SequenceEqual(Marker))
        {
            problem = length == 0
                ? "the file is empty"
                : "it does not start with the Parquet marker PAR1, so it is not a Parquet file";
        }
        else if (length < 12 || !tail.AsSpan().SequenceEqual(Marker))
        {
            problem = "it starts as a Parquet file but does not end with the Parquet footer (PAR1), so it was cut "
                + "short while it was written or copied";
        }

        if (problem is not null)
        {
            throw new WarehouseException(
                $"{file}: could not be read as Parquet: {problem}. Nothing was loaded; export or copy the file "
                + "again, whole.",
                ExitCode.BadInput);
        }
    }

    /// <summary>The top-level columns, named as DuckDB reads them, typed as the file's schema declares them.</summary>
    private List<ParquetColumn> ReadSchema(string file)
    {
        List<SchemaRow> rows;
        List<string> names;
        try
        {
            rows = _connection.Query<SchemaRow>(
                    $"""
                    select name as Name, type as PhysicalType, repetition_type as Repetition,
                           converted_type as ConvertedType, logical_type as LogicalType, precision as Precision,
                           scale as Scale, duckdb_type as DuckDbType, coalesce(num_children, 0) as Children
                    from parquet_schema({SqlText.Literal(file)})
                    order by column_id
                    """)
                .ToList();
            names = _connection.Query<string>(
                    $"select column_name from (describe select * from read_parquet({SqlText.Literal(file)}))")
                .ToList();
        }
        catch (DuckDBException ex)
        {
            throw new WarehouseException(
                $"{file}: could not be read as Parquet: {ex.Message.Split('\n')[0]}. Nothing was loaded; the file "
                + "is damaged or was not written by a Parquet writer: export it again.",
                ex,
                ExitCode.BadInput);
        }

        // The schema is a tree written depth first; the root's children are the columns a query sees.
        var columns = new List<ParquetColumn>();
        var index = 1;
        for (var child = 0; child < rows[0].Children && index < rows.Count; child++)
        {
            var row = rows[index];
            var name = columns.Count < names.Count ? names[columns.Count] : row.Name;
            columns.Add(new ParquetColumn(
                name, row.PhysicalType, row.Repetition, row.ConvertedType, row.LogicalType, row.Precision, row.Scale,
                row.DuckDbType, row.Children));
            index = SkipSubtree(rows, index);
        }

        return columns;
    }

    private static int SkipSubtree(List<SchemaRow> rows, int index)
    {
        var children = rows[index].Children;
        index++;
        for (var child = 0; child < children && index < rows.Count; child++)
        {
            index = SkipSubtree(rows, index);
        }

        return index;
    }

    private static List<string> MappedColumns(string file, SourceMapping mapping, List<ParquetColumn> columns)
    {
        var missing = mapping.Source.Columns
            .Where(c => !columns.Any(f => string.Equals(f.Name, c, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        if (missing.Count > 0)
        {
            throw new WarehouseException(
                $"{file}: mapping '{mapping.Name}' reads column(s) {string.Join(", ", missing)}, which the file "
                + $"does not have (it has {string.Join(", ", columns.Select(c => c.Name))}). Nothing was loaded; "
                + "correct the mapping's source columns or load the file it was written for.",
                ExitCode.BadInput);
        }

        return mapping.Source.Columns.ToList();
    }

    private static List<ParquetFeed> DirectFeeds(
        ExtractContract contract, Dictionary<string, ParquetColumn> byName) =>
        contract.Columns
            .Where(c => byName.ContainsKey(c.Name))
            .Select(c => new ParquetFeed(byName[c.Name], c, IsCopied: true))
            .ToList();

    private static List<ParquetFeed> MappedFeeds(
        ExtractContract contract,
        SourceMapping mapping,
        Dictionary<string, ParquetColumn> byName,
        List<string> read)
    {
        var feeds = new List<ParquetFeed>();
        foreach (var (target, expression) in mapping.Columns)
        {
            var column = contract.Column(target);
            foreach (var (copied, reads) in MappingReferences.Of(mapping, expression, read))
            {
                if (copied is not null)
                {
                    feeds.Add(new ParquetFeed(byName[copied], column, IsCopied: true));
                }
                else
                {
                    feeds.AddRange(reads.Select(r => new ParquetFeed(byName[r], column, IsCopied: false)));
                }
            }
        }

        return feeds.Distinct().ToList();
    }

    /// <summary>
    /// One line per refused column. A copied column is held to the full table; a column a mapping computes
    /// from keeps one rule, because the mapping's arithmetic cannot undo it: no amount passes through a float.
    /// </summary>
    private static List<string> Problems(IEnumerable<ParquetColumn> read, List<ParquetFeed> feeds)
    {
        var problems = new List<string>();
        foreach (var wide in read.Where(c => c.Kind == ParquetValueKind.WideDecimal))
        {
            problems.Add(
                $"- column '{wide.Name}' is {wide.Description}, "
                + ParquetTypeRules.Refusal(wide, new ColumnType(ColumnKind.Varchar)));
        }

        foreach (var feed in feeds.Where(f => f.Source.Kind != ParquetValueKind.WideDecimal))
        {
            var target = feed.Target.ParsedType;
            var refused = feed.IsCopied
                ? ParquetTypeRules.Fit(feed.Source.Kind, target) == ParquetFit.Refused
                : feed.Source.Kind == ParquetValueKind.Float && target.Kind == ColumnKind.Decimal;
            if (refused)
            {
                var how = feed.IsCopied ? "feeds" : "is computed into";
                problems.Add(
                    $"- column '{feed.Source.Name}' is {feed.Source.Description} but {how} contract column "
                    + $"'{feed.Target.Name}' ({feed.Target.Type}): {ParquetTypeRules.Refusal(feed.Source, target)}");
            }
        }

        return problems.Distinct().ToList();
    }

    private static ParquetReading Reading(
        string file, List<ParquetColumn> read, List<ParquetFeed> feeds, CsvDialect valueDialect)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var rejects = new List<string>
        {
            $"create or replace temp table {IncomingTable.SourceRejects} "
            + "(_line bigint, column_name varchar, value varchar, rule varchar)",
        };

        foreach (var column in read)
        {
            var name = SqlText.Identifier(column.Name);
            if (column.Kind == ParquetValueKind.Int96Timestamp)
            {
                // DuckDB turns the Julian day and nanoseconds into 64-bit microseconds without a range check,
                // so a far-off value (Spark writes year 290000 as easily as 2024) wraps round to a wrong date.
                texts[column.Name] = $"case when year({name}) between 1 and 9999 then cast({name} as varchar) end";
                rejects.Add(RejectRows(
                    file,
                    column,
                    $"{name} is not null and year({name}) not between 1 and 9999",
                    "null",
                    "INT96 timestamp outside the years 1-9999: the reader would wrap it round to a wrong date, so "
                    + "it is not loaded"));
            }
            else if (column.IsReadAsInstant)
            {
                // TODO(parquet-dialect): a contract that declares a timestamp_format would reject these ISO
                // spellings; a value dialect of canonical formats for direct Parquet loads (the loader's
                // ValueDialectOf knowing the format) would unblock it. No contract declares one today.
                // Spelt in UTC whatever the session's zone, with the offset that says so.
                texts[column.Name] = $"cast(timezone('UTC', {name}) as varchar) || '+00'";
            }
        }

        foreach (var feed in feeds.Where(f => f.IsCopied))
        {
            var name = SqlText.Identifier(feed.Source.Name);
            var target = feed.Target.ParsedType;
            switch (feed.Source.Kind)
            {
                case ParquetValueKind.Binary:
                    texts[feed.Source.Name] = $"try(decode({name}))";
                    rejects.Add(RejectRows(
                        file,
                        feed.Source,
                        $"{name} is not null and try(decode({name})) is null",
                        $"cast({name} as varchar)",
                        "bytes that are not UTF-8 text"));
                    break;

                case ParquetValueKind.Decimal when feed.Source.Scale > 0 && target.Kind != ColumnKind.Varchar:
                    // The exact value in its fewest digits: 1.2300 becomes 1.23 and then fits a scale of 2,
                    // while 1.2345 keeps its digits and is rejected by the contract's rule, never rounded.
                    var exact = $"rtrim(rtrim(cast({name} as varchar), '0'), '.')";
                    texts[feed.Source.Name] = valueDialect.DecimalSeparator == "."
                        ? exact
                        : $"replace({exact}, '.', {SqlText.Literal(valueDialect.DecimalSeparator)})";
                    break;

                case ParquetValueKind.Date when target.Kind == ColumnKind.Date:
                    texts[feed.Source.Name] = $"strftime({name}, {SqlText.Literal(valueDialect.DateFormat)})";
                    break;

                default:
                    break;
            }
        }

        return new ParquetReading(read.Select(c => c.Name).ToList(), texts, rejects);
    }

    private static string RejectRows(string file, ParquetColumn column, string failsWhen, string value, string rule) =>
        new StringBuilder()
            .Append($"insert into {IncomingTable.SourceRejects}\n")
            .Append($"select file_row_number + 1, {SqlText.Literal(column.Name)}, {value}, {SqlText.Literal(rule)}\n")
            .Append($"from read_parquet({SqlText.Literal(file)}, file_row_number = true)\n")
            .Append($"where {failsWhen}")
            .ToString();

    /// <summary>One element of the schema tree as <c>parquet_schema()</c> lists it.</summary>
    private sealed record SchemaRow(
        string Name,
        string? PhysicalType,
        string? Repetition,
        string? ConvertedType,
        string? LogicalType,
        long? Precision,
        long? Scale,
        string? DuckDbType,
        long Children);
}
