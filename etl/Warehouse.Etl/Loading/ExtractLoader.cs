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
    /// Loads one file. Throws <see cref="WarehouseException"/> (<see cref="ExitCode.BadInput"/>) when the file
    /// cannot be read at all (missing, wrong header, corrupt); a readable file with bad records returns a
    /// result whose status is <c>refused</c> when the rejects pass the threshold.
    /// </summary>
    public LoadResult Load(
        ExtractContract contract, string path, SourceMapping? mapping = null, CancellationToken cancellationToken = default)
    {
        var file = Path.GetFullPath(path);
        if (!File.Exists(file))
        {
            throw new WarehouseException($"{file}: no such file.", ExitCode.BadInput);
        }

        var clock = Stopwatch.StartNew();
        var startedAt = _time.GetUtcNow().UtcDateTime;
        var fingerprint = FileFingerprint.Of(file);
        var earlier = EarlierBatch(contract, fingerprint, mapping);
        if (earlier is { } earlierBatch)
        {
            LoadLog.Unchanged(_logger, contract.Extract, file, earlierBatch);
            return new LoadResult(contract.Extract, file, earlierBatch, "unchanged", 0, 0, 0, [], clock.ElapsedMilliseconds);
        }

        cancellationToken.ThrowIfCancellationRequested();
        LoadLog.Reading(_logger, file, contract.Extract);
        var incoming = new IncomingTable(contract, mapping);
        RunReading(file, incoming.BuildStatements(file));
        RunReading(file, [ContractValidator.BuildStatement(contract, incoming.ValueDialect)]);
        var records = Connection.ExecuteScalar<long>(
            $"select (select count(*) from {IncomingTable.Name}) "
            + $"+ (select count(distinct line) from {IncomingTable.CsvErrors})");
        var rejected = Connection.ExecuteScalar<long>(
            $"select count(distinct _line) from {ContractValidator.RejectsTable}");
        LoadLog.Checked(_logger, file, records, clock.ElapsedMilliseconds);

        cancellationToken.ThrowIfCancellationRequested();
        var refused = records > 0 && (double)rejected / records > contract.RejectThreshold;
        var batchId = Connection.ExecuteScalar<long>("select nextval('meta.batch_id_seq')");
        long loaded;
        using (var transaction = Connection.BeginTransaction())
        {
            loaded = refused ? 0 : InsertRows(contract, incoming, batchId, file, transaction);
            InsertRejects(contract, batchId, file, transaction);
            var finishedAt = _time.GetUtcNow().UtcDateTime;
            Connection.Execute(
                """
                insert into meta.load_batches values (
                    $batch_id, $extract, $source_file, $file_sha256, $file_bytes, $mapping, $status,
                    $records_read, $rows_loaded, $rows_rejected, $message, $started_at, $finished_at)
                """,
                new
                {
                    batch_id = batchId,
                    extract = contract.Extract,
                    source_file = file,
                    file_sha256 = fingerprint.Sha256,
                    file_bytes = fingerprint.Bytes,
                    mapping = mapping?.Name,
                    status = refused ? "refused" : "loaded",
                    records_read = records,
                    rows_loaded = loaded,
                    rows_rejected = rejected,
                    message = refused
                        ? $"{rejected} of {records} records broke the contract; threshold {contract.RejectThreshold:P1}"
                        : null,
                    started_at = startedAt,
                    finished_at = finishedAt,
                },
                transaction);
            transaction.Commit();
        }

        // A checkpoint folds the write-ahead log into the file, so a crash after this point cannot
        // lose the batch and readers opening the file see it.
        _database.Execute("checkpoint");

        if (refused)
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
            refused ? "refused" : "loaded",
            records,
            loaded,
            rejected,
            FirstRejects(file),
            clock.ElapsedMilliseconds);
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

    private long InsertRows(
        ExtractContract contract, IncomingTable incoming, long batchId, string file, DuckDBTransaction transaction)
    {
        var columns = string.Join(", ", contract.Columns.Select(c => c.Name));
        var values = string.Join(
            ",\n    ",
            contract.Columns.Select(c => ColumnRules.Parse(c.ParsedType, $"incoming.{c.Name}", incoming.ValueDialect)));
        var sql = $"""
            insert into {contract.RawTable} ({columns}, _batch_id, _source_file, _source_line)
            select
                {values},
                $batch_id, $file, incoming._line
            from {IncomingTable.Name} as incoming
            where not exists (
                select 1 from {ContractValidator.RejectsTable} as rejects where rejects._line = incoming._line)
            """;
        return Connection.Execute(sql, new { batch_id = batchId, file }, transaction);
    }

    private void InsertRejects(ExtractContract contract, long batchId, string file, DuckDBTransaction transaction) =>
        Connection.Execute(
            $"""
            insert into meta.load_rejects
            select $batch_id, $extract, $file, _line, column_name, value, rule
            from {ContractValidator.RejectsTable}
            order by _line, column_name
            """,
            new { batch_id = batchId, extract = contract.Extract, file },
            transaction);

    private List<RejectedValue> FirstRejects(string file) =>
        Connection.Query<(long? Line, string? Column, string? Value, string Rule)>(
                $"""
                select _line, column_name, value, rule from {ContractValidator.RejectsTable}
                order by _line, column_name limit {RejectsShown}
                """)
            .Select(r => new RejectedValue(file, r.Line, r.Column, r.Value, r.Rule))
            .ToList();
}
