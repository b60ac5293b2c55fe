namespace Warehouse.Etl.Tests.Build;

/// <summary>The months a customer is in the book, and the customer version each of them shows.</summary>
public sealed class CustomerMonthTests
{
    [Fact]
    public void The_profile_takes_the_version_valid_at_each_month_end()
    {
        using var warehouse = TestWarehouse.Create();
        warehouse.InsertSnapshot(batch: 1, "2024-01-31", ("C1", "north"));
        warehouse.InsertSnapshot(batch: 2, "2024-03-15", ("C1", "south"));
        warehouse.Execute("""
            insert into raw.risk_accounts
                (as_of_date, account_id, customer_id, product, balance, days_past_due, is_charged_off,
                 _batch_id, _source_file, _source_line)
            select last_day(month_start), 'A1', 'C1', 'card', 100, 0, false, 3, 'risk.csv', 2
            from range(date '2023-12-01', date '2024-05-01', interval 1 month) as months (month_start)
            """);

        warehouse.Build();

        // December precedes the first snapshot and borrows its version; the move on 15 March shows from the
        // March month end on, since the version valid on 31 March starts on the 15th.
        Assert.Equal(
            [
                "2023-12-31 | north | true",
                "2024-01-31 | north | false",
                "2024-02-29 | north | false",
                "2024-03-31 | south | false",
                "2024-04-30 | south | false",
            ],
            warehouse.Rows("""
                select month_date, region, is_version_backfilled
                from marts.customer_month_profile order by month_date
                """));
    }

    [Fact]
    public void A_customer_missing_from_the_latest_snapshot_leaves_the_book_after_its_last_trace()
    {
        using var warehouse = TestWarehouse.Create();
        warehouse.InsertSnapshot(batch: 1, "2024-01-31", ("C1", "north"), ("C2", "north"), ("C3", "east"));
        warehouse.InsertSnapshot(batch: 2, "2024-03-31", ("C1", "north"));
        warehouse.Execute("""
            insert into raw.risk_accounts
                (as_of_date, account_id, customer_id, product, balance, days_past_due, is_charged_off,
                 _batch_id, _source_file, _source_line)
            values
                ('2024-01-31', 'A2', 'C2', 'card', 100, 0, false, 3, 'risk.csv', 2),
                ('2024-02-29', 'A2', 'C2', 'card', 100, 0, false, 3, 'risk.csv', 3),
                ('2024-04-30', 'A1', 'C1', 'card', 100, 0, false, 3, 'risk.csv', 4)
            """);

        warehouse.Build();

        // Reporting months: January (first snapshot) to April (last account). C1 is in the latest snapshot
        // and stays to April; C2 left after January's snapshot but its account runs to February; C3 left
        // with no trace after January.
        Assert.Equal(
            ["C1 | 4 | 2024-04-30", "C2 | 2 | 2024-02-29", "C3 | 1 | 2024-01-31"],
            warehouse.Rows("""
                select customer_id, count(*), max(month_date) from marts.customer_month_profile
                group by customer_id order by customer_id
                """));
    }
}
