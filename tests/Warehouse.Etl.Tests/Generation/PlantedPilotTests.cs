using System.Globalization;
using Warehouse.Etl.Generation;

namespace Warehouse.Etl.Tests.Generation;

/// <summary>
/// The two generated pilots: their declarations in the files, how each assigned its customers, and the
/// planted effects. The expected arm values are computed here from the files by the pilot metric catalogue,
/// independently of the generator's own tally.
/// </summary>
[Collection(GeneratedPortfolioCollection.Name)]
public sealed class PlantedPilotTests(GeneratedPortfolioFixture portfolio)
{
    /// <summary>Per pilot and arm, each customer's window values summed by the catalogue's definitions.</summary>
    private const string ArmValues = """
        with assigned as (
            select
                a.pilot_id,
                a.customer_id,
                a.arm,
                a.assigned_date,
                a.assigned_date + p.outcome_window_days as window_end_date,
            from assignments as a
            inner join pilots as p using (pilot_id)
        ),

        month_ends as (
            select
                a.pilot_id,
                a.customer_id,
                count(r.account_id) as snapshots,
                coalesce(max(case when r.days_past_due >= 30 then 1 else 0 end), 0) as rolled,
                sum(r.amount_paid) as paid,
                sum(r.amount_due) as due,
            from assigned as a
            left join risk as r
                on r.customer_id = a.customer_id
                and r.as_of_date > a.assigned_date
                and r.as_of_date <= a.window_end_date
            group by all
        ),

        digital as (
            select a.pilot_id, a.customer_id, count(e.event_id) as actions,
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
            select a.pilot_id, a.customer_id, arg_max(s.score, s.responded_at) as score,
            from assigned as a
            inner join surveys as s
                on s.customer_id = a.customer_id
                and cast(s.responded_at as date) > a.assigned_date
                and cast(s.responded_at as date) <= a.window_end_date
            group by all
        )

        select
            a.pilot_id || ' ' || a.arm as arm,
            count(*) as customers,
            avg(m.rolled) as roll_to_30_plus_rate,
            avg(case when d.actions > 0 then 1 else 0 end) as engagement_rate,
            avg(d.actions) as digital_actions,
            avg(case when l.score >= 9 then 100 when l.score >= 7 then 0 when l.score >= 0 then -100 end) as nps,
            count(l.score) as nps_customers,
            sum(m.paid) filter (where m.snapshots > 0) / sum(m.due) filter (where m.snapshots > 0) as paid_over_due,
            count(*) filter (where m.snapshots > 0) as paid_over_due_customers,
        from assigned as a
        inner join month_ends as m using (pilot_id, customer_id)
        inner join digital as d using (pilot_id, customer_id)
        left join latest_answer as l using (pilot_id, customer_id)
        group by all
        order by all
        """;

    private static readonly string[] Columns =
        ["arm", "customers", "roll_to_30_plus_rate", "engagement_rate", "digital_actions", "nps", "nps_customers",
         "paid_over_due", "paid_over_due_customers"];

    private PlantedPilot EarlyOutreach => portfolio.Result.Truth.Pilots.Single(p => p.PilotId == "early-outreach");

    private PlantedPilot DigitalCoaching => portfolio.Result.Truth.Pilots.Single(p => p.PilotId == "digital-coaching");

    [Fact]
    public void The_pilot_rows_state_each_design_and_window()
    {
        var pilots = portfolio.Queries.Rows("""
            select
                p.pilot_id, p.design, p.outcome_window_days, p.planned_split,
                p.start_date = a.first_assigned, p.end_date = a.last_assigned + p.outcome_window_days,
            from pilots as p
            inner join (
                select pilot_id, min(assigned_date) as first_assigned, max(assigned_date) as last_assigned,
                from assignments
                group by pilot_id
            ) as a using (pilot_id)
            order by p.pilot_id
            """);

        Assert.Equal(
            [
                "digital-coaching | observational | 60 | 0.5000 | True | True",
                "early-outreach | randomised | 90 | 0.5000 | True | True",
            ],
            pilots.Select(Line));
    }

    [Fact]
    public void The_goals_declare_a_primary_metric_guardrails_with_margins_and_secondaries_of_every_kind()
    {
        var goals = portfolio.Queries.Rows(
            "select pilot_id, position, metric, role, direction, margin from pilot_goals order by pilot_id, position");

        Assert.Equal(
            [
                "digital-coaching | 1 | digital_actions | primary | increase | ",
                "digital-coaching | 2 | engagement_rate | secondary | increase | ",
                "digital-coaching | 3 | nps | guardrail | increase | 2.0000",
                "early-outreach | 1 | roll_to_30_plus_rate | primary | decrease | ",
                "early-outreach | 2 | nps | guardrail | increase | 2.0000",
                "early-outreach | 3 | engagement_rate | secondary | increase | ",
                "early-outreach | 4 | digital_actions | secondary | increase | ",
                "early-outreach | 5 | paid_over_due | secondary | increase | ",
            ],
            goals.Select(Line));
    }

