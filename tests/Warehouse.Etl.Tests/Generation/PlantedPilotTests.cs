using System.Globalization;
using Warehouse.Etl.Generation;

namespace Warehouse.Etl.Tests.Generation;

/// <summary>
/// The early-outreach pilot: its design in the files, random assignment, and the planted effect. The
/// expected arm values are computed here from the files by the pilot metric catalogue, independently of
/// the generator's own tally.
/// </summary>
[Collection(GeneratedPortfolioCollection.Name)]
public sealed class PlantedPilotTests(GeneratedPortfolioFixture portfolio)
{
    private const string ArmValues = """
        with assigned as (
            select
                a.customer_id,
                a.arm,
                a.assigned_date,
                a.assigned_date + p.outcome_window_days as window_end_date,
            from assignments as a
            inner join pilots as p using (pilot_id)
        ),

        rolled as (
            select a.customer_id, coalesce(max(case when r.days_past_due >= 30 then 1 else 0 end), 0) as value,
            from assigned as a
            left join risk as r
                on r.customer_id = a.customer_id
                and r.as_of_date > a.assigned_date
                and r.as_of_date <= a.window_end_date
            group by all
        ),

        engaged as (
            select a.customer_id, case when count(e.event_id) > 0 then 1 else 0 end as value,
            from assigned as a
            left join engagement as e
                on e.customer_id = a.customer_id
                and cast(e.event_at as date) > a.assigned_date
                and cast(e.event_at as date) <= a.window_end_date
                and e.direction = 'inbound'
                and (
                    e.event_type in ('login', 'click', 'app_action', 'visit', 'purchase')
                    or (e.event_type = 'call' and e.channel = 'phone')
                )
            group by all
        ),

        latest_answer as (
            select a.customer_id, arg_max(s.score, s.responded_at) as score,
            from assigned as a
            inner join surveys as s
                on s.customer_id = a.customer_id
                and cast(s.responded_at as date) > a.assigned_date
                and cast(s.responded_at as date) <= a.window_end_date
            group by all
        )

        select
            a.arm,
            count(*) as customers,
            avg(rolled.value) as roll_to_30_plus_rate,
            avg(engaged.value) as engagement_rate,
            avg(case when l.score >= 9 then 100 when l.score >= 7 then 0 when l.score >= 0 then -100 end) as nps,
            count(l.score) as nps_customers,
        from assigned as a
        inner join rolled using (customer_id)
        inner join engaged using (customer_id)
        left join latest_answer as l using (customer_id)
        group by all
        order by a.arm
        """;

    private PlantedPilot Truth => portfolio.Result.Truth.Pilots.Single();

    [Fact]
    public void The_pilot_row_states_the_early_outreach_design()
    {
        var pilot = portfolio.Queries.Rows(
            "select pilot_id, metrics, outcome_window_days, planned_split, start_date, end_date, "
            + "(select min(assigned_date) from assignments), "
            + "(select max(assigned_date) + 90 from assignments) "
            + "from pilots").Single();

        Assert.Equal("early-outreach", pilot[0]);
        Assert.Equal("roll_to_30_plus_rate;nps;engagement_rate", pilot[1]);
        Assert.Equal(90, pilot[2]);
        Assert.Equal(0.5m, pilot[3]);
        Assert.Equal(pilot[6], pilot[4]);
        Assert.Equal(pilot[7], pilot[5]);
    }

    [Fact]
    public void Assignments_split_about_evenly_and_match_the_truth()
    {
        var pilotArm = portfolio.Queries.Scalar<long>("select count(*) from assignments where arm = 'pilot'");
        var assigned = portfolio.Queries.Scalar<long>("select count(*) from assignments");

        // Binomial(assigned, 0.5): a share this far from a half has probability below 0.3%.
        var z = (pilotArm - assigned / 2.0) / Math.Sqrt(assigned * 0.25);
        Assert.InRange(z, -3, 3);
        Assert.InRange(assigned, 200, portfolio.Options.Customers / 4);
        Assert.Equal((Truth.AssignedCustomers, Truth.PilotCustomers), ((int)assigned, (int)pilotArm));
    }

    [Fact]
    public void Customers_are_assigned_on_the_first_of_a_month_while_still_under_30_days_past_due()
    {
        var offDay = portfolio.Queries.Scalar<long>("select count(*) from assignments where day(assigned_date) <> 1");
        var alreadyBehind = portfolio.Queries.Scalar<long>("""
            select count(*)
            from assignments as a
            inner join risk as r on r.customer_id = a.customer_id and r.as_of_date = a.assigned_date - 1
            where r.days_past_due >= 30 or r.is_charged_off
            """);

        Assert.Equal(0, offDay);
        Assert.Equal(0, alreadyBehind);
    }

    [Fact]
    public void Observed_arm_values_in_the_truth_are_what_the_files_give_by_the_metric_catalogue()
    {
        var arms = portfolio.Queries.Rows(ArmValues).ToDictionary(r => (string)r[0]!);

        foreach (var effect in Truth.Effects)
        {
            var ordinal = effect.Metric switch
            {
                "roll_to_30_plus_rate" => 2,
                "engagement_rate" => 3,
                _ => 4,
            };
            var customersOrdinal = effect.Metric == "nps" ? 5 : 1;
            var (pilot, control) = (arms["pilot"], arms["control"]);
            Assert.Equal(effect.ObservedPilotCustomers, (int)Number(pilot[customersOrdinal]));
            Assert.Equal(effect.ObservedControlCustomers, (int)Number(control[customersOrdinal]));
            Assert.Equal(effect.ObservedPilotValue!.Value, Number(pilot[ordinal]), 9);
            Assert.Equal(effect.ObservedControlValue!.Value, Number(control[ordinal]), 9);
        }
    }

    [Fact]
    public void The_planted_effect_shows_in_the_files_in_the_planted_direction()
    {
        var arms = portfolio.Queries.Rows(ArmValues).ToDictionary(r => (string)r[0]!);
        double Lift(int ordinal) => Number(arms["pilot"][ordinal]) - Number(arms["control"][ordinal]);

        Assert.True(Lift(2) < 0, $"roll to 30+ lift {Lift(2):F4} should be negative");
        Assert.True(Lift(3) > 0, $"engagement lift {Lift(3):F4} should be positive");
        Assert.True(Lift(4) > 0, $"NPS lift {Lift(4):F2} should be positive");
    }

    [Fact]
    public void The_true_effect_is_the_difference_of_both_arms_over_every_assigned_customer()
    {
        foreach (var effect in Truth.Effects)
        {
            Assert.Equal(effect.ValueIfAllPilot!.Value - effect.ValueIfAllControl!.Value, effect.TrueEffect!.Value, 12);
            if (effect.MetricKind == "rate")
            {
                Assert.Equal(Truth.AssignedCustomers, effect.CustomersIfAllPilot);
                Assert.Equal(Truth.AssignedCustomers, effect.CustomersIfAllControl);
            }
        }

        var effects = Truth.Effects.ToDictionary(e => e.Metric, e => e.TrueEffect!.Value);
        Assert.InRange(effects["roll_to_30_plus_rate"], -0.2, -0.02);
        Assert.InRange(effects["engagement_rate"], 0.02, 0.2);
        Assert.InRange(effects["nps"], 10, 60);
    }

    private static double Number(object? value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);
}
