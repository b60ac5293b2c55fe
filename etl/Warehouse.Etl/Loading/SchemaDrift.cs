using Dapper;
using DuckDB.NET.Data;
using Warehouse.Etl.Contracts;
using Warehouse.Etl.Mappings;

namespace Warehouse.Etl.Loading;

/// <summary>
/// The columns of one delivered file, compared with the last loaded delivery of the same extract through the
/// same mapping (or none). Every batch's columns are kept in <c>meta.batch_columns</c> and every difference in
/// <c>meta.schema_drift</c>. The first delivery has nothing to drift from and is checked against the contract
/// alone. A missing required column (for a mapping: any source column it declares) refuses the file under
/// every policy; other differences refuse it under <see cref="DriftPolicy.Refuse"/> and are warned about
/// under <see cref="DriftPolicy.Warn"/>.
/// </summary>
internal sealed class SchemaDrift
{
    private readonly DuckDBConnection _connection;
    private readonly ExtractContract _contract;
    private readonly SourceMapping? _mapping;
    private readonly string _file;
    private IReadOnlyList<SourceColumn>? _columns;

    /// <param name="connection">The warehouse connection.</param>
    /// <param name="contract">The extract the file is loaded as.</param>
    /// <param name="mapping">The mapping it is loaded through, if any.</param>
    /// <param name="file">The file to read the columns of: the loader's UTF-8 snapshot of the delivered file.</param>
    public SchemaDrift(DuckDBConnection connection, ExtractContract contract, SourceMapping? mapping, string file)
    {
        _connection = connection;
        _contract = contract;
        _mapping = mapping;
        _file = file;
    }

    /// <summary>The drift policy that applies: the mapping's, else the contract's.</summary>
    public DriftPolicy Policy => _mapping?.Drift ?? _contract.Drift;

    /// <summary>
    /// The file's columns in file order: the last header row of a CSV file (the mapping's declared columns
    /// when it has none), or the Parquet schema with each column's type. Throws a <see cref="WarehouseException"/>
    /// (<see cref="ExitCode.BadInput"/>) when they cannot be read.
    /// </summary>
    public IReadOnlyList<SourceColumn> Columns => _columns ??= ReadColumns();

    /// <summary>
    /// Compares the file with the last loaded delivery; null when there is none whose columns were recorded,
    /// so the file is the first delivery (or the first since columns were recorded).
    /// </summary>
    public DriftCheck? Check()
    {
        var previous = _connection.ExecuteScalar<long?>(
            """
            select max(batches.batch_id)
            from meta.load_batches as batches
            where batches.extract = $extract and coalesce(batches.mapping, '') = $mapping
              and batches.status = 'loaded'
              and exists (select 1 from meta.batch_columns as columns where columns.batch_id = batches.batch_id)
            """,
            new { extract = _contract.Extract, mapping = _mapping?.Name ?? "" });
        if (previous is not { } previousBatch)
        {
            return null;
        }

        var before = _connection.Query<(string Name, string? Type)>(
                """
                select column_name, source_type from meta.batch_columns
                where batch_id = $batch_id order by column_position
                """,
                new { batch_id = previousBatch })
            .Select(c => new SourceColumn(c.Name, c.Type))
            .ToList();
        var changes = Compare(before, Columns);
        return new DriftCheck(previousBatch, Policy, changes, Refusal(previousBatch, changes));
    }