    [Fact]
    public void The_randomised_pilot_splits_about_evenly_and_matches_the_truth()
    {
        var pilotArm = portfolio.Queries.Scalar<long>(
            "select count(*) from assignments where pilot_id = 'early-outreach' and arm = 'pilot'");
        var assigned = portfolio.Queries.Scalar<long>(
            "select count(*) from assignments where pilot_id = 'early-outreach'");

        // Binomial(assigned, 0.5): a share this far from a half has probability below 0.05%. The fixture's
        // seed happens to give z = -3.2 (probability 0.15%); over seeds 42 to 50 the arms hold 3,127 and 3,114.
        var z = (pilotArm - assigned / 2.0) / Math.Sqrt(assigned * 0.25);
        Assert.InRange(z, -3.5, 3.5);
        Assert.InRange(assigned, 200, portfolio.Options.Customers / 4);
        Assert.Equal((EarlyOutreach.AssignedCustomers, EarlyOutreach.PilotCustomers), ((int)assigned, (int)pilotArm));
    }

    [Fact]
    public void Customers_are_assigned_on_a_month_end_while_still_under_30_days_past_due()
    {
        var offDay = portfolio.Queries.Scalar<long>(
            "select count(*) from assignments where assigned_date <> last_day(assigned_date)");
        var alreadyBehind = portfolio.Queries.Scalar<long>("""
            select count(*)
            from assignments as a
            inner join risk as r on r.customer_id = a.customer_id and r.as_of_date = a.assigned_date
            where a.pilot_id = 'early-outreach' and (r.days_past_due >= 30 or r.is_charged_off)
            """);
        var inBoth = portfolio.Queries.Scalar<long>(
            "select count(*) from (select customer_id from assignments group by all having count(*) > 1)");

        Assert.Equal(0, offDay);
        Assert.Equal(0, alreadyBehind);
        Assert.Equal(0, inBoth);
    }

    [Fact]
    public void The_observational_pilot_chose_the_lower_income_bands_who_were_riskier_before_treatment()
    {
        // The customer snapshot of the assignment month end holds the band the lender saw; the bureau score of
        // that month end shows the risk.
        var arms = portfolio.Queries.Rows("""
            select
                a.arm,
                count(*) filter (where c.income_band in ('low', 'lower_middle')) as chosen_bands,
                count(*) as customers,
                avg(r.bureau_score) as bureau_score,
            from assignments as a
            inner join customers as c on c.customer_id = a.customer_id and c.snapshot_date = a.assigned_date
            inner join (
                select customer_id, as_of_date, min(bureau_score) as bureau_score from risk group by all
            ) as r on r.customer_id = a.customer_id and r.as_of_date = a.assigned_date
            where a.pilot_id = 'digital-coaching'
            group by all
            """).ToDictionary(r => (string)r[0]!);

        var (pilot, control) = (arms["pilot"], arms["control"]);
        Assert.Equal(Number(pilot[2]), Number(pilot[1]));
        Assert.Equal(0, Number(control[1]));
        Assert.True(
            Number(pilot[3]) < Number(control[3]) - 10,
            $"pilot arm bureau score {Number(pilot[3]):F1} should be well below the comparison's "
            + $"{Number(control[3]):F1}");
        Assert.Equal(DigitalCoaching.PilotCustomers, (int)Number(pilot[2]));
        Assert.Equal(DigitalCoaching.ControlCustomers, (int)Number(control[2]));
    }

    [Fact]
    public void Observed_arm_values_in_the_truth_are_what_the_files_give_by_the_metric_catalogue()
    {
        var arms = portfolio.Queries.Rows(ArmValues).ToDictionary(r => (string)r[0]!);

        foreach (var truth in portfolio.Result.Truth.Pilots)
        {
            foreach (var effect in truth.Effects)
            {
                var valueOrdinal = Array.IndexOf(Columns, effect.Metric);
                var customersOrdinal = effect.Metric switch
                {
                    "nps" => Array.IndexOf(Columns, "nps_customers"),
                    "paid_over_due" => Array.IndexOf(Columns, "paid_over_due_customers"),
                    _ => 1,
                };
                var (pilot, control) = (arms[truth.PilotId + " pilot"], arms[truth.PilotId + " control"]);
                var where = $"{truth.PilotId} {effect.Metric}";
                Assert.True(valueOrdinal > 1, where);
                Assert.Equal((effect.ObservedPilotCustomers, where), ((int)Number(pilot[customersOrdinal]), where));
                Assert.Equal((effect.ObservedControlCustomers, where), ((int)Number(control[customersOrdinal]), where));
                Assert.Equal(effect.ObservedPilotValue!.Value, Number(pilot[valueOrdinal]), 9);
                Assert.Equal(effect.ObservedControlValue!.Value, Number(control[valueOrdinal]), 9);
            }
        }
    }

