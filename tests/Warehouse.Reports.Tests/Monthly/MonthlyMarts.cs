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
                balance_open decimal(18, 2), balance_rate_30_plus double, balance_rate_60_plus double,
                balance_rate_90_plus double, balance_squares_open double, balance_squares_30_plus double,
                balance_squares_60_plus double, balance_squares_90_plus double, accounts_30_plus_last_month bigint,
                accounts_cured bigint, cure_rate double, customers_active bigint, customers_engaged bigint,
                engagement_rate double, phone_attempts bigint, right_party_contacts bigint,
                right_party_contact_rate double, promises_due bigint, promises_kept bigint, promise_kept_rate double,
                survey_responses bigint, promoters bigint, detractors bigint, nps double,
                accounts_default_stated bigint, accounts_defaulted bigint, default_next_month_rate double
            );
            create table marts.roll_rates_monthly (
                month_date date, from_bucket varchar, to_bucket varchar, accounts bigint, share double,
                from_bucket_order integer, to_bucket_order integer
            );
            create table marts.vintage_delinquency_monthly (
                opened_month_date date, month_date date, months_on_book bigint, accounts bigint,
                accounts_open bigint, accounts_30_plus bigint, accounts_charged_off bigint,
                rate_30_plus_or_charged_off double
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

    /// <summary>
    /// A KPI row with the given figures, each rate with counts that give it: 1,000 open accounts, of which the
    /// 30+ rate's share; 10 promises due, of which the kept rate's share; 80 survey responses, 40 of them
    /// detractors less 0.8 NPS points each (so <paramref name="nps"/> must be a multiple of 1.25), none when null.
    /// The other figures are fixed.
    /// </summary>
    public void AddKpis(
        DateOnly monthDate,
        double? rate30Plus = 0.05,
        double? promiseKeptRate = 0.6,
        double? nps = 20,
        double? defaultNextMonthRate = null)
    {
        Connection.Execute(
            """
            insert into marts.portfolio_kpis_monthly by name
            select
                $month_date as month_date, 1000 as accounts_open,
                coalesce(round($rate_30_plus * 1000), 0) as accounts_30_plus, 20 as accounts_60_plus,
                10 as accounts_90_plus, $rate_30_plus as rate_30_plus, 0.02 as rate_60_plus, 0.01 as rate_90_plus,
                2000000 as balance_open, 0.06 as balance_rate_30_plus, 0.03 as balance_rate_60_plus,
                0.012 as balance_rate_90_plus, 5e9 as balance_squares_open, 3e8 as balance_squares_30_plus,
                1.5e8 as balance_squares_60_plus, 6e7 as balance_squares_90_plus,
                100 as accounts_30_plus_last_month, 30 as accounts_cured, 0.3 as cure_rate,
                800 as customers_active, 320 as customers_engaged, 0.4 as engagement_rate,
                200 as phone_attempts, 70 as right_party_contacts, 0.35 as right_party_contact_rate,
                case when $promise_kept_rate is null then 0 else 10 end as promises_due,
                coalesce(round($promise_kept_rate * 10), 0) as promises_kept,
                $promise_kept_rate as promise_kept_rate,
                case when $nps is null then 0 else 80 end as survey_responses,
                case when $nps is null then 0 else 40 end as promoters,
                case when $nps is null then 0 else 40 - $nps * 0.8 end as detractors,
                $nps as nps,
                case when $default_next_month_rate is null then 0 else 1000 end as accounts_default_stated,
                coalesce(round($default_next_month_rate * 1000), 0) as accounts_defaulted,
                $default_next_month_rate as default_next_month_rate
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
