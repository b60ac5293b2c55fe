using Dapper;
using DuckDB.NET.Data;

namespace Warehouse.Etl.Tests.Lift;

/// <summary>
/// An in-memory warehouse holding just the relations of the lift interface (the tables the lift step reads,
/// with exactly the interface's columns), with four pilots whose figures the tests work out by hand:
/// <list type="bullet">
/// <item><c>collect-sms</c>, randomised, complete, planned 50/50 of 1,000; 520 pilot and 480 control customers
/// assigned. Goals: roll_to_30_plus_rate primary, lower is better (52/520 against 72/480); engagement_rate
/// secondary, higher is better (260/520 against 192/480); nps guardrail, higher is better, margin 5 points
/// (pilot 90 promoters, 60 passives, 50 detractors: NPS 20; control 63/54/63: NPS 0). Monthly summaries of
/// the primary at two month ends.</item>
/// <item><c>app-nudge</c>, randomised, running, planned 80/20; 900 pilot and 100 control customers assigned
/// (a sample-ratio mismatch); engagement_rate primary with a pilot-arm row only (450/900).</item>
/// <item><c>branch-visit</c>, observational, complete, planned 50/50; 4 and 4 customers; balance_paid primary
/// (mean), higher is better: pilot pre-period 0, 0, 0, 0 and outcome 1, 2, 3, 4; comparison group pre-period
/// 1, 1, 1, 1 and outcome 1, 2, 1, 2. Three flat pre-period months: pilot {0, 1, 1, 2}, comparison
/// {0, 0, 1, 1}.</item>
/// <item><c>winter-letter</c>, randomised, planned for 2,000 customers at 50/50, nobody assigned;
/// roll_to_30_plus_rate primary (lower is better), nps guardrail (margin 3 points).</item>
/// </list>
/// </summary>
public sealed class TinyPilotWarehouse : IDisposable
{
    public TinyPilotWarehouse()
    {
        Connection = new DuckDBConnection("Data Source=:memory:");
        Connection.Open();
        Connection.Execute(Schema);
        Connection.Execute(Pilots);
        Connection.Execute(Assignments);
        Connection.Execute(Summaries);
        Connection.Execute(Checks);
    }

    public DuckDBConnection Connection { get; }

    public void Dispose() => Connection.Dispose();

