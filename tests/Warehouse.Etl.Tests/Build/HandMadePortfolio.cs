namespace Warehouse.Etl.Tests.Build;

/// <summary>
/// A hand-made portfolio of six customers over January and February 2024, built once for
/// <see cref="PortfolioKpiTests"/>.
/// </summary>
public sealed class HandMadePortfolio : IDisposable
{
    public HandMadePortfolio()
    {
        Warehouse = TestWarehouse.Create();
        Warehouse.Execute("""
            insert into raw.customers
                (customer_id, snapshot_date, region, segment, status, _batch_id, _source_file, _source_line)
            values
                ('C1', '2024-01-31', 'north', 'retail', 'active', 1, 'customers.csv', 2),
                ('C2', '2024-01-31', 'north', 'retail', 'active', 1, 'customers.csv', 3),
                ('C3', '2024-01-31', 'south', 'retail', 'closed', 1, 'customers.csv', 4),
                ('C4', '2024-01-31', 'south', 'retail', 'dormant', 1, 'customers.csv', 5),
                ('C5', '2024-01-31', 'east', 'retail', 'dormant', 1, 'customers.csv', 6),
                ('C6', '2024-01-31', 'east', 'retail', 'active', 1, 'customers.csv', 7)
            """);
        Warehouse.Execute("""
            insert into raw.risk_accounts
                (as_of_date, account_id, customer_id, product, balance, days_past_due, bureau_score,
                 is_charged_off, is_default_next_month, _batch_id, _source_file, _source_line)
            values
                ('2024-01-31', 'A1', 'C1', 'card', 1000, 0, 720, false, null, 2, 'risk.csv', 2),
                ('2024-01-31', 'A2', 'C2', 'card', 2000, 45, 610, false, null, 2, 'risk.csv', 3),
                ('2024-01-31', 'A3', 'C3', 'card', 3000, 95, 540, false, null, 2, 'risk.csv', 4),
                ('2024-01-31', 'A4', 'C4', 'card', 500, 35, 600, false, null, 2, 'risk.csv', 5),
                ('2024-02-29', 'A1', 'C1', 'card', 1000, 0, 720, false, false, 3, 'risk.csv', 2),
                ('2024-02-29', 'A2', 'C2', 'card', 1500, 0, 630, false, null, 3, 'risk.csv', 3),
                ('2024-02-29', 'A3', 'C3', 'card', 3000, 125, 520, true, null, 3, 'risk.csv', 4),
                ('2024-02-29', 'A4', 'C4', 'card', 600, 65, 580, false, null, 3, 'risk.csv', 5),
                ('2024-02-29', 'A5', 'C5', 'overdraft', -50, 10, 650, false, null, 3, 'risk.csv', 6),
                ('2024-02-29', 'A6', 'C5', 'card', 400, 92, 650, false, true, 3, 'risk.csv', 7)
            """);
        Warehouse.Execute("""
            insert into raw.engagement_events
                (event_id, customer_id, event_at, channel, direction, event_type, outcome, amount,
                 promise_amount, promise_due_date, _batch_id, _source_file, _source_line)
            select *, 4, 'events.csv', 1 + row_number() over ()
            from (
                values
                ('E01', 'C1', '2024-02-03 08:00', 'app', 'inbound', 'login', null, null, null, null),
                ('E02', 'C2', '2024-02-04 09:00', 'sms', 'outbound', 'message', null, null, null, null),
                ('E03', 'C3', '2024-02-05 10:00', 'web', 'inbound', 'login', null, null, null, null),
                ('E04', 'C6', '2024-02-06 11:00', 'phone', 'inbound', 'call', null, null, null, null),
                ('E05', 'C4', '2024-02-10 12:00', 'web', 'inbound', 'payment', null, 60, null, null),
                ('E06', 'C2', '2024-02-07 13:00', 'phone', 'outbound', 'call', 'connected', null, null, null),
                ('E07', 'C4', '2024-02-08 14:00', 'phone', 'outbound', 'call', 'no_answer', null, null, null),
                ('E08', 'C4', '2024-02-09 15:00', 'phone', 'outbound', 'call', 'connected', null, null, null),
                ('E09', 'C5', '2024-02-09 16:00', 'phone', 'outbound', 'call', 'wrong_party', null, null, null),
                ('E10', 'C4', '2024-02-05 09:00', 'phone', 'inbound', 'promise_to_pay', null, null, 100,
                 '2024-02-20'),
                ('E11', 'C4', '2024-02-18 09:00', 'web', 'inbound', 'payment', null, 50, null, null),
                ('E12', 'C5', '2024-02-10 09:00', 'phone', 'inbound', 'promise_to_pay', null, null, 200,
                 '2024-02-25'),
                ('E13', 'C5', '2024-02-26 09:00', 'web', 'inbound', 'payment', null, 200, null, null),
                ('E14', 'C2', '2024-01-20 09:00', 'web', 'inbound', 'payment', null, 300, null, null),
                ('E15', 'C2', '2024-01-25 09:00', 'phone', 'inbound', 'promise_to_pay', null, null, 300,
                 '2024-02-03'),
                ('E16', 'C1', '2024-02-01 09:00', 'app', 'inbound', 'promise_to_pay', null, null, 50,
                 '2024-02-14'),
                ('E17', 'C1', '2024-02-14 23:00', 'app', 'inbound', 'payment', null, 50, null, null)
            )
            """);
        Warehouse.Execute("""
            insert into raw.survey_responses
                (response_id, customer_id, responded_at, survey, score, _batch_id, _source_file, _source_line)
            values
                ('R1', 'C1', '2024-02-11 10:00:00', 'relationship', 10, 5, 's.csv', 2),
                ('R2', 'C2', '2024-02-12 10:00:00', 'relationship', 9, 5, 's.csv', 3),
                ('R3', 'C4', '2024-02-13 10:00:00', 'collections', 9, 5, 's.csv', 4),
                ('R4', 'C5', '2024-02-14 10:00:00', 'relationship', 7, 5, 's.csv', 5),
                ('R5', 'C6', '2024-02-15 10:00:00', 'relationship', 3, 5, 's.csv', 6)
            """);
        Warehouse.Build();
    }

    internal TestWarehouse Warehouse { get; }

    public void Dispose() => Warehouse.Dispose();
}
