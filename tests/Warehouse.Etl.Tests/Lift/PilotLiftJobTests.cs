using Dapper;
using MathNet.Numerics.Distributions;
using Microsoft.Extensions.Logging;
using Warehouse.Etl.Lift;

namespace Warehouse.Etl.Tests.Lift;

public sealed class PilotLiftJobTests : IDisposable
{
    // The columns of marts.pilot_lift before the lift interface, in order: kept as they were.
    private static readonly string[] EarlierColumns =
    [
        "pilot_id", "pilot_name", "metric", "metric_kind", "is_primary", "pilot_customers", "control_customers",
        "pilot_mean", "control_mean", "absolute_lift", "absolute_ci_low", "absolute_ci_high", "relative_lift",
        "relative_ci_low", "relative_ci_high", "t_statistic", "p_value", "srm_pilot_share", "planned_split",
        "srm_p_value", "is_srm_mismatch", "note",
    ];

    // The columns the lift interface adds to marts.pilot_lift by name.
    private static readonly string[] InterfaceColumns =
    [
        "role", "direction", "margin", "design", "variance_reduction", "adjusted_p_value", "adjustment_method",
        "goal_verdict", "verdict_reason",
    ];

    private readonly TinyPilotWarehouse _warehouse = new();
    private readonly RecordingLogger<PilotLiftJob> _logger = new();

    [Fact]
    public void Every_declared_goal_gets_a_row_ordered_by_pilot_then_declared_order()
    {
        var report = Run();

        Assert.Equal(
            [
                ("app-nudge", "engagement_rate", GoalRole.Primary),
                ("branch-visit", "balance_paid", GoalRole.Primary),
                ("collect-sms", "roll_to_30_plus_rate", GoalRole.Primary),
                ("collect-sms", "engagement_rate", GoalRole.Secondary),
                ("collect-sms", "nps", GoalRole.Guardrail),
                ("winter-letter", "roll_to_30_plus_rate", GoalRole.Primary),
                ("winter-letter", "nps", GoalRole.Guardrail),
            ],
            report.Estimates.Select(e => (e.PilotId, e.Metric, e.Role)));
        Assert.Equal(7, Count("select count(*) from marts.pilot_lift"));
        Assert.Equal(4, Count("select count(*) from marts.pilot_verdicts"));
        Assert.Equal(7, Count("select count(*) from marts.pilot_power"));
    }

    [Fact]
    public void The_lift_table_keeps_its_earlier_columns_and_adds_the_interface_ones()
    {
        Run();

        var columns = Columns("pilot_lift");

        Assert.Equal(EarlierColumns, columns.Take(EarlierColumns.Length));
        Assert.All(InterfaceColumns, c => Assert.Contains(c, columns));
        Assert.Equal(
            ["pilot_id", "design", "verdict", "reason", "srm_p_value", "is_decision_ready"],
            Columns("pilot_verdicts").Intersect(
                ["pilot_id", "design", "verdict", "reason", "srm_p_value", "is_decision_ready"]));
        Assert.Equal(["pilot_id", "metric", "as_of_month"], Columns("pilot_lift_monthly").Take(3));
    }

