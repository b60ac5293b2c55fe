namespace Warehouse.Etl.Tests.Build;

/// <summary>
/// The portfolio marts on <see cref="HandMadePortfolio"/>. Every expected figure is counted by hand from the
/// rows inserted there, as the comment beside it shows.
/// </summary>
public sealed class PortfolioKpiTests(HandMadePortfolio portfolio) : IClassFixture<HandMadePortfolio>
{
    private readonly TestWarehouse _warehouse = portfolio.Warehouse;

    [Fact]
    public void Arrears_rates_count_open_accounts_at_month_end()
    {
        var february = _warehouse.Rows("""
            select accounts_open, accounts_30_plus, accounts_60_plus, accounts_90_plus,
                rate_30_plus, rate_60_plus, rate_90_plus
            from marts.portfolio_kpis_monthly where month_date = '2024-02-29'
            """);

        // Open in February: A1, A2, A4, A5, A6 (A3 is charged off) = 5.
        // 30+: A4 (65), A6 (92) = 2 -> 0.4; 60+: the same two -> 0.4; 90+: A6 -> 1/5 = 0.2.
        Assert.Equal(["5 | 2 | 2 | 1 | 0.4 | 0.4 | 0.2"], february);
    }

    [Fact]
    public void Balance_weighted_rates_count_credit_balances_as_nothing_owed()
    {
        var february = _warehouse.Rows("""
            select balance_open, balance_rate_30_plus, balance_rate_90_plus
            from marts.portfolio_kpis_monthly where month_date = '2024-02-29'
            """);

        // Owed on open accounts: 1000 + 1500 + 600 + 0 (A5 is -50) + 400 = 3500.
        // 30+: 600 + 400 = 1000 -> 1000 / 3500 = 0.285714; 90+: 400 / 3500 = 0.114286.
        Assert.Equal(["3500.00 | 0.285714 | 0.114286"], february);
    }

    [Fact]
    public void The_60_plus_balance_rate_and_the_squared_balances_follow_the_same_rule()
    {
        var months = _warehouse.Rows("""
            select month_date, balance_rate_60_plus, balance_squares_open, balance_squares_30_plus,
                balance_squares_60_plus, balance_squares_90_plus
            from marts.portfolio_kpis_monthly order by month_date
            """);

        // January, all open: owed 1000 + 2000 + 3000 + 500 = 6500; 60+ is A3 (95 days) -> 3000 / 6500 = 0.461538.
        // Squares: 1000^2 + 2000^2 + 3000^2 + 500^2 = 14,250,000; 30+ A2, A3, A4: 4,000,000 + 9,000,000
        // + 250,000 = 13,250,000; 60+ and 90+ A3 alone: 9,000,000.
        // February, open A1 1000, A2 1500, A4 600, A5 0 (its -50 counts as 0), A6 400: 60+ is A4 and A6 ->
        // 1000 / 3500 = 0.285714. Squares: 1,000,000 + 2,250,000 + 360,000 + 0 + 160,000 = 3,770,000;
        // 30+ and 60+ A4 and A6: 520,000; 90+ A6: 160,000.
        Assert.Equal(
            [
                "2024-01-31 | 0.461538 | 14250000 | 13250000 | 9000000 | 9000000",
                "2024-02-29 | 0.285714 | 3770000 | 520000 | 520000 | 160000",
            ],
            months);
    }

    [Fact]
    public void The_survey_classes_and_stated_defaults_are_counted_for_the_noise_rule()
    {
        var months = _warehouse.Rows("""
            select month_date, promoters, detractors, accounts_defaulted
            from marts.portfolio_kpis_monthly order by month_date
            """);

        // February scores 10, 9, 9 (promoters), 7 (passive), 3 (detractor); of the two stated defaults only
        // A6's is true. January has no responses and no stated default: zeros, not nulls.
        Assert.Equal(["2024-01-31 | 0 | 0 | 0", "2024-02-29 | 3 | 1 | 1"], months);
    }

    [Fact]
    public void The_cure_rate_is_the_share_of_last_months_30_plus_accounts_now_current()
    {
        var rates = _warehouse.Rows("""
            select month_date, accounts_30_plus_last_month, accounts_cured, cure_rate
            from marts.portfolio_kpis_monthly order by month_date
            """);

        // January has no month before it. February: 30+ in January were A2 (45), A3 (95), A4 (35);
        // of them only A2 is at 0 days in February -> 1/3.
        Assert.Equal(["2024-01-31 | 0 | 0 | null", "2024-02-29 | 3 | 1 | 0.333333"], rates);
    }

    [Fact]
    public void Roll_rates_share_each_bucket_of_last_month_across_this_months_buckets()
    {
        var moves = _warehouse.Rows("""
            select from_bucket, to_bucket, accounts, share
            from marts.roll_rates_monthly
            where month_date = '2024-02-29' and accounts > 0
            order by from_bucket_order, to_bucket_order
            """);
        var gridRows = _warehouse.Scalar("select count(*) from marts.roll_rates_monthly");

        // January -> February: A1 current -> current; A2 30-59 -> current, A4 30-59 -> 60-89 (half each);
        // A3 90+ -> charged off. A5 and A6 are new in February and move from nowhere.
        Assert.Equal(
            [
                "current | current | 1 | 1",
                "30-59 | current | 1 | 0.5",
                "30-59 | 60-89 | 1 | 0.5",
                "90+ | charged_off | 1 | 1",
            ],
            moves);
        // One month with a month before it: 5 from-buckets x 6 to-buckets.
        Assert.Equal(30L, gridRows);
    }

