namespace Warehouse.Etl.Tests.Build;

/// <summary>
/// Four customers over January to April 2024, built once for <see cref="EarlyWarningFlagTests"/>, which
/// describes the rows.
/// </summary>
public sealed class HandMadeWarnings : IDisposable
{
    public HandMadeWarnings()
    {
        Warehouse = TestWarehouse.Create();
        Warehouse.Execute("""
            insert into raw.customers
                (customer_id, snapshot_date, region, segment, status, _batch_id, _source_file, _source_line)
            select 'W' || i, '2024-01-31', 'north', 'retail', 'active', 1, 'customers.csv', i + 1
            from range(1, 5) as t(i)
            """);
        // Days past due and bureau score by month, January to April.
        Warehouse.Execute("""
            insert into raw.risk_accounts
                (as_of_date, account_id, customer_id, product, balance, days_past_due, bureau_score,
                 is_charged_off, _batch_id, _source_file, _source_line)
            select month_end, 'A-' || customer_id, customer_id, 'card', 100, days_past_due, bureau_score, false,
                2, 'risk.csv', row_number() over ()
            from (
                values
                ('W1', '2024-01-31'::date, 0, 700), ('W1', '2024-02-29', 0, 700),
                ('W1', '2024-03-31', 0, 700), ('W1', '2024-04-30', 15, 700),
                ('W2', '2024-01-31', 0, 700), ('W2', '2024-02-29', 0, 690),
                ('W2', '2024-03-31', 0, 680), ('W2', '2024-04-30', 0, 645),
                ('W3', '2024-01-31', 0, 700), ('W3', '2024-02-29', 0, 700),
                ('W3', '2024-03-31', 0, 700), ('W3', '2024-04-30', 15, 700),
                ('W4', '2024-01-31', 0, 700), ('W4', '2024-02-29', 0, 700),
                ('W4', '2024-03-31', 5, 700), ('W4', '2024-04-30', 20, 700)
            ) as months (customer_id, month_end, days_past_due, bureau_score)
            """);
        Warehouse.Execute("""
            insert into raw.engagement_events
                (event_id, customer_id, event_at, channel, direction, event_type, amount, promise_amount,
                 promise_due_date, _batch_id, _source_file, _source_line)
            values
                ('E1', 'W1', '2024-01-05 10:00:00', 'app', 'inbound', 'login', null, null, null, 3, 'e.csv', 2),
                ('E2', 'W2', '2024-01-05 10:00:00', 'app', 'inbound', 'login', null, null, null, 3, 'e.csv', 3),
                ('E3', 'W2', '2024-03-05 10:00:00', 'web', 'inbound', 'click', null, null, null, 3, 'e.csv', 4),
                ('E4', 'W4', '2024-01-05 10:00:00', 'app', 'inbound', 'login', null, null, null, 3, 'e.csv', 5),
                ('E5', 'W3', '2024-03-20 10:00:00', 'email', 'outbound', 'message', null, null, null, 3, 'e.csv', 6),
                ('E6', 'W2', '2024-04-02 10:00:00', 'phone', 'outbound', 'promise_to_pay', null, 100, '2024-04-20',
                 3, 'e.csv', 7),
                ('E7', 'W2', '2024-04-10 10:00:00', 'web', 'inbound', 'payment', 30, null, null, 3, 'e.csv', 8),
                ('E8', 'W2', '2024-04-25 10:00:00', 'web', 'inbound', 'payment', 70, null, null, 3, 'e.csv', 9)
            """);
        Warehouse.Build();
    }

    internal TestWarehouse Warehouse { get; }

    public void Dispose() => Warehouse.Dispose();
}
