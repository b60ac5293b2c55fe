namespace Warehouse.Etl.Tests.Build;

/// <summary>
/// Pilot outcomes on two hand-made pilots. P1 assigns C1 and C2 to its pilot arm and C3 and C4 to control on
/// 10 January 2024 with a 30-day window, so outcomes count from 11 January to 9 February inclusive.
/// </summary>
public sealed class PilotOutcomeTests(HandMadePilots scenario) : IClassFixture<HandMadePilots>
{
    private readonly TestWarehouse _warehouse = scenario.Warehouse;

    [Fact]
    public void Each_customer_gets_one_outcome_per_metric_of_the_pilot()
    {
        var outcomes = _warehouse.Rows("""
            select customer_id, metric, value from marts.pilot_customer_outcomes
            where pilot_id = 'P1' and metric in ('engagement_rate', 'roll_to_30_plus_rate', 'nps')
            order by metric, customer_id
            """);

        // engagement: C1 logs in on 15 Jan; C2's login is on the assignment day, before the window; C3's
        // inbound call is on the last day of the window; C4's visit counts, the e-mail it received does not.
        // nps: C1's latest score in the window is 9 (+100); C3 7 (0); C4 2 (-100); C2 never answered.
        // roll to 30+: only C1 is 30+ at a month end in the window (31 Jan); C2 reaches 40 on 29 Feb, after it.
        Assert.Equal(
            [
                "C1 | engagement_rate | 1", "C2 | engagement_rate | 0",
                "C3 | engagement_rate | 1", "C4 | engagement_rate | 1",
                "C1 | nps | 100", "C3 | nps | 0", "C4 | nps | -100",
                "C1 | roll_to_30_plus_rate | 1", "C2 | roll_to_30_plus_rate | 0",
                "C3 | roll_to_30_plus_rate | 0", "C4 | roll_to_30_plus_rate | 0",
            ],
            outcomes);
    }

    [Fact]
    public void Arm_summaries_hold_the_count_sum_and_sum_of_squares_of_the_outcomes()
    {
        var summaries = _warehouse.Rows("""
            select metric, metric_kind, arm, customers, value_sum, value_sum_squares, is_primary
            from marts.pilot_metric_summaries where pilot_id = 'P1'
            order by metric_position, arm desc
            """);

        // From the outcomes, by arm (pilot C1, C2; control C3, C4):
        // engagement 1,0 | 1,1; roll 1,0 | 0,0; nps +100 | 0,-100 (C2 left out);
        // spend 40, 0 (C2's purchase is a day late) | 15.50 + 4.50 = 20, 0; visits 1,0 | 0,1;
        // conversion 1,0 | 1,0. Sum of squares: 100^2 = 10000, 40^2 = 1600, 20^2 = 400.
        Assert.Equal(
            [
                "engagement_rate | rate | pilot | 2 | 1 | 1 | true",
                "engagement_rate | rate | control | 2 | 2 | 2 | true",
                "roll_to_30_plus_rate | rate | pilot | 2 | 1 | 1 | false",
                "roll_to_30_plus_rate | rate | control | 2 | 0 | 0 | false",
                "nps | nps | pilot | 1 | 100 | 10000 | false",
                "nps | nps | control | 2 | -100 | 10000 | false",
                "spend_per_customer | mean | pilot | 2 | 40 | 1600 | false",
                "spend_per_customer | mean | control | 2 | 20 | 400 | false",
                "visit_rate | rate | pilot | 2 | 1 | 1 | false",
                "visit_rate | rate | control | 2 | 1 | 1 | false",
                "conversion_rate | rate | pilot | 2 | 1 | 1 | false",
                "conversion_rate | rate | control | 2 | 1 | 1 | false",
            ],
            summaries);
    }

    [Fact]
    public void An_arm_without_customers_still_has_a_summary_row()
    {
        var summaries = _warehouse.Rows("""
            select metric, arm, customers, value_sum from marts.pilot_metric_summaries
            where pilot_id = 'P2' order by arm desc
            """);

        // P2 lists only visit_rate and assigned only C1, to control; C1 visited on 11 January.
        Assert.Equal(["visit_rate | pilot | 0 | 0", "visit_rate | control | 1 | 1"], summaries);
    }
}
