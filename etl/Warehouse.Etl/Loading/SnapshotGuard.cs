using System.Globalization;
using Dapper;
using DuckDB.NET.Data;
using Warehouse.Etl.Contracts;
using Warehouse.Etl.Mappings;

namespace Warehouse.Etl.Loading;

/// <summary>
/// Guards an extract whose every delivery is a full snapshot (<see cref="ExtractContract.Snapshot"/>):
/// the customer dimension closes every customer missing from a snapshot as deleted, so a truncated export
/// would silently delete most of the book. A file that holds no records is refused, and so is one that would
/// leave a snapshot of its source (the same mapping, or the contract's own layout) holding fewer distinct
/// entities than the contract's share of the snapshot before it: one of the file's own snapshots that shrank,
/// or an already loaded later snapshot that would look shrunk behind one of the file's.
/// </summary>
/// <remarks>
/// Runs after the file is read and checked into <c>_incoming</c> and <c>_rejects</c>, and counts only the
/// records that would load. Each pair of neighbouring snapshot dates, among the file's and the source's loaded
/// ones (each date counted as its latest loaded batch delivered it, or as the file delivers it), is compared,
/// so whether a set of snapshots loads depends on their dates, not on the order their files arrive in.
/// </remarks>
internal static class SnapshotGuard
{
    /// <summary>
    /// Why the file must be refused, giving both counts and the threshold; null when it may load, or when
    /// the extract is not a full snapshot.
    /// </summary>
    public static string? Refusal(
        DuckDBConnection connection, ExtractContract contract, SourceMapping? mapping, string file, long records)
    {
        if (contract.Snapshot is not { } snapshot)
        {
            return null;
        }

        if (records == 0)
        {
            return $"{file} holds no records, but every {contract.Extract} delivery is a full snapshot; an empty "
                + "one is a broken export. Nothing was loaded.";
        }

        var shrunk = connection.QueryFirstOrDefault<ShrunkSnapshot>(
            ComparisonSql(contract, snapshot, mapping),
            new { min_share = snapshot.MinShareOfPrevious, mapping = mapping?.Name ?? "" });
        if (shrunk is null)
        {
            return null;
        }

        var needed = (long)Math.Ceiling(snapshot.MinShareOfPrevious * shrunk.PreviousEntities);
        var source = mapping is null ? "" : $" from mapping '{mapping.Name}'";
        var counts = string.Create(
            CultureInfo.InvariantCulture,
            $"the snapshot of {shrunk.SnapshotDate}{(shrunk.IsIncoming ? "" : ", already loaded,")} holds "
            + $"{shrunk.Entities:N0} {contract.Extract}, fewer than {snapshot.MinShareOfPrevious * 100:0.#}% of the "
            + $"{shrunk.PreviousEntities:N0} in the snapshot of {shrunk.PreviousDate}"
            + $"{(shrunk.IsIncoming ? "" : " in this file")} (at least {needed:N0} needed)");
        var consequence = shrunk.IsIncoming
            ? $"Each delivery{source} is a full snapshot, so loading it would mark the missing {contract.Extract} "
                + "deleted. Nothing was loaded; check the export. If the book really shrank that much, lower the "
                + "contract's snapshot.min_share_of_previous."
            : $"Loading this earlier snapshot would make the later one mark the missing {contract.Extract} deleted. "
                + $"Nothing was loaded; deliver a corrected snapshot of {shrunk.SnapshotDate} first (it replaces "
                + "that day), or lower the contract's snapshot.min_share_of_previous if the book really shrank.";
        return $"{file}: {counts}. {consequence}";
    }

    /// <summary>
    /// The first snapshot date, of the file's or just after one of the file's, that holds fewer entities than
    /// the share of the snapshot before it, with both counts; no row when none does.
    /// </summary>
    private static string ComparisonSql(ExtractContract contract, SnapshotRule snapshot, SourceMapping? mapping)
    {
        var dateColumn = snapshot.DateColumn;
        var entity = string.Join(", ", contract.Key.Where(k => k != dateColumn));
        var incomingDate = ColumnRules.Parse(
            contract.Column(dateColumn).ParsedType,
            $"incoming.{dateColumn}",
            IncomingTable.ValueDialectOf(contract, mapping),
            orNull: true);
        return $"""
            with

            incoming_entities as (
                select distinct {incomingDate} as snapshot_date, {entity}
                from {IncomingTable.Name} as incoming
                where not exists (
                    select 1 from {ContractValidator.RejectsTable} as rejects where rejects._line = incoming._line
                )
            ),

            incoming_counts as (
                select snapshot_date, count(*) as entities, true as is_incoming
                from incoming_entities
                group by snapshot_date
            ),

            latest_batches as (
                select loaded.{dateColumn} as snapshot_date, max(loaded._batch_id) as batch_id
                from {contract.RawTable} as loaded
                inner join meta.load_batches as batches on batches.batch_id = loaded._batch_id
                where coalesce(batches.mapping, '') = $mapping
                group by loaded.{dateColumn}
            ),

            loaded_counts as (
                select latest_batches.snapshot_date, count(distinct ({entity})) as entities, false as is_incoming
                from {contract.RawTable} as loaded
                inner join latest_batches
                    on loaded.{dateColumn} = latest_batches.snapshot_date
                    and loaded._batch_id = latest_batches.batch_id
                where latest_batches.snapshot_date not in (select snapshot_date from incoming_counts)
                group by latest_batches.snapshot_date
            ),

            compared as (
                select
                    *,
                    lag(snapshot_date) over by_date as previous_date,
                    lag(entities) over by_date as previous_entities,
                    lag(is_incoming) over by_date as previous_is_incoming
                from (select * from incoming_counts union all select * from loaded_counts)
                window by_date as (order by snapshot_date)
            )

            select
                strftime(snapshot_date, '%Y-%m-%d') as SnapshotDate,
                entities as Entities,
                strftime(previous_date, '%Y-%m-%d') as PreviousDate,
                previous_entities as PreviousEntities,
                is_incoming as IsIncoming
            from compared
            where (is_incoming or previous_is_incoming) and entities < $min_share * previous_entities
            order by snapshot_date
            limit 1
            """;
    }

    /// <summary>A snapshot date of the file that holds too few entities, and the snapshot before it.</summary>
    private sealed record ShrunkSnapshot(
        string SnapshotDate, long Entities, string PreviousDate, long PreviousEntities, bool IsIncoming);
}