    [Fact]
    public void Engagement_rate_counts_active_customers_with_a_digital_action()
    {
        var february = _warehouse.Rows("""
            select customers_active, customers_engaged, engagement_rate
            from marts.portfolio_kpis_monthly where month_date = '2024-02-29'
            """);

        // Active: C1, C2, C4, C5 (open accounts) and C6 (status active); C3 is closed and charged off.
        // Digital: C1's app login and C6's inbound call; C3's login does not count (not active),
        // nor C2's outbound message or C4's payment -> 2 / 5.
        Assert.Equal(["5 | 2 | 0.4"], february);
    }

    [Fact]
    public void Right_party_contact_rate_is_connected_outbound_calls_over_attempts()
    {
        var february = _warehouse.Rows("""
            select phone_attempts, right_party_contacts, right_party_contact_rate
            from marts.portfolio_kpis_monthly where month_date = '2024-02-29'
            """);

        // Outbound phone calls E06 (connected), E07 (no answer), E08 (connected), E09 (wrong party) -> 2 / 4.
        Assert.Equal(["4 | 2 | 0.5"], february);
    }

    [Fact]
    public void A_promise_is_kept_when_payments_between_promise_and_due_date_reach_the_amount()
    {
        var promises = _warehouse.Rows(
            "select event_id, paid_amount, is_kept from core.fct_promise_to_pay order by event_id");
        var february = _warehouse.Rows("""
            select promises_due, promises_kept, promise_kept_rate
            from marts.portfolio_kpis_monthly where month_date = '2024-02-29'
            """);

        // E10: 60 + 50 paid before 20 Feb >= 100, kept. E12: 200 paid on 26 Feb, after the due date.
        // E15: 300 paid on 20 Jan, before the promise. E16: 50 paid late on the due date itself, kept.
        Assert.Equal(
            ["E10 | 110.00 | true", "E12 | 0.00 | false", "E15 | 0.00 | false", "E16 | 50.00 | true"],
            promises);
        // All four fall due in February -> 2 / 4.
        Assert.Equal(["4 | 2 | 0.5"], february);
    }

    [Fact]
    public void Nps_and_the_stated_default_rate_are_computed_per_month()
    {
        var months = _warehouse.Rows("""
            select month_date, survey_responses, nps, accounts_default_stated, default_next_month_rate
            from marts.portfolio_kpis_monthly order by month_date
            """);

        // February scores 10, 9, 9, 7, 3: 3 promoters, 1 detractor of 5 -> 100 * (3 - 1) / 5 = 40.
        // Defaults: January states none (null); February states A1 false and A6 true -> 1 / 2.
        Assert.Equal(
            ["2024-01-31 | 0 | null | 0 | null", "2024-02-29 | 5 | 40 | 2 | 0.5"],
            months);
    }

    [Fact]
    public void The_profile_bands_each_customer_by_risk_and_engagement()
    {
        var february = _warehouse.Rows("""
            select customer_id, max_days_past_due, bureau_score, risk_band, digital_months_3m, engagement_band
            from marts.customer_month_profile where month_date = '2024-02-29' order by customer_id
            """);

        // Risk: C1 0 days and 720 -> low; C2 0 days, 630 (580-669) -> medium; C3 charged off -> delinquent;
        // C4 65 days -> delinquent; C5 92 days -> delinquent; C6 has no account -> no risk band.
        // Engagement: digital actions in February only, January none -> 1 month of 3 -> passive, else dark.
        // C3's login counts for its band, though not for the engagement rate, where C3 is not active.
        Assert.Equal(
            [
                "C1 | 0 | 720 | low | 1 | passive",
                "C2 | 0 | 630 | medium | 0 | dark",
                "C3 | 125 | 520 | delinquent | 1 | passive",
                "C4 | 65 | 580 | delinquent | 0 | dark",
                "C5 | 92 | 650 | delinquent | 0 | dark",
                "C6 | null | null | null | 1 | passive",
            ],
            february);
    }

    [Fact]
    public void Segments_show_how_many_customers_were_30_plus_a_month_later()
    {
        var january = _warehouse.Rows("""
            select risk_band, engagement_band, customers, balance, rate_30_plus_next_month
            from marts.risk_engagement_segments
            where month_date = '2024-01-31' and customers > 0
            order by risk_band_order, engagement_band_order
            """);
        var latest = _warehouse.Scalar("""
            select count(rate_30_plus_next_month) from marts.risk_engagement_segments
            where month_date = '2024-02-29'
            """);

        // January: C1 low (720, current); C2 (45), C3 (95), C4 (35) delinquent; nobody had digital actions.
        // A month later C3 is 125 and C4 65 days past due, C2 is current -> 2 / 3.
        Assert.Equal(
            ["low | dark | 1 | 1000.00 | 0", "delinquent | dark | 3 | 5500.00 | 0.666667"],
            january);
        Assert.Equal(0L, latest);
    }
}
