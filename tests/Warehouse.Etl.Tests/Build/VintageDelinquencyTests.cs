namespace Warehouse.Etl.Tests.Build;

/// <summary>
/// <c>marts.vintage_delinquency_monthly</c> on six hand-made accounts over January to March 2024. Every expected
/// figure is counted by hand from the rows inserted here, as the comment beside it shows.
/// </summary>
public sealed class VintageDelinquencyTests : IDisposable
{
    private readonly TestWarehouse _warehouse = TestWarehouse.Create();

    public VintageDelinquencyTests()
    {
        _warehouse.InsertSnapshot(1, "2024-01-31", ("C1", "north"), ("C2", "south"), ("C3", "east"));

        // V1 and V2 opened in January 2024, V3 in February, V4 in December 2023; V5 has no opening date and
        // V6 states an opening after its own snapshot.
        _warehouse.Execute("""
            insert into raw.risk_accounts
                (as_of_date, account_id, customer_id, product, opened_date, balance, days_past_due,
                 is_charged_off, _batch_id, _source_file, _source_line)
            values
                ('2024-01-31', 'V1', 'C1', 'card', '2024-01-15', 100, 0, false, 2, 'risk.csv', 2),
                ('2024-02-29', 'V1', 'C1', 'card', '2024-01-15', 100, 35, false, 2, 'risk.csv', 3),
                ('2024-03-31', 'V1', 'C1', 'card', '2024-01-15', 100, 120, true, 2, 'risk.csv', 4),
                ('2024-01-31', 'V2', 'C2', 'card', '2024-01-03', 100, 0, false, 2, 'risk.csv', 5),
                ('2024-02-29', 'V2', 'C2', 'card', '2024-01-03', 100, 0, false, 2, 'risk.csv', 6),
                ('2024-03-31', 'V2', 'C2', 'card', '2024-01-03', 100, 0, false, 2, 'risk.csv', 7),
                ('2024-02-29', 'V3', 'C3', 'card', '2024-02-10', 100, 0, false, 2, 'risk.csv', 8),
                ('2024-03-31', 'V3', 'C3', 'card', '2024-02-10', 100, 60, false, 2, 'risk.csv', 9),
                ('2024-01-31', 'V4', 'C3', 'card', '2023-12-20', 100, 95, false, 2, 'risk.csv', 10),
                ('2024-02-29', 'V4', 'C3', 'card', '2023-12-20', 100, 0, false, 2, 'risk.csv', 11),
                ('2024-01-31', 'V5', 'C1', 'card', null, 100, 0, false, 2, 'risk.csv', 12),
                ('2024-03-31', 'V6', 'C2', 'card', '2024-04-01', 100, 0, false, 2, 'risk.csv', 13)
            """);
        _warehouse.Build();
    }

    [Fact]
    public void Each_vintage_is_followed_by_months_on_book_with_charged_off_accounts_counted_as_bad()
    {
        var rows = _warehouse.Rows("""
            select opened_month_date, month_date, months_on_book, accounts, accounts_open, accounts_30_plus,
                accounts_charged_off, rate_30_plus_or_charged_off
            from marts.vintage_delinquency_monthly
            order by opened_month_date, month_date
            """);

        // December 2023 (V4): 95 days in January (1 of 1 bad), current in February, no March snapshot.
        // January 2024 (V1, V2): both current in January; V1 at 35 days in February (1 of 2); V1 charged off
        // in March, still in its vintage and bad (1 of 2, one open).
        // February 2024 (V3): current in February, 60 days in March (1 of 1).
        // V5 (no opening date) and V6 (opened after its snapshot) are in no vintage.
        Assert.Equal(
            [
                "2023-12-31 | 2024-01-31 | 1 | 1 | 1 | 1 | 0 | 1",
                "2023-12-31 | 2024-02-29 | 2 | 1 | 1 | 0 | 0 | 0",
                "2024-01-31 | 2024-01-31 | 0 | 2 | 2 | 0 | 0 | 0",
                "2024-01-31 | 2024-02-29 | 1 | 2 | 2 | 1 | 0 | 0.5",
                "2024-01-31 | 2024-03-31 | 2 | 2 | 1 | 0 | 1 | 0.5",
                "2024-02-29 | 2024-02-29 | 0 | 1 | 1 | 0 | 0 | 0",
                "2024-02-29 | 2024-03-31 | 1 | 1 | 1 | 1 | 0 | 1",
            ],
            rows);
    }

    public void Dispose() => _warehouse.Dispose();
}
