namespace Warehouse.Etl.Tests.Build;

/// <summary>
/// Early-warning flags over January to April 2024. Each customer holds one card; W1 logs in in January and
/// then falls silent, W2 stays active, W3 never acts digitally, W4 slips into arrears a month early.
/// </summary>
public sealed class EarlyWarningFlagTests(HandMadeWarnings scenario) : IClassFixture<HandMadeWarnings>
{
    private readonly TestWarehouse _warehouse = scenario.Warehouse;

    [Fact]
    public void A_first_missed_payment_after_two_silent_months_that_followed_activity_is_flagged()
    {
        var flags = _warehouse.Rows("""
            select customer_id, month_date, reason from marts.early_warning_flags
            where flag = 'missed_payment_after_digital_silence'
            """);

        // W1: active in January, silent in February and March, 15 days past due in April for the first time.
        // W2 acted in March; W3 never acted digitally; W4's first arrears (March) followed one silent month,
        // and in April it was already in arrears.
        Assert.Equal(
            [
                "W1 | 2024-04-30 | First missed payment (15 days past due) after 2 months without a login, click, "
                + "app action, visit, purchase or inbound call; last active in January 2024.",
            ],
            flags);
    }

    [Fact]
    public void A_promise_not_paid_in_full_by_its_due_date_is_flagged()
    {
        var flags = _warehouse.Rows("""
            select customer_id, month_date, reason from marts.early_warning_flags
            where flag = 'broken_promise_to_pay'
            """);

        // W2 promised 100 by 20 April and paid 30 on 10 April; the 70 on 25 April came after the due date.
        Assert.Equal(
            [
                "W2 | 2024-04-30 | Did not keep 1 promise(s) to pay due this month: 100.00 promised, "
                + "30.00 paid by the due dates.",
            ],
            flags);
    }

    [Fact]
    public void A_bureau_score_falling_50_points_in_three_months_while_current_is_flagged()
    {
        var flags = _warehouse.Rows("""
            select customer_id, month_date, reason from marts.early_warning_flags
            where flag = 'bureau_score_drop_while_current'
            """);

        // W2: 700 in January, 645 in April, 0 days past due: a fall of 55 points. Nobody else's score moved.
        Assert.Equal(
            [
                "W2 | 2024-04-30 | Bureau score fell 55 points in three months, from 700 to 645, "
                + "while every account is up to date.",
            ],
            flags);
    }
}
