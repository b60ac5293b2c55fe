namespace Warehouse.Etl.Tests.Build;

/// <summary>
/// Three hand-made pilots with months of history before and after assignment, built once for
/// <see cref="PilotLiftMartTests"/>. The data runs from November 2023 to April 2024.
/// <list type="bullet">
/// <item>
/// <c>R</c>, randomised, 60-day window: C1 and C2 in the pilot arm, C3 and C4 in control, all assigned on
/// 2024-01-31, so the outcome window is (2024-01-31, 2024-03-31] (month ends 29 February and 31 March) and the
/// pre-period (2023-12-01, 2024-01-30] (month end 31 December). Goals: roll to 30+ (primary, declared third),
/// cure rate, balance paid, digital actions, paid over due, NPS as a guardrail. An older delivery of R's
/// goals also listed visit_rate.
/// </item>
/// <item>
/// <c>X</c>, observational, 2024-01-01 to 2024-02-15, 30-day window, judged on balance paid, with crafted
/// integrity failures: C1 delivered in the pilot arm and later in control; C2 assigned mid-month on
/// 2024-01-15, so the January month end's amounts, which run from 1 January, count in its window; C5
/// assigned on 2023-12-31, before the start, and C6 on 2024-02-20, after the end.
/// </item>
/// <item><c>P</c>, planned to start on 2024-06-01, after the data, with no assignments yet.</item>
/// </list>
/// Accounts, one per customer (days past due / amount due / amount paid at each month end):
/// <code>
///        Nov 30      Dec 31      Jan 31      Feb 29      Mar 31      Apr 30
/// C1   0/50/50     0/50/50     0/50/50     0/50/60     35/50/0     0/50/50
/// C2   40/80/0     0/80/160    31/80/0     0/160/160   0/80/80
/// C3   0/40/40     32/40/0     62/80/0     92/120/20   100/120/0
/// C4               0/-/30      0/-/30      0/-/30      0/-/30        (amount due never stated)
/// </code>
/// At 2024-01-31 the bureau scores are 700, 600, 650, 750 and the balances 900, 500, 700, 300; every account
/// opened on 2020-01-15. Digital actions: C1 on 1 December, 30 January, 31 January, 5 and 6 February; C2 on
/// 31 March; C3 on 15 and 16 December; C4 on 1 April. Survey scores: C1 10 on 1 March; C3 8 on 5 January
/// and 5 on 10 February.
/// </summary>
public sealed class HandMadeLiftPilots : IDisposable
{
    public HandMadeLiftPilots()
    {
        Warehouse = TestWarehouse.Create();
        Warehouse.Execute("""
            insert into raw.customers
                (customer_id, snapshot_date, region, segment, status, _batch_id, _source_file, _source_line)
            select 'C' || i, '2023-11-30', 'north', 'retail', 'active', 1, 'customers.csv', i + 1
            from range(1, 7) as t(i)
            """);
        Warehouse.Execute("""
            insert into raw.pilots
                (pilot_id, name, owner, start_date, end_date, outcome_window_days, planned_split, design,
                 planned_customers, _batch_id, _source_file, _source_line)
            values
                ('R', 'Reminders', 'collections', '2024-01-31', null, 60, 0.5, 'randomised', 4, 2, 'p.csv', 2),
                ('X', 'Hardship', 'collections', '2024-01-01', '2024-02-15', 30, 0.5, 'observational', null,
                 2, 'p.csv', 3),
                ('P', 'Next', 'marketing', '2024-06-01', null, 30, 0.4, 'randomised', 1000, 2, 'p.csv', 4)
            """);
        Warehouse.Execute("""
            insert into raw.pilot_goals
                (pilot_id, metric, role, direction, margin, position, _batch_id, _source_file, _source_line)
            values
                ('R', 'visit_rate', 'primary', 'increase', null, 1, 3, 'goals-old.csv', 2),
                ('R', 'digital_actions', 'secondary', 'increase', null, 1, 4, 'goals.csv', 2),
                ('R', 'balance_paid', 'secondary', 'increase', null, 2, 4, 'goals.csv', 3),
                ('R', 'roll_to_30_plus_rate', 'primary', 'decrease', null, 3, 4, 'goals.csv', 4),
                ('R', 'cure_rate', 'secondary', 'increase', null, 4, 4, 'goals.csv', 5),
                ('R', 'paid_over_due', 'secondary', 'increase', null, 5, 4, 'goals.csv', 6),
                ('R', 'nps', 'guardrail', 'increase', 2, 6, 4, 'goals.csv', 7),
                ('X', 'balance_paid', 'primary', 'increase', 5, 1, 4, 'goals.csv', 8),
                ('P', 'digital_actions', 'primary', 'increase', null, 1, 4, 'goals.csv', 9)
            """);
        Warehouse.Execute("""
            insert into raw.pilot_assignments
                (pilot_id, customer_id, arm, assigned_date, _batch_id, _source_file, _source_line)
            values
                ('R', 'C1', 'pilot', '2024-01-31', 5, 'a.csv', 2),
                ('R', 'C2', 'pilot', '2024-01-31', 5, 'a.csv', 3),
                ('R', 'C3', 'control', '2024-01-31', 5, 'a.csv', 4),
                ('R', 'C4', 'control', '2024-01-31', 5, 'a.csv', 5),
                ('X', 'C1', 'pilot', '2024-01-31', 5, 'a.csv', 6),
                ('X', 'C2', 'pilot', '2024-01-15', 5, 'a.csv', 7),
                ('X', 'C5', 'control', '2023-12-31', 5, 'a.csv', 8),
                ('X', 'C6', 'control', '2024-02-20', 5, 'a.csv', 9),
                ('X', 'C1', 'control', '2024-01-31', 6, 'a-again.csv', 2)
            """);
        Warehouse.Execute("""
            insert into raw.risk_accounts
                (as_of_date, account_id, customer_id, product, opened_date, balance, days_past_due,
                 amount_due, amount_paid, bureau_score, is_charged_off, _batch_id, _source_file, _source_line)
            select
                d::date, 'A' || substr(c, 2), c, 'card', '2020-01-15', b, dpd, due, paid, score, false,
                7, 'r.csv', row_number() over () + 1
            from (
                values
                ('C1', '2023-11-30', 0, 50, 50, 1000, 700), ('C1', '2023-12-31', 0, 50, 50, 950, 700),
                ('C1', '2024-01-31', 0, 50, 50, 900, 700), ('C1', '2024-02-29', 0, 50, 60, 850, 700),
                ('C1', '2024-03-31', 35, 50, 0, 900, 680), ('C1', '2024-04-30', 0, 50, 50, 860, 690),
                ('C2', '2023-11-30', 40, 80, 0, 600, 580), ('C2', '2023-12-31', 0, 80, 160, 450, 600),
                ('C2', '2024-01-31', 31, 80, 0, 500, 600), ('C2', '2024-02-29', 0, 160, 160, 350, 610),
                ('C2', '2024-03-31', 0, 80, 80, 280, 620),
                ('C3', '2023-11-30', 0, 40, 40, 600, 680), ('C3', '2023-12-31', 32, 40, 0, 650, 660),
                ('C3', '2024-01-31', 62, 80, 0, 700, 650), ('C3', '2024-02-29', 92, 120, 20, 760, 630),
                ('C3', '2024-03-31', 100, 120, 0, 800, 620),
                ('C4', '2023-12-31', 0, null, 30, 330, 750), ('C4', '2024-01-31', 0, null, 30, 300, 750),
                ('C4', '2024-02-29', 0, null, 30, 270, 750), ('C4', '2024-03-31', 0, null, 30, 240, 750)
            ) as snapshots (c, d, dpd, due, paid, b, score)
            """);
        Warehouse.Execute("""
            insert into raw.engagement_events
                (event_id, customer_id, event_at, channel, direction, event_type, _batch_id, _source_file, _source_line)
            values
                ('E1', 'C1', '2023-12-01 09:00:00', 'app', 'inbound', 'login', 8, 'e.csv', 2),
                ('E2', 'C1', '2024-01-30 09:00:00', 'app', 'inbound', 'login', 8, 'e.csv', 3),
                ('E3', 'C1', '2024-01-31 09:00:00', 'app', 'inbound', 'login', 8, 'e.csv', 4),
                ('E4', 'C1', '2024-02-05 09:00:00', 'app', 'inbound', 'login', 8, 'e.csv', 5),
                ('E5', 'C1', '2024-02-06 09:00:00', 'web', 'inbound', 'click', 8, 'e.csv', 6),
                ('E6', 'C2', '2024-03-31 23:00:00', 'app', 'inbound', 'app_action', 8, 'e.csv', 7),
                ('E7', 'C3', '2023-12-15 09:00:00', 'app', 'inbound', 'login', 8, 'e.csv', 8),
                ('E8', 'C3', '2023-12-16 09:00:00', 'web', 'inbound', 'click', 8, 'e.csv', 9),
                ('E9', 'C4', '2024-04-01 00:30:00', 'app', 'inbound', 'login', 8, 'e.csv', 10)
            """);
        Warehouse.Execute("""
            insert into raw.survey_responses
                (response_id, customer_id, responded_at, survey, score, _batch_id, _source_file, _source_line)
            values
                ('S1', 'C1', '2024-03-01 10:00:00', 'relationship', 10, 9, 's.csv', 2),
                ('S2', 'C3', '2024-01-05 10:00:00', 'relationship', 8, 9, 's.csv', 3),
                ('S3', 'C3', '2024-02-10 10:00:00', 'relationship', 5, 9, 's.csv', 4)
            """);
        Warehouse.Build();
    }

    internal TestWarehouse Warehouse { get; }

    public void Dispose() => Warehouse.Dispose();
}