    [Fact]
    public void The_primary_metric_row_holds_the_hand_worked_figures_and_is_met()
    {
        // Roll to 30+: pilot 52/520 = 0.10, control 72/480 = 0.15, lift −0.05.
        // Sample variances: (52 − 52²/520)/519 = 46.8/519 and (72 − 72²/480)/479 = 61.2/479;
        // SE = √(46.8/519/520 + 61.2/479/480) = 0.0209664; t = −0.05/0.0209664 = −2.384768 (df ≈ 939,
        // so p is close to the normal 2·Φ(−2.3848) = 0.01709). The interval, about −0.05 ± 1.96 × 0.021 =
        // [−0.091, −0.009], lies below zero and lower is better: met.
        // Sample ratio: 520 of 1,000 against 500 planned: χ² = 20²/500 + 20²/500 = 1.6,
        // p = erfc(√0.8) = 0.205903.
        Run();

        var row = _warehouse.Connection.QuerySingle<(long Pilot, long Control, double PilotMean, double ControlMean,
            double Lift, double T, double P)>(
            """
            select pilot_customers, control_customers, pilot_mean, control_mean, absolute_lift, t_statistic, p_value,
            from marts.pilot_lift
            where pilot_id = 'collect-sms' and metric = 'roll_to_30_plus_rate'
            """);
        var srm = _warehouse.Connection.QuerySingle<(double Share, decimal Planned, double P, bool Mismatch,
            string Verdict, string Basis)>(
            """
            select srm_pilot_share, planned_split, srm_p_value, is_srm_mismatch, goal_verdict, decision_basis,
            from marts.pilot_lift
            where pilot_id = 'collect-sms' and metric = 'roll_to_30_plus_rate'
            """);

        Assert.Equal((520, 480), (row.Pilot, row.Control));
        Assert.Equal(0.10, row.PilotMean, 12);
        Assert.Equal(0.15, row.ControlMean, 12);
        Assert.Equal(-0.05, row.Lift, 12);
        Assert.Equal(-2.3847679653534297, row.T, 9);
        Assert.Equal(0.01709, row.P, 3);
        Assert.Equal(0.52, srm.Share, 12);
        Assert.Equal(0.5m, srm.Planned);
        Assert.Equal(0.20590321073206833, srm.P, 10);
        Assert.False(srm.Mismatch);
        Assert.Equal(("met", "raw"), (srm.Verdict, srm.Basis));
    }

