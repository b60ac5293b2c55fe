using Dapper;
using Microsoft.Extensions.Logging;
using Warehouse.Etl.Lift;

namespace Warehouse.Etl.Tests.Lift;

public sealed class PilotLiftJobTests : IDisposable
{
    // The columns of marts.pilot_lift as the shared table contract lists them, in order.
    private static readonly string[] ContractColumns =
    [
        "pilot_id", "pilot_name", "metric", "metric_kind", "is_primary", "pilot_customers", "control_customers",
        "pilot_mean", "control_mean", "absolute_lift", "absolute_ci_low", "absolute_ci_high", "relative_lift",
        "relative_ci_low", "relative_ci_high", "t_statistic", "p_value", "srm_pilot_share", "planned_split",
        "srm_p_value", "is_srm_mismatch", "note",
    ];

    private readonly TinyPilotWarehouse _warehouse = new();
    private readonly RecordingLogger<PilotLiftJob> _logger = new();

    [Fact]
    public void Every_declared_metric_gets_a_row_ordered_by_pilot_then_declared_order()
    {
        var estimates = Run();

        Assert.Equal(
            [
                ("app-nudge", "engagement_rate", true),
                ("collect-sms", "roll_to_30_plus_rate", true),
                ("collect-sms", "engagement_rate", false),
                ("collect-sms", "nps", false),
            ],
            estimates.Select(e => (e.PilotId, e.Metric, e.IsPrimary)));
        Assert.Equal(4, Count("select count(*) from marts.pilot_lift"));
    }

    [Fact]
    public void The_table_has_exactly_the_contract_columns()
    {
        Run();

        var columns = _warehouse.Connection.Query<string>(
            """
            select column_name
            from information_schema.columns
            where table_schema = 'marts' and table_name = 'pilot_lift'
            order by ordinal_position
            """);

        Assert.Equal(ContractColumns, columns);
    }

