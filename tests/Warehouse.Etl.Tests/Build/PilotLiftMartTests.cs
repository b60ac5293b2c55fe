namespace Warehouse.Etl.Tests.Build;

/// <summary>
/// The pilot declarations and lift marts on the hand-made pilots of <see cref="HandMadeLiftPilots"/>, whose
/// summary lists the rows. Every expected figure is worked out by hand beside the assertion.
/// </summary>
public sealed class PilotLiftMartTests(HandMadeLiftPilots scenario) : IClassFixture<HandMadeLiftPilots>
{
    private readonly TestWarehouse _warehouse = scenario.Warehouse;

    [Fact]
    public void The_latest_goals_replace_earlier_ones_and_put_the_primary_metric_first()
    {
        var goals = _warehouse.Rows("""
            select pilot_id, position, metric, metric_kind, role, direction, margin, declared_position
            from core.dim_pilot_goal order by pilot_id, position
            """);
        var pilots = _warehouse.Rows("""
            select pilot_id, design, planned_customers, status, primary_metric, array_to_string(metrics, ';')
            from core.dim_pilot order by pilot_id
            """);

        // R's older delivery (batch 3) listed visit_rate; the later one (batch 4) replaces it whole. R declared
        // its primary metric third. X's margin on a primary goal is dropped: margins belong to guardrails.
        Assert.Equal(
            [
                "P | 1 | digital_actions | count | primary | increase | null | 1",
                "R | 1 | roll_to_30_plus_rate | rate | primary | decrease | null | 3",
                "R | 2 | digital_actions | count | secondary | increase | null | 1",
                "R | 3 | balance_paid | mean | secondary | increase | null | 2",
                "R | 4 | cure_rate | rate | secondary | increase | null | 4",
                "R | 5 | paid_over_due | ratio | secondary | increase | null | 5",
                "R | 6 | nps | nps | guardrail | increase | 2 | 6",
                "X | 1 | balance_paid | mean | primary | increase | null | 1",
            ],
            goals);

        // The data ends on 2024-04-30. P starts after it; R has no end date; X ended on 2024-02-15 and its last
        // window closed 30 days later, on 2024-03-16.
        Assert.Equal(
            [
                "P | randomised | 1000 | planned | digital_actions | digital_actions",
                "R | randomised | 4 | running | roll_to_30_plus_rate | "
                + "roll_to_30_plus_rate;digital_actions;balance_paid;cure_rate;paid_over_due;nps",
                "X | observational | null | complete | balance_paid | balance_paid",
            ],
            pilots);
    }

    [Fact]
    public void Arm_summaries_hold_the_sums_of_rates_amounts_counts_and_nps()
    {
        var summaries = _warehouse.Rows("""
            select metric, metric_kind, arm, customers, value_sum, value_sum_squares, is_primary,
                denominator_sum is null
            from marts.pilot_metric_summaries
            where pilot_id = 'R' and metric <> 'paid_over_due'
            order by metric_position, arm desc
            """);

        // Outcome window (2024-01-31, 2024-03-31], month ends 29 February and 31 March.
        // roll to 30+: C1 35 days on 31 March -> 1, C2 0; C3 92 on 29 February -> 1, C4 0.
        // digital actions: C1 5 and 6 February (its 31 January login is the assignment day) -> 2, C2 on
        // 31 March, the window's last day -> 1; C3 none, C4's 1 April login is a day late -> 0. Squares 4 + 1.
        // balance paid: C1 60 + 0, C2 160 + 80 = 240, squares 3,600 + 57,600; C3 20 + 0, C4 30 + 30 = 60,
        // squares 400 + 3,600.
        // cure rate, of those 30+ on 31 January: C2 (31 days) current on 29 February -> 1; C3 (62 days) still
        // behind at both month ends -> 0. C1 and C4 were current, so left out.
        // nps: C1 scored 10 -> +100; C3 5 -> -100; C2 and C4 never answered.
        Assert.Equal(
            [
                "roll_to_30_plus_rate | rate | pilot | 2 | 1 | 1 | true | true",
                "roll_to_30_plus_rate | rate | control | 2 | 1 | 1 | true | true",
                "digital_actions | count | pilot | 2 | 3 | 5 | false | true",
                "digital_actions | count | control | 2 | 0 | 0 | false | true",
                "balance_paid | mean | pilot | 2 | 300 | 61200 | false | true",
                "balance_paid | mean | control | 2 | 80 | 4000 | false | true",
                "cure_rate | rate | pilot | 1 | 1 | 1 | false | true",
                "cure_rate | rate | control | 1 | 0 | 0 | false | true",
                "nps | nps | pilot | 1 | 100 | 10000 | false | true",
                "nps | nps | control | 1 | -100 | 10000 | false | true",
            ],
            summaries);
    }