    [Fact]
    public void The_nps_guardrail_holds_within_its_margin()
    {
        // NPS: pilot (90 − 50)/200 = +20, control 0. Three-way split variances 10,000·(0.70 − 0.20²)/200 = 33
        // and 10,000·(0.70 − 0)/180 = 38.889; SE = √71.889 = 8.4787; interval 20 ± 1.96 × 8.4787 =
        // [3.38, 36.62]. Higher is better, so the worst case is an improvement of 3.38 points: well inside a
        // worsening margin of 5.
        var nps = Run().Estimates.Single(e => e.PilotId == "collect-sms" && e.Metric == "nps");

        Assert.Equal(NpsDifference.Method, nps.IntervalMethod);
        Assert.Equal(3.3817, nps.AbsoluteCiLow!.Value, 3);
        Assert.Equal(Verdict.Met, nps.GoalVerdict);
        Assert.Contains("margin of 5.0 pts", nps.VerdictReason, StringComparison.Ordinal);
        Assert.Contains("control mean is zero", nps.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_secondary_metric_keeps_its_p_value_under_holm()
    {
        var engagement = Run().Estimates.Single(e => e.PilotId == "collect-sms" && e.Metric == "engagement_rate");

        Assert.Equal(engagement.PValue, engagement.AdjustedPValue);
        Assert.Equal("holm", engagement.AdjustmentMethod);
        Assert.Equal(Verdict.Met, engagement.GoalVerdict);
    }

    [Fact]
    public void A_pilot_whose_primary_and_guardrail_are_met_is_met()
    {
        Run();

        var verdict = _warehouse.Connection.QuerySingle<(string Verdict, string Reason, bool Ready, string Design)>(
            "select verdict, reason, is_decision_ready, design, from marts.pilot_verdicts "
            + "where pilot_id = 'collect-sms'");

        Assert.Equal(("met", true, "randomised"), (verdict.Verdict, verdict.Ready, verdict.Design));
        Assert.StartsWith("Primary roll_to_30_plus_rate: Met:", verdict.Reason, StringComparison.Ordinal);
        Assert.Contains("Every guardrail holds (nps)", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_split_makes_the_pilot_and_its_goals_not_decision_ready()
    {
        // app-nudge: 900 of 1,000 against 800 planned: χ² = 100²/800 + 100²/200 = 62.5,
        // p = erfc(√31.25) = 2.66e-15.
        var report = Run();
        var estimate = report.Estimates.Single(e => e.PilotId == "app-nudge");
        var verdict = report.Verdicts.Single(v => v.PilotId == "app-nudge");

        Assert.Equal(0, estimate.ControlCustomers);
        Assert.Null(estimate.AbsoluteLift);
        Assert.Contains("control arm 0 customers", estimate.Note, StringComparison.Ordinal);
        Assert.True(estimate.IsSrmMismatch);
        Assert.Equal(1, estimate.SrmPValue!.Value / 2.66444638923592e-15, 6);
        Assert.Equal(Verdict.NotDecisionReady, estimate.GoalVerdict);
        Assert.Equal(Verdict.NotDecisionReady, verdict.Verdict);
        Assert.False(verdict.IsDecisionReady);
        Assert.Contains("sample-ratio check fails: 90.00%", verdict.Reason, StringComparison.Ordinal);
        Assert.Contains(
            _logger.Entries,
            e => e.Level == LogLevel.Warning && e.Message.Contains("app-nudge", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("customers_in_both_arms", "3 customer(s) assigned to both arms")]
    [InlineData("outcomes_before_assignment", "3 outcome(s) dated on or before assignment")]
    public void A_failing_integrity_check_makes_the_pilot_not_decision_ready(string check, string said)
    {
        _warehouse.Connection.Execute(
            $"""
            update marts.pilot_integrity set failing = 3, detail = 'see the assignments'
            where pilot_id = 'collect-sms' and check_name = '{check}'
            """);

        var report = Run();
        var verdict = report.Verdicts.Single(v => v.PilotId == "collect-sms");

        Assert.Equal(Verdict.NotDecisionReady, verdict.Verdict);
        Assert.Equal(3, verdict.IntegrityFailures);
        Assert.Contains(said, verdict.Reason, StringComparison.Ordinal);
        Assert.All(
            report.Estimates.Where(e => e.PilotId == "collect-sms"),
            e => Assert.Equal(Verdict.NotDecisionReady, e.GoalVerdict));
        Assert.NotNull(report.Estimates.First(e => e.PilotId == "collect-sms").PValue);
    }

    [Fact]
    public void A_pilot_that_is_not_decision_ready_is_marked_so_in_its_lift_over_time_and_power_rows()
    {
        // collect-sms is met (see above) until a customer turns up in both arms; app-nudge fails its
        // sample-ratio check. Both marts show figures of the pilot, so both carry its verdict's readiness.
        Run();
        var before = Readiness("pilot_lift_monthly", "collect-sms");
        _warehouse.Connection.Execute(
            """
            update marts.pilot_integrity set failing = 1, detail = 'see the assignments'
            where pilot_id = 'collect-sms' and check_name = 'customers_in_both_arms'
            """);

        Run();

        Assert.Equal([true], before);
        Assert.Equal([false], Readiness("pilot_lift_monthly", "collect-sms"));
        Assert.Equal([false], Readiness("pilot_power", "collect-sms"));
        Assert.Equal([false], Readiness("pilot_power", "app-nudge"));
        Assert.Equal(
            "observational",
            _warehouse.Connection.QuerySingle<string>(
                "select distinct design from marts.pilot_power where pilot_id = 'branch-visit'"));
    }

    [Fact]
    public void An_observational_pilot_is_measured_by_difference_in_differences_and_labelled()
    {
        // Changes y − x: pilot {1, 2, 3, 4} (mean 2.5, variance 5/3), comparison group {0, 1, 0, 1} (mean 0.5,
        // variance 1/3). DiD = 2.0; SE² = (5/3)/4 + (1/3)/4 = 0.5; df = 0.25/((5/12)²/3 + (1/12)²/3) = 54/13.
        // The pre-period gap is 1 − 0.5 = 0.5 in each of three months: slope 0, p = 1, trends parallel.
        var report = Run();
        var estimate = report.Estimates.Single(e => e.PilotId == "branch-visit");
        var verdict = report.Verdicts.Single(v => v.PilotId == "branch-visit");
        var halfWidth = StudentT.InvCDF(0, 1, 54.0 / 13, 0.975) * Math.Sqrt(0.5);

        Assert.Equal(PilotDesign.Observational, estimate.Design);
        Assert.Equal("difference_in_differences", estimate.DecisionBasis);
        Assert.Equal(2.0, estimate.DidLift!.Value, 12);
        Assert.Equal(2.0 - halfWidth, estimate.DidCiLow!.Value, 9);
        Assert.Equal(0, estimate.PreTrendSlope!.Value, 12);
        Assert.Equal(Verdict.Met, estimate.GoalVerdict);
        Assert.Contains("difference-in-differences (observational)", estimate.VerdictReason, StringComparison.Ordinal);
        Assert.StartsWith("Observational (not randomised).", verdict.Reason, StringComparison.Ordinal);
        Assert.Equal(
            "observational",
            _warehouse.Connection.QuerySingle<string>(
                "select design from marts.pilot_verdicts where pilot_id = 'branch-visit'"));
    }

    [Fact]
    public void Diverging_pre_period_trends_leave_an_observational_pilot_not_decision_ready()
    {
        // 400 customers an arm, variance 0.5 in each: the pilot arm's pre-period mean climbs 0.5, 1.0, 1.5
        // against a comparison group flat at 0.5. Σ = 400·mean, Σ² = Σ²/400 + 399 × 0.5. Each month's gap has
        // variance 0.5/400 × 2 = 0.0025, so the slope of 0.5 a month has SE √(0.0025/2) = 0.035: z ≈ 14.
        _warehouse.Connection.Execute(
            """
            update marts.pilot_pre_trends
            set
                customers = 400,
                value_sum = case when arm = 'pilot' then 200 * (month_offset + 4) else 200 end,
                value_sum_squares = case
                    when arm = 'pilot' then 100 * (month_offset + 4) * (month_offset + 4) + 199.5
                    else 299.5
                end
            where pilot_id = 'branch-visit'
            """);

        var estimate = Run().Estimates.Single(e => e.PilotId == "branch-visit");

        Assert.True(estimate.PreTrendPValue < PreTrendCheck.Threshold);
        Assert.Equal(Verdict.NotDecisionReady, estimate.GoalVerdict);
        Assert.Contains("already diverged before assignment", estimate.VerdictReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Lift_over_time_has_a_row_per_month_end()
    {
        // 31 January: 30/260 = 0.115385 against 36/240 = 0.15, lift −0.034615; 28 February: the final −0.05.
        var monthly = Run().Monthly.Where(m => m.PilotId == "collect-sms").ToList();

        Assert.Equal([new DateOnly(2026, 1, 31), new DateOnly(2026, 2, 28)], monthly.Select(m => m.AsOfMonth));
        Assert.Equal(30.0 / 260 - 0.15, monthly[0].Lift!.Value, 12);
        Assert.Equal(-0.05, monthly[1].Lift!.Value, 12);
        Assert.Equal(
            2,
            Count("select count(*) from marts.pilot_lift_monthly where pilot_id = 'collect-sms' and lift is not null"));
    }

    [Fact]
    public void A_planned_pilot_gets_its_minimum_detectable_effect_from_the_warehouse_baseline()
    {
        // Baseline of roll_to_30_plus_rate: the control arms in the warehouse, collect-sms's 72 of 480:
        // s² = (72 − 72²/480)/479 = 61.2/479, s = 0.357441. At 2,000 customers split 50/50, α = 0.05 and power
        // 0.8: MDE = (1.959964 + 0.841621) × 0.357441 × √(1/1000 + 1/1000) = 0.044783.
        var report = Run();
        var power = report.Power.Single(p => p.PilotId == "winter-letter" && p.Metric == "roll_to_30_plus_rate");
        var verdict = report.Verdicts.Single(v => v.PilotId == "winter-letter");
        var expected = (1.959963984540054 + 0.8416212335729143) * Math.Sqrt(61.2 / 479) * Math.Sqrt(2.0 / 1000);

        Assert.Equal(("planned", 2000L, "planned"), (power.Status, power.Customers!.Value, power.SizeBasis));
        Assert.Equal(Math.Sqrt(61.2 / 479), power.BaselineSd!.Value, 12);
        Assert.Equal(expected, power.MdeAbsolute!.Value, 9);
        Assert.Equal(expected / 0.15, power.MdeRelative!.Value, 9);
        Assert.Null(power.CustomersNeeded);
        Assert.Equal(Verdict.NotDecisionReady, verdict.Verdict);
        Assert.Contains("planned and has not started", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finished_pilot_gets_the_customers_needed_for_the_effect_seen()
    {
        // N = (z₀.₉₇₅ + z₀.₈)² · s² · (1/0.5 + 1/0.5) / 0.05² with s² = 61.2/479: 1,604.1 → 1,605.
        var power = Run().Power.Single(p => p.PilotId == "collect-sms" && p.Metric == "roll_to_30_plus_rate");
        var multiplier = 1.959963984540054 + 0.8416212335729143;

        Assert.Equal(-0.05, power.ObservedLift!.Value, 12);
        Assert.Equal(
            (long)Math.Ceiling(multiplier * multiplier * 61.2 / 479 * 4 / 0.0025),
            power.CustomersNeeded);
    }

    [Fact]
    public void Rerunning_one_pilot_replaces_only_that_pilots_rows_in_every_mart()
    {
        Run();
        _warehouse.Connection.Execute(
            """
            insert into marts.pilot_metric_summaries (pilot_id, metric, metric_kind, arm, customers, value_sum,
                value_sum_squares)
            values ('app-nudge', 'engagement_rate', 'rate', 'control', 100, 40, 40);
            update marts.pilot_metric_summaries
            set value_sum = 78, value_sum_squares = 78
            where pilot_id = 'collect-sms' and metric = 'roll_to_30_plus_rate' and arm = 'pilot';
            """);

        var report = Run("app-nudge");

        Assert.Equal(["app-nudge"], report.Estimates.Select(e => e.PilotId).Distinct());
        Assert.Equal(7, Count("select count(*) from marts.pilot_lift"));
        Assert.Equal(4, Count("select count(*) from marts.pilot_verdicts"));
        Assert.Equal(7, Count("select count(*) from marts.pilot_power"));
        Assert.Equal(
            0.40,
            _warehouse.Connection.QuerySingle<double>(
                "select control_mean from marts.pilot_lift where pilot_id = 'app-nudge'"),
            12);
        Assert.Equal(
            0.10,
            _warehouse.Connection.QuerySingle<double>(
                """
                select pilot_mean
                from marts.pilot_lift
                where pilot_id = 'collect-sms' and metric = 'roll_to_30_plus_rate'
                """),
            12);
    }

    [Fact]
    public void One_pilot_on_a_warehouse_without_the_tables_creates_them()
    {
        var report = Run("collect-sms");

        Assert.Equal(3, report.Estimates.Count);
        Assert.Equal(3, Count("select count(*) from marts.pilot_lift"));
        Assert.Equal(1, Count("select count(*) from marts.pilot_verdicts"));
        Assert.Equal(2, Count("select count(*) from marts.pilot_lift_monthly"));
    }

    [Fact]
    public void A_full_run_drops_rows_of_pilots_that_no_longer_exist()
    {
        Run();
        _warehouse.Connection.Execute(
            """
            insert into marts.pilot_lift (pilot_id, pilot_name, metric) values ('retired', 'Old', 'nps');
            insert into marts.pilot_verdicts (pilot_id, verdict) values ('retired', 'met');
            """);

        Run();

        Assert.Equal(0, Count("select count(*) from marts.pilot_lift where pilot_id = 'retired'"));
        Assert.Equal(0, Count("select count(*) from marts.pilot_verdicts where pilot_id = 'retired'"));
    }

    [Fact]
    public void Written_rows_read_back_as_the_returned_estimates()
    {
        var estimates = Run().Estimates;

        var stored = _warehouse.Connection.Query<(string PilotId, string Metric, double? Low, double? High, double? P)>(
            "select pilot_id, metric, absolute_ci_low, absolute_ci_high, p_value, from marts.pilot_lift");

        Assert.Equal(
            estimates.Select(e => (e.PilotId, e.Metric, e.AbsoluteCiLow, e.AbsoluteCiHigh, e.PValue)).Order(),
            stored.Order());
    }

    [Fact]
    public void An_unknown_pilot_is_not_found_and_the_known_ones_are_named()
    {
        var error = Assert.Throws<WarehouseException>(() => Run("app-nuge"));

        Assert.Equal(ExitCode.NotFound, error.ExitCode);
        Assert.Contains("'app-nuge'", error.Message, StringComparison.Ordinal);
        Assert.Contains("app-nudge, branch-visit, collect-sms", error.Message, StringComparison.Ordinal);
        Assert.Equal(
            0,
            Count("select count(*) from information_schema.tables where table_name = 'pilot_lift'"));
    }

    [Theory]
    [InlineData("app-nudge' or '1'='1")]
    [InlineData("x'; drop table core.dim_pilot; --")]
    public void A_pilot_id_written_as_sql_is_only_a_pilot_that_is_not_there(string pilotId)
    {
        var pilots = Count("select count(*) from core.dim_pilot");

        var error = Assert.Throws<WarehouseException>(() => Run(pilotId));

        Assert.Equal(ExitCode.NotFound, error.ExitCode);
        Assert.Contains($"'{pilotId}'", error.Message, StringComparison.Ordinal);
        Assert.Equal(pilots, Count("select count(*) from core.dim_pilot"));
    }

    [Fact]
    public void A_warehouse_without_the_goal_declarations_is_not_found()
    {
        _warehouse.Connection.Execute("drop table core.dim_pilot_goal");

        var error = Assert.Throws<WarehouseException>(() => Run());

        Assert.Equal(ExitCode.NotFound, error.ExitCode);
        Assert.Contains("core.dim_pilot_goal", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_rows_for_one_arm_break_the_summaries_contract()
    {
        _warehouse.Connection.Execute(
            """
            insert into marts.pilot_metric_summaries (pilot_id, metric, metric_kind, arm, customers, value_sum,
                value_sum_squares)
            values ('app-nudge', 'engagement_rate', 'rate', 'pilot', 1, 1, 1)
            """);

        var error = Assert.Throws<WarehouseException>(() => Run());

        Assert.Equal(ExitCode.BuildFailed, error.ExitCode);
        Assert.Contains("more than one row for arm 'pilot'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_goal_whose_kind_differs_from_its_summaries_is_refused()
    {
        _warehouse.Connection.Execute(
            "update core.dim_pilot_goal set metric_kind = 'mean' where pilot_id = 'app-nudge'");

        var error = Assert.Throws<WarehouseException>(() => Run());

        Assert.Equal(ExitCode.BuildFailed, error.ExitCode);
        Assert.Contains("core.dim_pilot_goal says mean", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_write_leaves_every_table_as_it_was()
    {
        // A lift table of an older shape: the deletes succeed, the insert fails, and the transaction must undo all.
        _warehouse.Connection.Execute(
            """
            create table marts.pilot_lift (pilot_id varchar, metric varchar);
            insert into marts.pilot_lift values ('collect-sms', 'nps'), ('app-nudge', 'engagement_rate');
            """);

        var error = Assert.Throws<WarehouseException>(() => Run("collect-sms"));

        Assert.Equal(ExitCode.BuildFailed, error.ExitCode);
        Assert.Equal(2, Count("select count(*) from marts.pilot_lift"));
        Assert.Equal(
            0,
            Count("select count(*) from information_schema.tables where table_name = 'pilot_verdicts'"));
    }

    public void Dispose() => _warehouse.Dispose();

    private LiftReport Run(string? pilotId = null) =>
        new PilotLiftJob(_logger).Run(_warehouse.Connection, pilotId);

    private long Count(string sql) => _warehouse.Connection.QuerySingle<long>(sql);

    private List<bool> Readiness(string table, string pilotId) =>
        _warehouse.Connection.Query<bool>(
            $"select distinct is_decision_ready from marts.{table} where pilot_id = '{pilotId}'").ToList();

    private List<string> Columns(string table) =>
        _warehouse.Connection.Query<string>(
            $"""
            select column_name
            from information_schema.columns
            where table_schema = 'marts' and table_name = '{table}'
            order by ordinal_position
            """).ToList();
}