    [Fact]
    public void The_primary_metric_row_holds_the_hand_worked_figures()
    {
        // Roll to 30+: pilot 52/520 = 0.10, control 72/480 = 0.15, lift −0.05.
        // Sample variances: (52 − 52²/520)/519 = 46.8/519 and (72 − 72²/480)/479 = 61.2/479;
        // SE = √(46.8/519/520 + 61.2/479/480) = 0.0209664; t = −0.05/0.0209664 = −2.384768 (df ≈ 939,
        // so p is close to the normal 2·Φ(−2.3848) = 0.01709).
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
        var srm = _warehouse.Connection.QuerySingle<
            (double Share, decimal Planned, double P, bool Mismatch, string? Note)>(
            """
            select srm_pilot_share, planned_split, srm_p_value, is_srm_mismatch, note,
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
        Assert.Null(srm.Note);
    }

    [Fact]
    public void A_zero_control_nps_is_written_with_a_null_relative_lift_and_a_note()
    {
        // NPS: pilot (90 − 50)/200 = +20, control (63 − 63)/180 = 0.
        Run();

        var row = _warehouse.Connection.QuerySingle<(string Kind, double PilotMean, double? Relative, string Note)>(
            """
            select metric_kind, pilot_mean, relative_lift, note,
            from marts.pilot_lift
            where pilot_id = 'collect-sms' and metric = 'nps'
            """);

        Assert.Equal("nps", row.Kind);
        Assert.Equal(20, row.PilotMean, 12);
        Assert.Null(row.Relative);
        Assert.Contains("control mean is zero", row.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_arm_and_a_broken_split_are_reported_not_hidden()
    {
        // app-nudge: 900 of 1,000 against 800 planned: χ² = 100²/800 + 100²/200 = 62.5,
        // p = erfc(√31.25) = 2.66e-15.
        var estimate = Run().Single(e => e.PilotId == "app-nudge");

        Assert.Equal(0, estimate.ControlCustomers);
        Assert.Null(estimate.ControlMean);
        Assert.Null(estimate.AbsoluteLift);
        Assert.Null(estimate.PValue);
        Assert.Contains("control arm 0 customers", estimate.Note, StringComparison.Ordinal);
        Assert.True(estimate.IsSrmMismatch);
        Assert.Equal(1, estimate.SrmPValue!.Value / 2.66444638923592e-15, 6);
        Assert.Contains(
            _logger.Entries,
            e => e.Level == LogLevel.Warning && e.Message.Contains("app-nudge", StringComparison.Ordinal));
    }

    [Fact]
    public void Rerunning_one_pilot_replaces_only_that_pilots_rows()
    {
        Run();
        _warehouse.Connection.Execute(
            """
            insert into marts.pilot_metric_summaries values
                ('app-nudge', 'engagement_rate', 'rate', 'control', 100, 40, 40);
            update marts.pilot_metric_summaries
            set value_sum = 78, value_sum_squares = 78
            where pilot_id = 'collect-sms' and metric = 'roll_to_30_plus_rate' and arm = 'pilot';
            """);

        var estimates = Run("app-nudge");

        Assert.Equal(["app-nudge"], estimates.Select(e => e.PilotId).Distinct());
        Assert.Equal(4, Count("select count(*) from marts.pilot_lift"));
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
    public void One_pilot_on_a_warehouse_without_the_table_creates_it()
    {
        var estimates = Run("collect-sms");

        Assert.Equal(3, estimates.Count);
        Assert.Equal(3, Count("select count(*) from marts.pilot_lift where pilot_id = 'collect-sms'"));
        Assert.Equal(3, Count("select count(*) from marts.pilot_lift"));
    }

    [Fact]
    public void A_full_run_drops_rows_of_pilots_that_no_longer_exist()
    {
        Run();
        _warehouse.Connection.Execute(
            "insert into marts.pilot_lift (pilot_id, pilot_name, metric) values ('retired', 'Old', 'nps')");

        Run();

        Assert.Equal(0, Count("select count(*) from marts.pilot_lift where pilot_id = 'retired'"));
        Assert.Equal(4, Count("select count(*) from marts.pilot_lift"));
    }

    [Fact]
    public void Written_rows_read_back_as_the_returned_estimates()
    {
        var estimates = Run();

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
        Assert.Contains("app-nudge, collect-sms", error.Message, StringComparison.Ordinal);
        Assert.Equal(
            0,
            Count("select count(*) from information_schema.tables where table_name = 'pilot_lift'"));
    }

    [Fact]
    public void A_warehouse_that_was_never_built_is_not_found()
    {
        _warehouse.Connection.Execute("drop table marts.pilot_metric_summaries");

        var error = Assert.Throws<WarehouseException>(() => Run());

        Assert.Equal(ExitCode.NotFound, error.ExitCode);
        Assert.Contains("marts.pilot_metric_summaries", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_rows_for_one_arm_break_the_summaries_contract()
    {
        _warehouse.Connection.Execute(
            """
            insert into marts.pilot_metric_summaries
            values ('app-nudge', 'engagement_rate', 'rate', 'pilot', 1, 1, 1)
            """);

        var error = Assert.Throws<WarehouseException>(() => Run());

        Assert.Equal(ExitCode.BuildFailed, error.ExitCode);
        Assert.Contains("more than one row for arm 'pilot'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_write_leaves_the_table_as_it_was()
    {
        // A table of an older shape: the delete succeeds, the insert fails, and the transaction must undo both.
        _warehouse.Connection.Execute(
            """
            create table marts.pilot_lift (pilot_id varchar, metric varchar);
            insert into marts.pilot_lift values ('collect-sms', 'nps'), ('app-nudge', 'engagement_rate');
            """);

        var error = Assert.Throws<WarehouseException>(() => Run("collect-sms"));

        Assert.Equal(ExitCode.BuildFailed, error.ExitCode);
        Assert.Equal(2, Count("select count(*) from marts.pilot_lift"));
        Assert.Equal(1, Count("select count(*) from marts.pilot_lift where pilot_id = 'collect-sms'"));
    }

    public void Dispose() => _warehouse.Dispose();

    private IReadOnlyList<LiftEstimate> Run(string? pilotId = null) =>
        new PilotLiftJob(_logger).Run(_warehouse.Connection, pilotId);

    private long Count(string sql) => _warehouse.Connection.QuerySingle<long>(sql);
}
