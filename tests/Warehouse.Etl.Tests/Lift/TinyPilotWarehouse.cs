using Dapper;
using DuckDB.NET.Data;

namespace Warehouse.Etl.Tests.Lift;

/// <summary>
/// An in-memory warehouse holding just the tables the lift step reads, with two pilots whose figures the
/// tests work out by hand:
/// <list type="bullet">
/// <item><c>collect-sms</c>, planned 50/50, 520 pilot and 480 control customers assigned; metrics
/// roll_to_30_plus_rate (primary; 52/520 against 72/480), engagement_rate (260/520 against 192/480) and
/// nps (pilot 90 promoters, 60 passives, 50 detractors: NPS 20; control 63/54/63: NPS 0).</item>
/// <item><c>app-nudge</c>, planned 80/20, 900 pilot and 100 control customers assigned; metric
/// engagement_rate with a pilot-arm row only (450/900).</item>
/// </list>
/// </summary>
public sealed class TinyPilotWarehouse : IDisposable
{
    public TinyPilotWarehouse()
    {
        Connection = new DuckDBConnection("Data Source=:memory:");
        Connection.Open();
        Connection.Execute(
            """
            create schema core;
            create schema marts;

            create table core.dim_pilot (
                pilot_id varchar,
                pilot_name varchar,
                owner varchar,
                start_date date,
                end_date date,
                outcome_window_days integer,
                planned_split decimal(5,4),
                primary_metric varchar,
                metrics varchar[]
            );

            insert into core.dim_pilot values
                ('collect-sms', 'SMS before the due date', 'Collections', '2026-01-05', null, 60, 0.5,
                 'roll_to_30_plus_rate', ['roll_to_30_plus_rate', 'engagement_rate', 'nps']),
                ('app-nudge', 'App nudge, "soft" tone', 'Digital', '2026-02-01', null, 30, 0.8,
                 'engagement_rate', ['engagement_rate']);

            create table core.fct_pilot_assignment (
                pilot_id varchar,
                customer_id varchar,
                arm varchar,
                assigned_date date,
                window_end_date date
            );

            insert into core.fct_pilot_assignment
            select
                'collect-sms',
                'c' || i,
                case when i <= 520 then 'pilot' else 'control' end,
                date '2026-01-05',
                date '2026-03-06',
            from range(1, 1001) as t(i);

            insert into core.fct_pilot_assignment
            select
                'app-nudge',
                'c' || i,
                case when i <= 900 then 'pilot' else 'control' end,
                date '2026-02-01',
                date '2026-03-03',
            from range(1, 1001) as t(i);

            create table marts.pilot_metric_summaries (
                pilot_id varchar,
                metric varchar,
                metric_kind varchar,
                arm varchar,
                customers bigint,
                value_sum double,
                value_sum_squares double
            );

            insert into marts.pilot_metric_summaries values
                ('collect-sms', 'roll_to_30_plus_rate', 'rate', 'pilot', 520, 52, 52),
                ('collect-sms', 'roll_to_30_plus_rate', 'rate', 'control', 480, 72, 72),
                ('collect-sms', 'engagement_rate', 'rate', 'pilot', 520, 260, 260),
                ('collect-sms', 'engagement_rate', 'rate', 'control', 480, 192, 192),
                ('collect-sms', 'nps', 'nps', 'pilot', 200, 4000, 1400000),
                ('collect-sms', 'nps', 'nps', 'control', 180, 0, 1260000),
                ('app-nudge', 'engagement_rate', 'rate', 'pilot', 900, 450, 450);
            """);
    }

    public DuckDBConnection Connection { get; }

    public void Dispose() => Connection.Dispose();
}
