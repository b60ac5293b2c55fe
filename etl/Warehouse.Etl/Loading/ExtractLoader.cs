using System.Diagnostics;
using Dapper;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;
using Warehouse.Etl.Contracts;
using Warehouse.Etl.Mappings;
using Warehouse.Etl.Storage;

namespace Warehouse.Etl.Loading;

/// <summary>
/// Loads extract files into their raw tables. Each file is one batch in one transaction: its valid
/// records go to <c>raw.*</c> with batch, file and line; its broken values go to <c>meta.load_rejects</c>
/// with their rule; a file whose rejects pass the contract's threshold loads no rows at all. Loading the
/// same bytes again (same extract and mapping) changes nothing.
/// </summary>
public sealed class ExtractLoader
{
    private const int RejectsShown = 5;

    private readonly WarehouseDatabase _database;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    public ExtractLoader(WarehouseDatabase database, ILogger<ExtractLoader> logger, TimeProvider time)
    {
        _database = database;
        _logger = logger;
        _time = time;
    }

    private DuckDBConnection Connection => _database.Connection;

    /// <summary>
    /// Runs with the snapshot's path once the first block of a file is copied: a seam for tests that rewrite
    /// the file then.
    /// </summary>
    internal Action<string>? WhileCopying { get; set; }

    /// <summary>
    /// Loads one file. Throws <see cref="WarehouseException"/> (<see cref="ExitCode.BadInput"/>) when the file
    /// cannot be read at all (missing, wrong header, malformed, corrupt, in an encoding that cannot be known,
    /// changed while it was being read); a readable file with bad records
    /// returns a result whose status is <see cref="LoadStatus.Refused"/> when the rejects pass the threshold.
    /// </summary>
    public LoadResult Load(
        ExtractContract contract,
        string path,
        SourceMapping? mapping = null,
        CancellationToken cancellationToken = default)
    {
        var file = RequireFile(path);

        var clock = Stopwatch.StartNew();
        var startedAt = _time.GetUtcNow().UtcDateTime;
        using var snapshot = TakeSnapshot(contract, mapping, file);
        var fingerprint = snapshot.Fingerprint;
        if (EarlierBatch(contract, fingerprint, mapping) is { } earlier)
        {
            LoadLog.Unchanged(_logger, contract.Extract, file, earlier);
            return new LoadResult(
                contract.Extract, file, earlier, LoadStatus.Unchanged, 0, 0, 0, [], clock.ElapsedMilliseconds);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var shape = new SchemaDrift(Connection, contract, mapping, snapshot.Path);
        var drift = snapshot.Read(file, _ => shape.Check());
        if (drift is { IsRefused: true })
        {
            return RefuseDrift(new BatchRecord(
                contract, mapping, file, fingerprint, LoadStatus.Refused, 0, 0, startedAt, shape, drift), clock);
        }

        LoadLog.Reading(_logger, file, contract.Extract);
        var toleratesDrift = drift?.Policy == DriftPolicy.Warn;
        var (records, rejected) = snapshot.Read(file, copy => ReadAndCheck(contract, mapping, copy, toleratesDrift));

        // Described before the transaction opens, so a file that cannot be described fails with nothing written.
        _ = snapshot.Read(file, _ => shape.Columns);
        LoadLog.Checked(_logger, file, records, clock.ElapsedMilliseconds);

        cancellationToken.ThrowIfCancellationRequested();
        var status = records > 0 && (double)rejected / records > contract.RejectThreshold
            ? LoadStatus.Refused
            : LoadStatus.Loaded;
        var shrinkRefusal = status == LoadStatus.Loaded
            ? SnapshotGuard.Refusal(Connection, contract, mapping, file, records)
            : null;
        status = shrinkRefusal is null ? status : LoadStatus.Refused;
        var batch = new BatchRecord(
            contract, mapping, file, fingerprint, status, records, rejected, startedAt, shape, drift, shrinkRefusal);
        var (batchId, loaded, accounted) = Commit(batch);
        if (drift is { Changes.Count: > 0 })
        {
            LoadLog.DriftWarned(
                _logger, contract.Extract, file, batchId, drift.ComparedBatchId, string.Join("; ", drift.Changes));
        }

        if (shrinkRefusal is not null)
        {
            LoadLog.ShrunkSnapshotRefused(_logger, contract.Extract, batchId, shrinkRefusal);
        }
        else if (status == LoadStatus.Refused)
        {
            LoadLog.Refused(_logger, contract.Extract, file, batchId, rejected, records, contract.RejectThreshold);
        }
        else
        {
            LoadLog.Loaded(_logger, contract.Extract, file, batchId, loaded, rejected, records);
        }

        return new LoadResult(
            contract.Extract,
            file,
            batchId,
            status,
            records,
            rejected,
            loaded,
            FirstRejects(file),
            clock.ElapsedMilliseconds)
        {
            Message = shrinkRefusal,
            Drift = drift?.Changes ?? [],
            RecordsLoaded = accounted.Loaded,
            RecordsLeftOut = accounted.LeftOut,
        };
    }

    /// <summary>Records a file whose columns drifted past its policy as a refused batch, with no rows.</summary>
    private LoadResult RefuseDrift(BatchRecord batch, Stopwatch clock)
    {
        var drift = batch.Drift!;
        var (batchId, _, _) = Commit(batch);
        LoadLog.DriftRefused(_logger, batch.Contract.Extract, batch.File, batchId, drift.Refusal!);
        return new LoadResult(
            batch.Contract.Extract, batch.File, batchId, LoadStatus.Refused, 0, 0, 0, [], clock.ElapsedMilliseconds)
        {
            Drift = drift.Changes,
            Message = drift.Refusal,
        };
    }

    /// <summary>
    /// Reads the file into <c>_incoming</c> and checks it into <c>_rejects</c>; returns the records in the
    /// file and the records rejected. For CSV, DuckDB's reading is checked against an independent count.
    /// </summary>
    private (long Records, long Rejected) ReadAndCheck(
        ExtractContract contract, SourceMapping? mapping, string file, bool toleratesDrift)
    {
        var incoming = new IncomingTable(contract, mapping, new ParquetSchemaCheck(Connection))
        {
            ToleratesDrift = toleratesDrift,
        };
        var isCsv = incoming.Format(file) == "csv";
        CsvRecordIndex? index = null;
        if (isCsv)
        {
            index = CsvRecordIndex.Build(file, incoming.SourceDialect);
            if (index.UnterminatedQuoteLine is { } quoteLine)
            {
                throw new WarehouseException(
                    $"{file}, line {quoteLine}: a quote opened here is never closed, so the rest of the file "
                    + "would be read as one value. Nothing was loaded; close the quote or escape it.",
                    ExitCode.BadInput);
            }

            if (index.MixedLineEndLine is { } mixedLine)
            {
                throw new WarehouseException(
                    $"{file}, line {mixedLine}: this line ends with {index.MixedLineEnds}. The reader needs one "
                    + "kind of line end throughout; nothing was loaded. Convert the file's line ends "
                    + "(for example all to LF) and load it again.",
                    ExitCode.BadInput);
            }

            StoreRecordIndex(index);
        }

        RunReading(file, incoming.BuildStatements(file));
        RunReading(file, [ContractValidator.BuildStatement(contract, incoming.ValueDialect)]);

        var records = Connection.ExecuteScalar<long>(
            $"select (select count(distinct _line) from _read) "
            + $"+ (select count(distinct line) from {IncomingTable.CsvErrors})");

        // A Parquet file states its row count in its footer, apart from the pages the reader decodes.
        var (counted, how) = index is not null
            ? ((long)index.Records.Count, "counted independently, quote-aware")
            : (Connection.ExecuteScalar<long>(
                "select cast(coalesce(sum(num_rows), 0) as bigint) "
                + $"from parquet_file_metadata({SqlText.Literal(file)})"),
                "as its footer states");
        if (records != counted)
        {
            throw new WarehouseException(
                $"{file}: DuckDB's reader accounted for {records} records, but the file holds "
                + $"{counted} ({how}). The file is malformed; nothing was loaded.",
                ExitCode.BadInput);
        }

        var rejected = Connection.ExecuteScalar<long>(
            $"select count(distinct _line) from {ContractValidator.RejectsTable}");
        return (records, rejected);
    }

    /// <summary>
    /// The private copy the load reads: the bytes of one moment, hashed as they are copied, and UTF-8 for a
    /// delimited file whatever its declared encoding, since DuckDB's reader takes UTF-8 only.
    /// </summary>
    private FileSnapshot TakeSnapshot(ExtractContract contract, SourceMapping? mapping, string file)
    {
        var incoming = new IncomingTable(contract, mapping, new ParquetSchemaCheck(Connection));
        var encoding = incoming.Format(file) == "csv" ? incoming.SourceDialect.ParsedEncoding : (SourceEncoding?)null;
        return FileSnapshot.Take(file, _database.Path, encoding, WhileCopying);
    }

    private void StoreRecordIndex(CsvRecordIndex index)
    {
        _database.Execute(
            $"create or replace temp table {IncomingTable.RecordLines} "
            + "(ordinal bigint, line bigint, reader_line bigint)");
        using var appender = Connection.CreateAppender(IncomingTable.RecordLines);
        for (var ordinal = 0; ordinal < index.Records.Count; ordinal++)
        {
            var start = index.Records[ordinal];
            appender.CreateRow()
                .AppendValue((long)ordinal + 1)
                .AppendValue(start.Line)
                .AppendValue(start.ReaderLine)
                .EndRow();
        }
    }

    /// <summary>Writes the batch, its rejects and (unless refused) its rows in one transaction.</summary>
    private (long BatchId, long Loaded, RecordAccount Accounted) Commit(BatchRecord batch)
    {
        var batchId = Connection.ExecuteScalar<long>("select nextval('meta.batch_id_seq')");
        long loaded;
        RecordAccount accounted;
        using (var transaction = Connection.BeginTransaction())
        {
            loaded = batch.Status == LoadStatus.Refused ? 0 : InsertRows(batch, batchId, transaction);
            accounted = batch.Status == LoadStatus.Refused
                ? new RecordAccount(0, 0)
                : Reconcile(batch, batchId, transaction);

            // A file refused for its columns was never read, so it has no rejects of its own.
            if (batch.Drift is not { IsRefused: true })
            {
                InsertRejects(batch, batchId, transaction);
            }

            Connection.Execute(
                """
                insert into meta.load_batches values (
                    $batch_id, $extract, $source_file, $file_sha256, $file_bytes, $mapping, $status,
                    $records_read, $rows_loaded, $records_rejected, $message, $started_at, $finished_at)
                """,
                new
                {
                    batch_id = batchId,
                    extract = batch.Contract.Extract,
                    source_file = batch.File,
                    file_sha256 = batch.Fingerprint.Sha256,
                    file_bytes = batch.Fingerprint.Bytes,
                    mapping = batch.Mapping?.Name,
                    status = batch.Status.ToString().ToLowerInvariant(),
                    records_read = batch.Records,
                    rows_loaded = loaded,
                    records_rejected = batch.Rejected,
                    message = batch.Drift?.Refusal ?? batch.Refusal ?? (batch.Status == LoadStatus.Refused
                        ? $"{batch.Rejected} of {batch.Records} records broke the contract; "
                            + $"threshold {batch.Contract.RejectThreshold:P1}"
                        : null),
                    started_at = batch.StartedAt,
                    finished_at = _time.GetUtcNow().UtcDateTime,
                },
                transaction);
            batch.Shape.Record(batchId, batch.Drift, transaction);
            if (loaded > 0)
            {
                BatchPeriods.Record(Connection, batch.Contract, batchId, transaction);
            }

            transaction.Commit();
        }

        // A checkpoint folds the write-ahead log into the file, so a crash after this point cannot
        // lose the batch and readers opening the file see it.
        _database.Execute("checkpoint");
        return (batchId, loaded, accounted);
    }

    /// <summary>
    /// Accounts for every record of a loaded file inside its transaction: each has rows in the raw table, is
    /// rejected, or was left out by its mapping's condition. A record that is none of these throws, so the
    /// transaction is never committed and nothing of the file is kept.
    /// </summary>
    private RecordAccount Reconcile(BatchRecord batch, long batchId, DuckDBTransaction transaction)
    {
        var withRows = Connection.ExecuteScalar<long>(
            $"select count(distinct _source_line) from {batch.Contract.RawTable} where _batch_id = $batch_id",
            new { batch_id = batchId },
            transaction);
        var leftOut = Connection.ExecuteScalar<long>(
            $"""
            select count(distinct _line) from _read
            where _line not in (select _line from {IncomingTable.Name})
              and _line not in (select _line from {ContractValidator.RejectsTable} where _line is not null)
            """,
            transaction: transaction);
        if (withRows + batch.Rejected + leftOut != batch.Records)
        {
            throw new WarehouseException(
                $"{batch.File}: {batch.Records} records in the file, but {withRows} loaded, {batch.Rejected} "
                + $"rejected and {leftOut} left out by the mapping account for "
                + $"{withRows + batch.Rejected + leftOut}. Nothing was loaded; this is a fault of the loader, "
                + "so keep the file and report it.",
                ExitCode.Failure);
        }

        return new RecordAccount(withRows, leftOut);
    }

    /// <summary>
    /// The full path of an extract file that exists, or a <see cref="WarehouseException"/>
    /// (<see cref="ExitCode.BadInput"/>) saying it is missing or is a folder.
    /// </summary>
    public static string RequireFile(string path)
    {
        var file = Path.GetFullPath(path);
        if (!File.Exists(file))
        {
            var problem = Directory.Exists(file) ? "is a folder, not a file" : "no such file";
            throw new WarehouseException($"{file}: {problem}.", ExitCode.BadInput);
        }

        return file;
    }

    private long? EarlierBatch(ExtractContract contract, FileFingerprint fingerprint, SourceMapping? mapping) =>
        Connection.ExecuteScalar<long?>(
            """
            select max(batch_id) from meta.load_batches
            where extract = $extract and file_sha256 = $sha and coalesce(mapping, '') = $mapping
              and status = 'loaded'
            """,
            new { extract = contract.Extract, sha = fingerprint.Sha256, mapping = mapping?.Name ?? "" });

    private void RunReading(string file, IEnumerable<string> statements)
    {
        foreach (var statement in statements)
        {
            try
            {
                _database.Execute(statement);
            }
            catch (DuckDBException ex)
            {
                throw new WarehouseException(
                    $"{file}: could not be read: {ex.Message.Split('\n')[0]}", ex, ExitCode.BadInput);
            }
        }
    }

    private long InsertRows(BatchRecord batch, long batchId, DuckDBTransaction transaction)
    {
        var contract = batch.Contract;
        var dialect = IncomingTable.ValueDialectOf(contract, batch.Mapping);
        var columns = string.Join(", ", contract.Columns.Select(c => c.Name));
        var values = string.Join(
            ",\n    ",
            contract.Columns.Select(c => ColumnRules.Parse(c.ParsedType, $"incoming.{c.Name}", dialect)));

        // A record with any broken value is rejected whole, with every row a mapping made of it.
        var sql = $"""
            insert into {contract.RawTable} ({columns}, _batch_id, _source_file, _source_line)
            select
                {values},
                $batch_id, $file, incoming._line
            from {IncomingTable.Name} as incoming
            where not exists (
                select 1 from {ContractValidator.RejectsTable} as rejects where rejects._line = incoming._line)
            """;
        return Connection.Execute(sql, new { batch_id = batchId, file = batch.File }, transaction);
    }

    private void InsertRejects(BatchRecord batch, long batchId, DuckDBTransaction transaction) =>
        Connection.Execute(
            $"""
            insert into meta.load_rejects
            select $batch_id, $extract, $file, _line, column_name, value, rule
            from {ContractValidator.RejectsTable}
            order by _line, column_name
            """,
            new { batch_id = batchId, extract = batch.Contract.Extract, file = batch.File },
            transaction);

    private List<RejectedValue> FirstRejects(string file) =>
        Connection.Query<(long? Line, string? Column, string? Value, string Rule)>(
                $"""
                select _line, column_name, value, rule from {ContractValidator.RejectsTable}
                order by _line, column_name limit {RejectsShown}
                """)
            .Select(r => new RejectedValue(file, r.Line, r.Column, r.Value, r.Rule))
            .ToList();

    /// <summary>Records of a file with rows in the raw table, and those its mapping's condition left out.</summary>
    private readonly record struct RecordAccount(long Loaded, long LeftOut);

    /// <summary>Everything known about a batch before it is written.</summary>
    private sealed record BatchRecord(
        ExtractContract Contract,
        SourceMapping? Mapping,
        string File,
        FileFingerprint Fingerprint,
        LoadStatus Status,
        long Records,
        long Rejected,
        DateTime StartedAt,
        SchemaDrift Shape,
        DriftCheck? Drift,
        string? Refusal = null);
}