    [Fact]
    public void Ratio_sums_leave_out_a_customer_missing_either_part()
    {
        var ratio = _warehouse.Rows("""
            select arm, customers, value_sum, value_sum_squares, denominator_sum, denominator_sum_squares,
                value_denominator_sum
            from marts.pilot_metric_summaries
            where pilot_id = 'R' and metric = 'paid_over_due'
            order by arm desc
            """);

        // Per customer x = amount paid, y = amount due over 29 February and 31 March:
        // C1 x = 60, y = 100; C2 x = 240, y = 240; C3 x = 20, y = 240; C4's amount due is never stated, so it
        // is left out of both sums although it paid 60.
        // pilot: x 300, x^2 3,600 + 57,600 = 61,200; y 340, y^2 10,000 + 57,600 = 67,600;
        //        x*y 6,000 + 57,600 = 63,600. control: x 20, x^2 400, y 240, y^2 57,600, x*y 4,800.
        Assert.Equal(
            [
                "pilot | 2 | 300 | 61200 | 340 | 67600 | 63600",
                "control | 1 | 20 | 400 | 240 | 57600 | 4800",
            ],
            ratio);
    }

    [Fact]
    public void The_pre_period_is_a_window_of_the_same_length_ending_the_day_before_assignment()
    {
        var outcomes = _warehouse.Rows("""
            select metric, customer_id, value, pre_value, denominator, pre_denominator
            from marts.pilot_customer_outcomes
            where pilot_id = 'R' and metric in ('digital_actions', 'roll_to_30_plus_rate', 'paid_over_due', 'cure_rate')
            order by metric, customer_id
            """);

        // Pre-period of 60 days: (2023-12-01, 2024-01-30], holding the 31 December month end only.
        // digital actions: C1's logins on 1 December (the day before the window opens) and on 31 January (the
        // assignment day) fall outside, the one on 30 January inside -> 1; C3's two in December -> 2.
        // roll to 30+: only C3 (32 days on 31 December).
        // paid over due: 31 December's paid and due; C4 has no amount due and no row.
        // cure rate: of those 30+ on 30 November (the month end before the pre-period), only C2 (40 days),
        // current on 31 December -> 1. C3 was current on 30 November, so it has no pre-period value.
        Assert.Equal(
            [
                "cure_rate | C2 | 1 | 1 | null | null",
                "cure_rate | C3 | 0 | null | null | null",
                "digital_actions | C1 | 2 | 1 | null | null",
                "digital_actions | C2 | 1 | 0 | null | null",
                "digital_actions | C3 | 0 | 2 | null | null",
                "digital_actions | C4 | 0 | 0 | null | null",
                "paid_over_due | C1 | 60 | 50 | 100 | 50",
                "paid_over_due | C2 | 240 | 160 | 240 | 80",
                "paid_over_due | C3 | 20 | 0 | 240 | 40",
                "roll_to_30_plus_rate | C1 | 1 | 0 | null | null",
                "roll_to_30_plus_rate | C2 | 0 | 0 | null | null",
                "roll_to_30_plus_rate | C3 | 1 | 1 | null | null",
                "roll_to_30_plus_rate | C4 | 0 | 0 | null | null",
            ],
            outcomes);
    }

    [Fact]
    public void Paired_sums_cover_the_customers_with_both_an_outcome_and_a_pre_period_value()
    {
        var paired = _warehouse.Rows("""
            select metric, arm, paired_customers, paired_value_sum, paired_value_sum_squares, covariate_sum,
                covariate_sum_squares, value_covariate_sum, paired_denominator_sum, covariate_denominator_sum
            from marts.pilot_metric_summaries
            where pilot_id = 'R' and metric in ('balance_paid', 'cure_rate', 'digital_actions', 'paid_over_due')
            order by metric, arm desc
            """);

        // balance paid (outcome, pre): C1 (60, 50), C2 (240, 160); C3 (20, 0), C4 (60, 30).
        //   pilot: outcome 300, squares 61,200; covariate 210, squares 2,500 + 25,600 = 28,100;
        //   cross 3,000 + 38,400 = 41,400. control: 80, 4,000; covariate 30, 900; cross 0 + 1,800.
        // cure rate: C2 (1, 1) paired; C3 has no pre-period value, so control has none paired.
        // digital actions: C1 (2, 1), C2 (1, 0); C3 (0, 2), C4 (0, 0): pilot covariate 1, cross 2.
        // paid over due, numerators (x, x_pre) and denominators (y, y_pre): C1 (60, 50; 100, 50),
        //   C2 (240, 160; 240, 80); C3 (20, 0; 240, 40).
        Assert.Equal(
            [
                "balance_paid | pilot | 2 | 300 | 61200 | 210 | 28100 | 41400 | null | null",
                "balance_paid | control | 2 | 80 | 4000 | 30 | 900 | 1800 | null | null",
                "cure_rate | pilot | 1 | 1 | 1 | 1 | 1 | 1 | null | null",
                "cure_rate | control | 0 | 0 | 0 | 0 | 0 | 0 | null | null",
                "digital_actions | pilot | 2 | 3 | 5 | 1 | 1 | 2 | null | null",
                "digital_actions | control | 2 | 0 | 0 | 2 | 4 | 0 | null | null",
                "paid_over_due | pilot | 2 | 300 | 61200 | 210 | 28100 | 41400 | 340 | 130",
                "paid_over_due | control | 1 | 20 | 400 | 0 | 0 | 0 | 240 | 40",
            ],
            paired);
    }

