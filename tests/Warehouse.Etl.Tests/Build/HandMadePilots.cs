namespace Warehouse.Etl.Tests.Build;

/// <summary>
/// Two hand-made pilots, built once for <see cref="PilotOutcomeTests"/>, which describes the rows.
/// </summary>
public sealed class HandMadePilots : IDisposable
{
    public HandMadePilots()
    {
        Warehouse = TestWarehouse.Create();
        Warehouse.Execute("""
            insert into raw.customers
                (customer_id, snapshot_date, region, segment, status, _batch_id, _source_file, _source_line)
            select 'C' || i, '2024-01-01', 'north', 'retail', 'active', 1, 'customers.csv', i + 1
            from range(1, 5) as t(i)
            """);
        Warehouse.Execute("""
            insert into raw.pilots
                (pilot_id, name, owner, start_date, end_date, outcome_window_days, planned_split, design,
                 _batch_id, _source_file, _source_line)
            values
                ('P1', 'Reminder app', 'collections', '2024-01-10', null, 30, 0.5, 'randomised', 2, 'pilots.csv', 2),
                ('P2', 'Visit nudge', 'marketing', '2024-01-10', null, 30, 0.5, 'randomised', 2, 'pilots.csv', 3)
            """);
        Warehouse.Execute("""
            insert into raw.pilot_goals
                (pilot_id, metric, role, direction, margin, position, _batch_id, _source_file, _source_line)
            values
                ('P1', 'engagement_rate', 'primary', 'increase', null, 1, 2, 'goals.csv', 2),
                ('P1', 'roll_to_30_plus_rate', 'secondary', 'decrease', null, 2, 2, 'goals.csv', 3),
                ('P1', 'nps', 'guardrail', 'increase', 2, 3, 2, 'goals.csv', 4),
                ('P1', 'spend_per_customer', 'secondary', 'increase', null, 4, 2, 'goals.csv', 5),
                ('P1', 'visit_rate', 'secondary', 'increase', null, 5, 2, 'goals.csv', 6),
                ('P1', 'conversion_rate', 'secondary', 'increase', null, 6, 2, 'goals.csv', 7),
                ('P2', 'visit_rate', 'primary', 'increase', null, 1, 2, 'goals.csv', 8)
            """);
        Warehouse.Execute("""
            insert into raw.pilot_assignments
                (pilot_id, customer_id, arm, assigned_date, _batch_id, _source_file, _source_line)
            values
                ('P1', 'C1', 'pilot', '2024-01-10', 3, 'assignments.csv', 2),
                ('P1', 'C2', 'pilot', '2024-01-10', 3, 'assignments.csv', 3),
                ('P1', 'C3', 'control', '2024-01-10', 3, 'assignments.csv', 4),
                ('P1', 'C4', 'control', '2024-01-10', 3, 'assignments.csv', 5),
                ('P2', 'C1', 'control', '2024-01-10', 3, 'assignments.csv', 6)
            """);
        Warehouse.Execute("""
            insert into raw.engagement_events
                (event_id, customer_id, event_at, channel, direction, event_type, amount,
                 _batch_id, _source_file, _source_line)
            values
                ('E1', 'C1', '2024-01-15 10:00:00', 'app', 'inbound', 'login', null, 4, 'e.csv', 2),
                ('E2', 'C1', '2024-01-20 10:00:00', 'web', 'inbound', 'purchase', 40, 4, 'e.csv', 3),
                ('E3', 'C1', '2024-01-11 00:30:00', 'web', 'inbound', 'visit', null, 4, 'e.csv', 4),
                ('E4', 'C2', '2024-01-10 18:00:00', 'app', 'inbound', 'login', null, 4, 'e.csv', 5),
                ('E5', 'C2', '2024-02-10 09:00:00', 'web', 'inbound', 'purchase', 99, 4, 'e.csv', 6),
                ('E6', 'C3', '2024-02-09 23:00:00', 'phone', 'inbound', 'call', null, 4, 'e.csv', 7),
                ('E7', 'C3', '2024-01-25 10:00:00', 'web', 'inbound', 'purchase', 15.50, 4, 'e.csv', 8),
                ('E8', 'C3', '2024-01-26 10:00:00', 'web', 'inbound', 'purchase', 4.50, 4, 'e.csv', 9),
                ('E9', 'C4', '2024-01-12 10:00:00', 'email', 'outbound', 'message', null, 4, 'e.csv', 10),
                ('E10', 'C4', '2024-01-12 11:00:00', 'web', 'inbound', 'visit', null, 4, 'e.csv', 11)
            """);
        Warehouse.Execute("""
            insert into raw.survey_responses
                (response_id, customer_id, responded_at, survey, score, _batch_id, _source_file, _source_line)
            values
                ('R1', 'C1', '2024-01-20 10:00:00', 'relationship', 6, 5, 's.csv', 2),
                ('R2', 'C1', '2024-02-05 10:00:00', 'relationship', 9, 5, 's.csv', 3),
                ('R3', 'C3', '2024-01-30 10:00:00', 'relationship', 7, 5, 's.csv', 4),
                ('R4', 'C4', '2024-01-30 10:00:00', 'relationship', 2, 5, 's.csv', 5)
            """);
        Warehouse.Execute("""
            insert into raw.risk_accounts
                (as_of_date, account_id, customer_id, product, balance, days_past_due, is_charged_off,
                 _batch_id, _source_file, _source_line)
            values
                ('2024-01-31', 'A1', 'C1', 'card', 100, 35, false, 6, 'r.csv', 2),
                ('2024-01-31', 'A2', 'C2', 'card', 100, 10, false, 6, 'r.csv', 3),
                ('2024-02-29', 'A2', 'C2', 'card', 100, 40, false, 6, 'r.csv', 4),
                ('2024-01-31', 'A3', 'C3', 'card', 100, 0, false, 6, 'r.csv', 5)
            """);
        Warehouse.Build();
    }

    internal TestWarehouse Warehouse { get; }

    public void Dispose() => Warehouse.Dispose();
}
