using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Etl.Lift;

namespace Warehouse.Etl.Tests.Lift;

/// <summary>What <c>warehouse pilot plan</c> computes and prints, on the hand-worked warehouse.</summary>
public sealed class PilotPlanTests : IDisposable
{
    private readonly TinyPilotWarehouse _warehouse = new();

    [Fact]
    public void A_requested_size_level_and_power_replace_the_defaults_and_nothing_is_written()
    {
        // roll_to_30_plus_rate: s = √(61.2/479) from collect-sms's control arm; at 5,000 customers, 50/50,
        // α = 0.10 and power 0.9: MDE = (1.644854 + 1.281552) × s × √(1/2500 + 1/2500).
        var report = Analyse("winter-letter", new PowerOptions(0.10, 0.90, 5_000));
        var roll = report.Power.Single(p => p.Metric == "roll_to_30_plus_rate");
        var expected = (1.6448536269514729 + 1.2815515655446004) * Math.Sqrt(61.2 / 479) * Math.Sqrt(2.0 / 2500);

        Assert.Equal((5_000L, "requested"), (roll.Customers!.Value, roll.SizeBasis));
        Assert.Equal(expected, roll.MdeAbsolute!.Value, 9);
        Assert.Equal(
            0,
            _warehouse.Connection.QuerySingle<long>(
                "select count(*) from information_schema.tables where table_name in ('pilot_lift', 'pilot_power')"));
    }

    [Fact]
    public void A_guardrail_before_any_data_is_sized_to_show_a_zero_effect_within_its_margin()
    {
        // nps baseline: collect-sms's control arm, 180 answers summing to 0 with Σ² = 1,260,000:
        // s² = 1,260,000/179. Margin 3 points, nothing seen yet:
        // N = (z₀.₉₇₅ + z₀.₈)² · s² · 4 / 3² = 24,555.2 → 24,556.
        var nps = Analyse("winter-letter", PowerOptions.Default).Power.Single(p => p.Metric == "nps");
        var multiplier = 1.959963984540054 + 0.8416212335729143;

        Assert.Equal(Math.Sqrt(1_260_000.0 / 179), nps.BaselineSd!.Value, 9);
        Assert.Null(nps.ObservedLift);
        Assert.Equal((long)Math.Ceiling(multiplier * multiplier * 1_260_000.0 / 179 * 4 / 9), nps.CustomersNeeded);
    }

    [Fact]
    public void A_metric_without_a_baseline_says_so_instead_of_a_number()
    {
        _warehouse.Connection.Execute("delete from marts.pilot_metric_summaries where metric = 'nps'");

        var nps = Analyse("winter-letter", PowerOptions.Default).Power.Single(p => p.Metric == "nps");

        Assert.Null(nps.MdeAbsolute);
        Assert.Contains("No baseline in the warehouse", nps.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plan_prints_one_table_per_pilot_within_120_columns()
    {
        var text = PilotPlanFormatter.Format(Analyse(null, PowerOptions.Default).Power);
        var lines = text.Split('\n');

        Assert.Contains(
            lines,
            l => l.StartsWith("Pilot winter-letter (planned): 2,000 customers (planned)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.TrimStart().StartsWith("roll_to_30_plus_rate", StringComparison.Ordinal)
            && l.Contains("4.48 pp", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(l.Length <= 120, l));
    }

    [Fact]
    public void The_plan_labels_an_observational_pilot_and_one_whose_figures_are_not_decision_ready()
    {
        // branch-visit is observational; app-nudge has 900 of 1,000 customers against 800 planned, p = 2.7e-15.
        var lines = PilotPlanFormatter.Format(Analyse(null, PowerOptions.Default).Power).Split('\n');
        var nudge = Array.FindIndex(lines, l => l.StartsWith("Pilot app-nudge (running)", StringComparison.Ordinal));
        var sms = Array.FindIndex(lines, l => l.StartsWith("Pilot collect-sms (complete)", StringComparison.Ordinal));

        Assert.Contains(
            lines, l => l.StartsWith("Pilot branch-visit (complete, observational)", StringComparison.Ordinal));
        Assert.StartsWith("  NOT DECISION-READY", lines[nudge + 1], StringComparison.Ordinal);
        Assert.DoesNotContain("DECISION-READY", lines[sms + 1], StringComparison.Ordinal);
    }

    public void Dispose() => _warehouse.Dispose();

    private LiftReport Analyse(string? pilotId, PowerOptions options) =>
        new PilotLiftJob(NullLogger<PilotLiftJob>.Instance).Analyse(_warehouse.Connection, pilotId, options);
}