    [Fact]
    public void Monthly_summaries_count_the_outcomes_observed_by_each_month_end()
    {
        var monthly = _warehouse.Rows("""
            select metric, as_of_month, arm, customers, value_sum
            from marts.pilot_metric_summaries_monthly
            where pilot_id = 'R' and metric in ('roll_to_30_plus_rate', 'balance_paid', 'digital_actions')
            order by metric, as_of_month, arm desc
            """);

        // Assigned on 31 January; the window closes on 31 March; the data ends in April.
        // 31 January, the assignment day, has no outcome day yet (outcomes count from the day after), so the
        // months start at 29 February.
        // 29 February: C3 92 days behind (control roll 1); paid C1 60 + C2 160 = 220, C3 20 + C4 30 = 50;
        //   C1's two February actions.
        // 31 March and 30 April: the closed window: C1 rolls (35 days), paid 300 and 80, C2's 31 March action.
        Assert.Equal(
            [
                "balance_paid | 2024-02-29 | pilot | 2 | 220",
                "balance_paid | 2024-02-29 | control | 2 | 50",
                "balance_paid | 2024-03-31 | pilot | 2 | 300",
                "balance_paid | 2024-03-31 | control | 2 | 80",
                "balance_paid | 2024-04-30 | pilot | 2 | 300",
                "balance_paid | 2024-04-30 | control | 2 | 80",
                "digital_actions | 2024-02-29 | pilot | 2 | 2",
                "digital_actions | 2024-02-29 | control | 2 | 0",
                "digital_actions | 2024-03-31 | pilot | 2 | 3",
                "digital_actions | 2024-03-31 | control | 2 | 0",
                "digital_actions | 2024-04-30 | pilot | 2 | 3",
                "digital_actions | 2024-04-30 | control | 2 | 0",
                "roll_to_30_plus_rate | 2024-02-29 | pilot | 2 | 0",
                "roll_to_30_plus_rate | 2024-02-29 | control | 2 | 1",
                "roll_to_30_plus_rate | 2024-03-31 | pilot | 2 | 1",
                "roll_to_30_plus_rate | 2024-03-31 | control | 2 | 1",
                "roll_to_30_plus_rate | 2024-04-30 | pilot | 2 | 1",
                "roll_to_30_plus_rate | 2024-04-30 | control | 2 | 1",
            ],
            monthly);
    }

    [Fact]
    public void Monthly_summaries_start_at_the_first_month_end_after_the_first_assignment_and_reach_the_last_month()
    {
        var months = _warehouse.Rows("""
            select pilot_id, min(as_of_month), max(as_of_month), count(distinct as_of_month)
            from marts.pilot_metric_summaries_monthly group by pilot_id order by pilot_id
            """);

        // X's first assignment is C5 on 2023-12-31; R's on 2024-01-31; P has none and no months. A month end on
        // the assignment day observes no outcome yet, so each starts a month later.
        Assert.Equal(["R | 2024-02-29 | 2024-04-30 | 3", "X | 2024-01-31 | 2024-04-30 | 4"], months);
    }

