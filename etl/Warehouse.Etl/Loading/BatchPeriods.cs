using Dapper;
using DuckDB.NET.Data;
using Warehouse.Etl.Contracts;

namespace Warehouse.Etl.Loading;

/// <summary>
/// Records in <c>meta.batch_periods</c> the periods whose rows a batch loaded, in the batch's own transaction.
/// Each delivery holds whole periods, so the staging models keep, of every period, only the rows of the latest
/// batch that holds it: a corrected re-delivery replaces its periods at the moment it commits, and the earlier
/// rows stay in the raw table as history.
/// </summary>
internal static class BatchPeriods
{
    /// <summary>
    /// Writes one row per period among the batch's rows in the raw table; nothing for an extract without a
    /// declared period. Returns the number of periods.
    /// </summary>
    public static int Record(
        DuckDBConnection connection, ExtractContract contract, long batchId, DuckDBTransaction transaction)
    {
        if (contract.Period is not { } period)
        {
            return 0;
        }

        var grain = SqlText.Literal(period.GrainName);
        return connection.Execute(
            $"""
            insert into meta.batch_periods
            select
                $batch_id,
                $extract,
                {grain},
                period_start,
                cast(period_start + {period.IntervalSql} as date),
                count(*)
            from (
                select cast(date_trunc({grain}, {period.Column}) as date) as period_start
                from {contract.RawTable}
                where _batch_id = $batch_id
            )
            group by period_start
            order by period_start
            """,
            new { batch_id = batchId, extract = contract.Extract },
            transaction);
    }
}
