using System.Text;
using Dapper;
using DuckDB.NET.Data;
using Warehouse.Etl.Contracts;
using Warehouse.Etl.Loading;
using Warehouse.Etl.Mappings;
using Warehouse.Etl.Tests.Loading.Torture;

namespace Warehouse.Etl.Tests.Loading;

/// <summary>
/// Runs the loader over every file of <c>data-samples/torture</c> (DuckDB's and Apache Parquet's test files).
/// Each file is loaded as the engagement extract through a mapping that keeps all its source values, as
/// text, in <c>campaign_id</c>; it must either load with the values its INDEX gives or be refused with a
/// message naming it - never crash, hang or lose a record without saying so.
/// </summary>
public sealed class TortureCorpusTests
{
    private static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(15);

    private static string CorpusRoot => Path.Combine(RepositoryFiles.Root, "data-samples", "torture");

    /// <summary>Every data file the corpus's INDEX files list, as <c>csv/...</c> or <c>parquet/...</c>.</summary>
    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in IndexedFiles().Where(f => TortureCases.All.ContainsKey(f)))
        {
            data.Add(file);
        }

        return data;
    }

    [Fact]
    public void Every_indexed_file_has_an_expected_outcome_and_every_case_an_indexed_file()
    {
        var indexed = IndexedFiles();
        var described = TortureCases.All.Keys.Concat(TodoFiles()).ToList();

        Assert.Empty(indexed.Except(described));
        Assert.Empty(described.Except(indexed));
        Assert.True(indexed.Count > 90, $"only {indexed.Count} files found in the INDEX files");
    }

    // Files the loader does not yet treat as their INDEX expects are listed here, skipped, with what is missing.
    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public async Task Each_file_loads_with_its_indexed_values_or_is_refused_naming_it(string file)
    {
        var expected = TortureCases.All[file];
        var path = Path.Combine(CorpusRoot, file);
        using var warehouse = new TemporaryWarehouse();
        var mapping = MappingFor(file, path, expected);

        // The loader runs on its own thread so that a hang fails this case instead of the whole run.
        var engagement = warehouse.Contracts.Get("engagement");
        var load = Task.Run(() => Outcome(() => warehouse.Loader.Load(engagement, path, mapping)));
        var (result, error) = await load.WaitAsync(LoadTimeout);

        switch (expected.Outcome)
        {
            case TortureOutcomeKind.Unreadable:
                var refusal = Assert.IsType<WarehouseException>(error);
                Assert.Contains(Path.GetFileName(file), refusal.Message, StringComparison.Ordinal);
                foreach (var part in expected.MessageParts)
                {
                    Assert.Contains(part, refusal.Message, StringComparison.Ordinal);
                }

                Assert.Equal(0L, warehouse.Scalar<long>("select count(*) from raw.engagement_events"));
                break;

            case TortureOutcomeKind.Refused:
                Assert.Null(error?.ToString());
                Assert.Equal(
                    (LoadStatus.Refused, expected.Records, 0L),
                    (result!.Status, result.RecordsRead, result.RowsLoaded));
                Assert.Equal(expected.RejectLines, RejectLines(warehouse, result.BatchId));
                Assert.Equal(expected.RejectLines.Count, result.RecordsRejected);
                break;

            default:
                Assert.Null(error?.ToString());
                Assert.Equal(
                    (LoadStatus.Loaded, expected.Records, (long)expected.RejectLines.Count),
                    (result!.Status, result.RecordsRead, result.RecordsRejected));

                // No record may vanish: every one is either loaded or rejected with its reason.
                Assert.Equal(result.RecordsRead, result.RowsLoaded + result.RecordsRejected);
                Assert.Equal(result.RecordsRead, result.RecordsLoaded + result.RecordsRejected);
                Assert.Equal(expected.RejectLines, RejectLines(warehouse, result.BatchId));
                foreach (var (line, value) in expected.Values)
                {
                    Assert.Equal(value, warehouse.Scalar<string>(
                        $"select campaign_id from raw.engagement_events where _source_line = {line}"));
                }

                break;
        }
    }

    /// <summary>The files of the skipped cases above.</summary>
    private static IEnumerable<string> TodoFiles() =>
        typeof(TortureCorpusTests)
            .GetMethod(nameof(Each_file_loads_with_its_indexed_values_or_is_refused_naming_it))!
            .GetCustomAttributes(typeof(InlineDataAttribute), inherit: false)
            .Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).Single()[0]);

    private static (LoadResult? Result, Exception? Error) Outcome(Func<LoadResult> load)
    {
        try
        {
            return (load(), null);
        }
#pragma warning disable CA1031 // Any exception is an outcome to assert on, so none may escape here.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return (null, ex);
        }
    }

    private static List<long> RejectLines(TemporaryWarehouse warehouse, long batchId) =>
        warehouse.Database.Connection.Query<long>(
                $"select distinct source_line from meta.load_rejects where batch_id = {batchId} order by 1")
            .ToList();

    /// <summary>
    /// A mapping that reads the file's columns and keeps them all, in order, as the text of one list in
    /// <c>campaign_id</c>; the engagement extract's other required columns are constants.
    /// </summary>
    private static SourceMapping MappingFor(string file, string path, TortureCase expected)
    {
        var isParquet = file.EndsWith(".parquet", StringComparison.Ordinal);
        var columns = expected.Columns
            ?? (isParquet ? ParquetColumns(path) : FirstLineFields(path, expected.Dialect));
        var values = string.Join(", ", columns.Select(Quoted));
        var mapped = new Dictionary<string, string>
        {
            ["event_id"] = "cast(_record as varchar)",
            ["customer_id"] = "'torture'",
            ["event_at"] = "'2024-01-01 00:00:00'",
            ["channel"] = "'web'",
            ["direction"] = "'inbound'",
            ["event_type"] = "'click'",
            ["campaign_id"] = $"cast(list_value({values}) as varchar)",
        };
        if (expected.Amount is { } amount)
        {
            mapped["amount"] = Quoted(amount);
        }

        return new SourceMapping
        {
            Name = "torture-" + file,
            Extract = "engagement",
            Source = new MappingSource
            {
                Format = isParquet ? "parquet" : "csv",
                Dialect = expected.Dialect,
                Columns = columns,
            },
            Columns = mapped,
        };
    }

    private static string Quoted(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// The fields of a file's first line split on the delimiter, quotes removed: the header a mapping
    /// author would copy. For a file without a header, numbered names for as many fields.
    /// </summary>
    private static List<string> FirstLineFields(string path, CsvDialect dialect)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var line = reader.ReadLine() ?? "";
        var fields = line.Split(dialect.Delimiter).Select(f => f.Trim().Trim('"')).ToList();
        return dialect.HeaderRows == 0
            ? Enumerable.Range(1, fields.Count).Select(i => $"column{i}").ToList()
            : fields;
    }

    /// <summary>The Parquet schema's column names, or a stand-in when the schema itself is unreadable.</summary>
    private static List<string> ParquetColumns(string path)
    {
        using var scratch = new DuckDBConnection("Data Source=:memory:");
        scratch.Open();
        try
        {
            return scratch.Query<string>(
                    "select column_name from (describe select * from read_parquet($path))", new { path })
                .ToList();
        }
        catch (DuckDBException)
        {
            return ["unreadable"];
        }
    }

    private static List<string> IndexedFiles()
    {
        var csv = File.ReadLines(Path.Combine(CorpusRoot, "csv", "INDEX.tsv"))
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => "csv/" + l.Split('\t')[0]);
        var parquet = File.ReadLines(Path.Combine(CorpusRoot, "parquet", "INDEX.md"))
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Split('`')[1])
            .Where(f => f.EndsWith(".parquet", StringComparison.Ordinal))
            .Select(f => "parquet/" + f);
        return csv.Concat(parquet).ToList();
    }
}