    [Fact]
    public void Pre_trends_hold_each_calendar_month_before_the_month_of_assignment()
    {
        var trends = _warehouse.Rows("""
            select metric, month_offset, arm, customers, value_sum, value_sum_squares
            from marts.pilot_pre_trends
            where pilot_id = 'R' and metric in ('roll_to_30_plus_rate', 'digital_actions')
                and month_offset >= -3
            order by metric, month_offset, arm desc
            """);
        var offsets = _warehouse.Scalar(
            "select count(*) from marts.pilot_pre_trends where pilot_id = 'R' and metric = 'nps'");

        // Assigned in January: -1 is December, -2 November, -3 October, before the data's first month
        // (November), so nobody is measured there.
        // December: roll C3 (32 days); digital C1 on 1 December, C3 twice. November: roll C2 (40 days); C4 has
        // no November snapshot and counts 0.
        Assert.Equal(
            [
                "digital_actions | -3 | pilot | 0 | 0 | 0",
                "digital_actions | -3 | control | 0 | 0 | 0",
                "digital_actions | -2 | pilot | 2 | 0 | 0",
                "digital_actions | -2 | control | 2 | 0 | 0",
                "digital_actions | -1 | pilot | 2 | 1 | 1",
                "digital_actions | -1 | control | 2 | 2 | 4",
                "roll_to_30_plus_rate | -3 | pilot | 0 | 0 | 0",
                "roll_to_30_plus_rate | -3 | control | 0 | 0 | 0",
                "roll_to_30_plus_rate | -2 | pilot | 2 | 1 | 1",
                "roll_to_30_plus_rate | -2 | control | 2 | 0 | 0",
                "roll_to_30_plus_rate | -1 | pilot | 2 | 0 | 0",
                "roll_to_30_plus_rate | -1 | control | 2 | 1 | 1",
            ],
            trends);
        Assert.Equal(12L, offsets);
    }

    [Fact]
    public void Balance_compares_the_arms_before_treatment_by_standardized_differences()
    {
        var balance = _warehouse.Rows("""
            select covariate, pilot_customers, pilot_mean, pilot_sd, control_customers, control_mean, control_sd,
                standardized_difference
            from marts.pilot_balance where pilot_id = 'R' order by covariate
            """);

        // At 31 January, pilot C1, C2 against control C3, C4; d = (mean_p - mean_c) / sqrt((sd_p^2 + sd_c^2) / 2).
        // balance 900, 500 | 700, 300: means 700 | 500, sd 282.842712 each; d = 200 / 282.842712 = 0.707107.
        // bureau score 700, 600 | 650, 750: means 650 | 700, sd 70.710678 each; d = -0.707107.
        // days past due 0, 31 | 62, 0: means 15.5 | 31, variances 480.5 | 1,922; d = -15.5 / sqrt(1,201.25)
        //   = -0.447214; sd 21.920310 | 43.840620.
        // months on book: every account opened 2020-01-15, 48 months; neither arm varies, so no d.
        // prior digital actions (pre-period): 1, 0 | 2, 0: sd 0.707107 | 1.414214; d = -0.5 / sqrt(1.25).
        Assert.Equal(
            [
                "balance | 2 | 700 | 282.842712 | 2 | 500 | 282.842712 | 0.707107",
                "bureau_score | 2 | 650 | 70.710678 | 2 | 700 | 70.710678 | -0.707107",
                "days_past_due | 2 | 15.5 | 21.92031 | 2 | 31 | 43.84062 | -0.447214",
                "months_on_book | 2 | 48 | 0 | 2 | 48 | 0 | null",
                "prior_digital_actions | 2 | 0.5 | 0.707107 | 2 | 1 | 1.414214 | -0.447214",
            ],
            balance);
    }

    [Fact]
    public void Every_integrity_check_fires_on_its_crafted_case_and_passes_elsewhere()
    {
        var checks = _warehouse.Rows("""
            select pilot_id, check_name, failing from marts.pilot_integrity order by pilot_id, check_order
            """);
        var detail = _warehouse.Scalar("""
            select detail from marts.pilot_integrity
            where pilot_id = 'X' and check_name = 'assigned_outside_pilot_dates'
            """);

        // X: C1 delivered in both arms; C2 assigned on 15 January with the January month end's amounts (from
        // 1 January) counted; C5 assigned before the 1 January start and C6 after the 15 February end.
        // R is assigned on a month end, so its first counted amounts run from 1 February.
        Assert.Equal(
            [
                "P | customers_in_both_arms | 0",
                "P | outcomes_before_assignment | 0",
                "P | assigned_outside_pilot_dates | 0",
                "R | customers_in_both_arms | 0",
                "R | outcomes_before_assignment | 0",
                "R | assigned_outside_pilot_dates | 0",
                "X | customers_in_both_arms | 1",
                "X | outcomes_before_assignment | 1",
                "X | assigned_outside_pilot_dates | 2",
            ],
            checks);
        Assert.StartsWith("2 failing: customers assigned before", (string?)detail);
    }

    [Fact]
    public void A_customer_delivered_in_both_arms_keeps_the_latest_delivery()
    {
        var arm = _warehouse.Scalar(
            "select arm from core.fct_pilot_assignment where pilot_id = 'X' and customer_id = 'C1'");

        Assert.Equal("control", arm);
    }
}