    /// <summary>
    /// Every difference between two column lists: additions and type changes in the new file's order, then
    /// what is missing in the earlier file's order.
    /// </summary>
    public static IReadOnlyList<SchemaChange> Compare(
        IReadOnlyList<SourceColumn> before, IReadOnlyList<SourceColumn> after)
    {
        var earlier = before.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var now = after.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var changes = new List<SchemaChange>();
        foreach (var column in after)
        {
            if (!earlier.TryGetValue(column.Name, out var old))
            {
                changes.Add(new SchemaChange(SchemaChangeKind.Added, column.Name, null, column.Type));
            }
            else if (old.Type is not null && column.Type is not null
                && !string.Equals(old.Type, column.Type, StringComparison.OrdinalIgnoreCase))
            {
                // Only Parquet knows a column's type; a CSV file against a Parquet one has nothing to compare.
                changes.Add(new SchemaChange(SchemaChangeKind.TypeChanged, column.Name, old.Type, column.Type));
            }
        }

        changes.AddRange(before
            .Where(c => !now.Contains(c.Name))
            .Select(c => new SchemaChange(SchemaChangeKind.Missing, c.Name, c.Type, null)));
        return changes;
    }

    /// <summary>Writes the file's columns and, if it was compared, its differences, in the batch transaction.</summary>
    public void Record(long batchId, DriftCheck? check, DuckDBTransaction transaction)
    {
        var columns = Columns
            .Select((c, i) => new
            {
                batch_id = batchId,
                extract = _contract.Extract,
                position = i + 1,
                name = c.Name,
                type = c.Type,
            });
        _connection.Execute(
            "insert into meta.batch_columns values ($batch_id, $extract, $position, $name, $type)",
            columns,
            transaction);

        if (check is null)
        {
            return;
        }

        var changes = check.Changes.Select(c => new
        {
            batch_id = batchId,
            extract = _contract.Extract,
            compared = check.ComparedBatchId,
            change = c.KindName,
            name = c.Column,
            before = c.Before,
            after = c.After,
            policy = check.Policy.ToString().ToLowerInvariant(),
        });
        _connection.Execute(
            """
            insert into meta.schema_drift
            values ($batch_id, $extract, $compared, $change, $name, $before, $after, $policy)
            """,
            changes,
            transaction);
    }

    private string? Refusal(long previousBatch, IReadOnlyList<SchemaChange> changes)
    {
        if (changes.Count == 0)
        {
            return null;
        }

        var needed = _mapping is null
            ? _contract.Columns.Where(c => c.Required).Select(c => c.Name)
            : _mapping.Source.Columns;
        var names = Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var missingNeeded = needed.Where(n => !names.Contains(n)).ToList();
        var listed = string.Join("; ", changes);
        if (missingNeeded.Count > 0)
        {
            var what = _mapping is null ? "required" : $"declared by mapping '{_mapping.Name}'";
            return $"column(s) {string.Join(", ", missingNeeded)} {what} are missing, which no drift policy "
                + $"allows (against batch {previousBatch}: {listed}). Nothing was loaded.";
        }

        if (Policy == DriftPolicy.Refuse)
        {
            return $"the columns differ from batch {previousBatch}, the last loaded delivery: {listed}. "
                + $"Extract '{_contract.Extract}' refuses schema drift, so nothing was loaded; deliver the "
                + "columns as before, or declare \"drift\": \"warn\" in its contract or mapping.";
        }

        return null;
    }

    private IReadOnlyList<SourceColumn> ReadColumns()
    {
        var incoming = new IncomingTable(_contract, _mapping, new ParquetSchemaCheck(_connection));
        if (incoming.Format(_file) == "parquet")
        {
            try
            {
                var read = $"read_parquet({SqlText.Literal(_file)})";
                return _connection.Query<(string Name, string Type)>(
                        $"select column_name, column_type from (describe select * from {read})")
                    .Select(c => new SourceColumn(c.Name, c.Type))
                    .ToList();
            }
            catch (DuckDBException ex)
            {
                throw new WarehouseException(
                    $"{_file}: not a readable Parquet file: {ex.Message.Split('\n')[0]}", ex, ExitCode.BadInput);
            }
        }

        var header = CsvHeader.Read(_file, incoming.SourceDialect);
        var names = header.Count == 0 && _mapping is not null ? _mapping.Source.Columns : header;
        return names.Select(n => new SourceColumn(n, null)).ToList();
    }
}