    private const string Schema =
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
            metrics varchar[],
            design varchar,
            planned_customers bigint,
            status varchar
        );

        create table core.dim_pilot_goal (
            pilot_id varchar,
            metric varchar,
            metric_kind varchar,
            role varchar,
            direction varchar,
            margin double,
            position integer
        );

        create table core.fct_pilot_assignment (
            pilot_id varchar,
            customer_id varchar,
            arm varchar,
            assigned_date date,
            window_end_date date
        );

        create table marts.pilot_metric_summaries (
            pilot_id varchar,
            metric varchar,
            metric_kind varchar,
            arm varchar,
            metric_position integer,
            is_primary boolean,
            customers bigint,
            value_sum double,
            value_sum_squares double,
            denominator_sum double,
            denominator_sum_squares double,
            value_denominator_sum double,
            paired_customers bigint,
            paired_value_sum double,
            paired_value_sum_squares double,
            covariate_sum double,
            covariate_sum_squares double,
            value_covariate_sum double
        );

        create table marts.pilot_metric_summaries_monthly as
        select *, date '2026-01-31' as as_of_month
        from marts.pilot_metric_summaries
        limit 0;

        create table marts.pilot_pre_trends (
            pilot_id varchar,
            metric varchar,
            arm varchar,
            month_offset integer,
            customers bigint,
            value_sum double,
            value_sum_squares double
        );

        create table marts.pilot_integrity (
            pilot_id varchar,
            check_name varchar,
            failing bigint,
            detail varchar
        );
        """;

    private const string Pilots =
        """
        insert into core.dim_pilot values
            ('collect-sms', 'SMS before the due date', 'Collections', '2026-01-05', '2026-01-31', 60, 0.5,
             'roll_to_30_plus_rate', ['roll_to_30_plus_rate', 'engagement_rate', 'nps'],
             'randomised', 1000, 'complete'),
            ('app-nudge', 'App nudge, "soft" tone', 'Digital', '2026-02-01', null, 30, 0.8,
             'engagement_rate', ['engagement_rate'], 'randomised', null, 'running'),
            ('branch-visit', 'Branch visit', 'Branches', '2026-01-01', '2026-01-31', 30, 0.5,
             'balance_paid', ['balance_paid'], 'observational', 8, 'complete'),
            ('winter-letter', 'Winter letter', 'Collections', '2026-12-01', null, 60, 0.5,
             'roll_to_30_plus_rate', ['roll_to_30_plus_rate', 'nps'], 'randomised', 2000, 'planned');

        insert into core.dim_pilot_goal values
            ('collect-sms', 'roll_to_30_plus_rate', 'rate', 'primary', 'decrease', null, 1),
            ('collect-sms', 'engagement_rate', 'rate', 'secondary', 'increase', null, 2),
            ('collect-sms', 'nps', 'nps', 'guardrail', 'increase', 5, 3),
            ('app-nudge', 'engagement_rate', 'rate', 'primary', 'increase', null, 1),
            ('branch-visit', 'balance_paid', 'mean', 'primary', 'increase', null, 1),
            ('winter-letter', 'roll_to_30_plus_rate', 'rate', 'primary', 'decrease', null, 1),
            ('winter-letter', 'nps', 'nps', 'guardrail', 'increase', 3, 2);
        """;

    private const string Assignments =
        """
        insert into core.fct_pilot_assignment
        select 'collect-sms', 'c' || i, case when i <= 520 then 'pilot' else 'control' end,
            date '2026-01-05', date '2026-03-06',
        from range(1, 1001) as t(i);

        insert into core.fct_pilot_assignment
        select 'app-nudge', 'c' || i, case when i <= 900 then 'pilot' else 'control' end,
            date '2026-02-01', date '2026-03-03',
        from range(1, 1001) as t(i);

        insert into core.fct_pilot_assignment
        select 'branch-visit', 'b' || i, case when i <= 4 then 'pilot' else 'control' end,
            date '2026-01-01', date '2026-01-31',
        from range(1, 9) as t(i);
        """;

    private const string Summaries =
        """
        insert into marts.pilot_metric_summaries
            (pilot_id, metric, metric_kind, arm, metric_position, is_primary, customers, value_sum,
             value_sum_squares, paired_customers)
        values
            ('collect-sms', 'roll_to_30_plus_rate', 'rate', 'pilot', 1, true, 520, 52, 52, 0),
            ('collect-sms', 'roll_to_30_plus_rate', 'rate', 'control', 1, true, 480, 72, 72, 0),
            ('collect-sms', 'engagement_rate', 'rate', 'pilot', 2, false, 520, 260, 260, 0),
            ('collect-sms', 'engagement_rate', 'rate', 'control', 2, false, 480, 192, 192, 0),
            ('collect-sms', 'nps', 'nps', 'pilot', 3, false, 200, 4000, 1400000, 0),
            ('collect-sms', 'nps', 'nps', 'control', 3, false, 180, 0, 1260000, 0),
            ('app-nudge', 'engagement_rate', 'rate', 'pilot', 1, true, 900, 450, 450, 0),
            ('winter-letter', 'roll_to_30_plus_rate', 'rate', 'pilot', 1, true, 0, 0, 0, 0),
            ('winter-letter', 'roll_to_30_plus_rate', 'rate', 'control', 1, true, 0, 0, 0, 0),
            ('winter-letter', 'nps', 'nps', 'pilot', 2, false, 0, 0, 0, 0),
            ('winter-letter', 'nps', 'nps', 'control', 2, false, 0, 0, 0, 0);

        insert into marts.pilot_metric_summaries values
            ('branch-visit', 'balance_paid', 'mean', 'pilot', 1, true, 4, 10, 30, null, null, null,
             4, 10, 30, 0, 0, 0),
            ('branch-visit', 'balance_paid', 'mean', 'control', 1, true, 4, 6, 10, null, null, null,
             4, 6, 10, 4, 4, 6);

        insert into marts.pilot_metric_summaries_monthly
        select *, date '2026-02-28' as as_of_month
        from marts.pilot_metric_summaries
        where pilot_id = 'collect-sms' and metric = 'roll_to_30_plus_rate';

        insert into marts.pilot_metric_summaries_monthly
            (pilot_id, metric, metric_kind, arm, metric_position, is_primary, customers, value_sum,
             value_sum_squares, paired_customers, as_of_month)
        values
            ('collect-sms', 'roll_to_30_plus_rate', 'rate', 'pilot', 1, true, 260, 30, 30, 0, '2026-01-31'),
            ('collect-sms', 'roll_to_30_plus_rate', 'rate', 'control', 1, true, 240, 36, 36, 0, '2026-01-31');

        insert into marts.pilot_pre_trends
        select 'branch-visit', 'balance_paid', arm, month_offset, 4,
            case when arm = 'pilot' then 4 else 2 end,
            case when arm = 'pilot' then 6 else 2 end,
        from (values ('pilot'), ('control')) as a(arm), range(-3, 0) as m(month_offset);
        """;

    private const string Checks =
        """
        insert into marts.pilot_integrity
        select pilot_id, check_name, 0, null,
        from core.dim_pilot,
            (values ('customers_in_both_arms'), ('outcomes_before_assignment'), ('assigned_outside_pilot_dates'))
                as c(check_name);
        """;
}
