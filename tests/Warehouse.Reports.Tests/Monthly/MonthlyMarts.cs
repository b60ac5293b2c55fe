using Dapper;
using DuckDB.NET.Data;
using Warehouse.Etl;
using Warehouse.Etl.Lift;

namespace Warehouse.Reports.Tests.Monthly;

/// <summary>
/// An in-memory warehouse holding the marts and core tables the monthly report reads: created with the columns
/// of the shared table contracts (<c>docs/schema.md</c>), or with the warehouse's own DDL where the project has it
/// (<c>meta.load_batches</c>,
/// <c>marts.pilot_lift</c>). Tests insert their own rows.
/// </summary>
internal sealed class MonthlyMarts : IDisposable
{
    public MonthlyMarts()
    {
        Connection = new DuckDBConnection("Data Source=:memory:");
        Connection.Open();
        Connection.Execute("create schema core; create schema marts; create schema meta;");
        Connection.Execute(SqlResources.Read("sql/warehouse/meta.sql"));
        Connection.Execute("""
            create table marts.portfolio_kpis_monthly (
                month_date date, accounts_open bigint, accounts_30_plus bigint, accounts_60_plus bigint,
                accounts_90_plus bigint, rate_30_plus double, rate_60_plus double, rate_90_plus double,
                balance_rate_30_plus double, balance_rate_90_plus double, cure_rate double,
                customers_active bigint, engagement_rate double, right_party_contact_rate double,
                promise_kept_rate double, survey_responses bigint, nps double, default_next_month_rate double
            );
            create table marts.risk_engagement_segments (
                month_date date, risk_band varchar, engagement_band varchar, customers bigint,
                balance decimal(18, 2), rate_30_plus_next_month double
            );
            create table marts.early_warning_flags (
                customer_id varchar, month_date date, flag varchar, reason varchar
            );
            create table core.dim_pilot (
                pilot_id varchar, pilot_name varchar, owner varchar, start_date date, end_date date,
                outcome_window_days integer, planned_split decimal(5, 4), primary_metric varchar, metrics varchar[]
            );
            create table core.fct_pilot_assignment (
                pilot_id varchar, customer_id varchar, arm varchar, assigned_date date, window_end_date date
            );
            """);

        // The lift table as the lift job creates it, so the report reads exactly what that job writes.
        Connection.Execute(PilotLiftColumns.CreateTableSql(replace: false));
    }

    public DuckDBConnection Connection { get; }

    /// <summary>A KPI row with the given figures; the others are fixed.</summary>
    public void AddKpis(
        DateOnly monthDate,
        double? rate30Plus = 0.05,
        double? promiseKeptRate = 0.6,
        double? nps = 20,
        double? defaultNextMonthRate = null)
    {
        Connection.Execute(
            """
            insert into marts.portfolio_kpis_monthly values (
                $month_date, 1000, 50, 20, 10, $rate_30_plus, 0.02, 0.01, 0.06, 0.012, 0.3,
                800, 0.4, 0.35, $promise_kept_rate, 90, $nps, $default_next_month_rate
            )
            """,
            new
            {
                month_date = monthDate,
                rate_30_plus = rate30Plus,
                promise_kept_rate = promiseKeptRate,
                nps,
                default_next_month_rate = defaultNextMonthRate,
            });
    }

    public void Execute(string sql) => Connection.Execute(sql);

    public void Dispose() => Connection.Dispose();
}