    [Fact]
    public void The_planted_effects_show_in_the_files_in_the_planted_direction()
    {
        var arms = portfolio.Queries.Rows(ArmValues).ToDictionary(r => (string)r[0]!);
        double Lift(string pilot, string metric) =>
            Number(arms[pilot + " pilot"][Array.IndexOf(Columns, metric)])
            - Number(arms[pilot + " control"][Array.IndexOf(Columns, metric)]);

        Assert.True(Lift("early-outreach", "roll_to_30_plus_rate") < 0, "roll to 30+ should fall");
        Assert.True(Lift("early-outreach", "engagement_rate") > 0, "engagement should rise");
        Assert.True(Lift("early-outreach", "nps") > 0, "NPS should rise");
        Assert.True(Lift("early-outreach", "digital_actions") > 0, "digital actions should rise");
        Assert.True(Lift("digital-coaching", "digital_actions") > 0, "coaching should raise digital actions");
    }

    [Fact]
    public void The_true_effect_is_the_difference_of_both_arms_over_the_effect_population()
    {
        foreach (var truth in portfolio.Result.Truth.Pilots)
        {
            var population = truth.Design == "observational" ? truth.PilotCustomers : truth.AssignedCustomers;
            foreach (var effect in truth.Effects)
            {
                var difference = effect.ValueIfAllPilot!.Value - effect.ValueIfAllControl!.Value;
                Assert.Equal(difference, effect.TrueEffect!.Value, 12);
                if (effect.MetricKind is "rate" or "count")
                {
                    Assert.Equal(population, effect.CustomersIfAllPilot);
                    Assert.Equal(population, effect.CustomersIfAllControl);
                }
            }
        }

        var outreach = EarlyOutreach.Effects.ToDictionary(e => e.Metric, e => e.TrueEffect!.Value);
        Assert.InRange(outreach["roll_to_30_plus_rate"], -0.2, -0.02);
        Assert.InRange(outreach["engagement_rate"], 0.02, 0.2);
        Assert.InRange(outreach["nps"], 10, 60);
        Assert.InRange(outreach["digital_actions"], 0.5, 6);
        Assert.InRange(outreach["paid_over_due"], 0.01, 0.5);
        var coaching = DigitalCoaching.Effects.ToDictionary(e => e.Metric, e => e.TrueEffect!.Value);
        Assert.InRange(coaching["digital_actions"], 0.5, 6);
    }

    [Fact]
    public void Difference_in_differences_on_the_files_finds_the_observational_pilots_true_effect()
    {
        // Each customer's digital actions over the outcome window and over the pre-period (the same 60 days
        // ending the day before assignment); the estimate is the pilot arm's change minus the comparison's,
        // with the standard error of a difference of two independent means of changes.
        var row = portfolio.Queries.Rows("""
            with assigned as (
                select a.customer_id, a.arm, a.assigned_date, p.outcome_window_days as days,
                from assignments as a
                inner join pilots as p using (pilot_id)
                where a.pilot_id = 'digital-coaching'
            ),

            digital as (
                select * from engagement
                where direction = 'inbound'
                    and (
                        event_type in ('login', 'click', 'app_action', 'visit', 'purchase')
                        or (event_type = 'call' and channel = 'phone')
                    )
            ),

            changes as (
                select
                    a.arm,
                    count(e.event_id) filter (
                        where cast(e.event_at as date) > a.assigned_date
                            and cast(e.event_at as date) <= a.assigned_date + a.days
                    ) - count(e.event_id) filter (
                        where cast(e.event_at as date) > a.assigned_date - 1 - a.days
                            and cast(e.event_at as date) <= a.assigned_date - 1
                    ) as change,
                from assigned as a
                left join digital as e on e.customer_id = a.customer_id
                group by a.customer_id, a.arm
            ),

            arms as (
                select arm, avg(change) as mean, var_samp(change) / count(*) as variance_of_mean,
                from changes
                group by arm
            )

            select
                (select mean from arms where arm = 'pilot') - (select mean from arms where arm = 'control'),
                sqrt((select sum(variance_of_mean) from arms)),
            """).Single();
        var (estimate, standardError) = (Number(row[0]), Number(row[1]));
        var truth = DigitalCoaching.Effects.Single(e => e.Metric == "digital_actions").TrueEffect!.Value;

        Assert.True(
            Math.Abs(estimate - truth) < 3 * standardError,
            $"difference-in-differences {estimate:F3} (se {standardError:F3}) against the true {truth:F3}");
    }

    private static string Line(object?[] row) =>
        string.Join(" | ", row.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));

    private static double Number(object? value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);
}
