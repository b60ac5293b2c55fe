using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Etl.Loading;
using Warehouse.Etl.Pipeline;

namespace Warehouse.Etl.Tests.Pipeline;

/// <summary>
/// The real public datasets through the whole job: mapped loads, models, lift and data tests on a
/// real warehouse file, checked against the figures their publishers give.
/// </summary>
public sealed class RealDataPipelineTests : IDisposable
{
    private readonly TemporaryWarehouse _warehouse = new();

    [Fact]
    public void Hillstrom_lift_reproduces_the_published_per_arm_figures()
    {
        LoadRealPlan("hillstrom/");

        Build();

        // Published per-arm figures (data-samples/README.md; Hillstrom, MineThatData challenge, 2008).
        var rows = _warehouse.Database.Connection
            .Query<(string Pilot, string Metric, long PilotN, long ControlN, double PilotMean, double ControlMean)>(
                """
                select pilot_id, metric, pilot_customers, control_customers, pilot_mean, control_mean
                from marts.pilot_lift
                """)
            .ToDictionary(r => (r.Pilot, r.Metric));
        AssertArm(rows[("hillstrom-mens", "visit_rate")], 21_307, 0.182757, 21_306, 0.106167);
        AssertArm(rows[("hillstrom-mens", "conversion_rate")], 21_307, 0.012531, 21_306, 0.005726);
        AssertArm(rows[("hillstrom-mens", "spend_per_customer")], 21_307, 1.422617, 21_306, 0.652789);
        AssertArm(rows[("hillstrom-womens", "visit_rate")], 21_387, 0.151400, 21_306, 0.106167);
        AssertArm(rows[("hillstrom-womens", "conversion_rate")], 21_387, 0.008837, 21_306, 0.005726);
        AssertArm(rows[("hillstrom-womens", "spend_per_customer")], 21_387, 1.077202, 21_306, 0.652789);

        // Mens versus No E-Mail spend: published t = 5.3001 (pooled variance); Welch's t on these
        // nearly equal arms agrees to two decimals.
        var t = _warehouse.Scalar<double>(
            """
            select t_statistic
            from marts.pilot_lift
            where pilot_id = 'hillstrom-mens' and metric = 'spend_per_customer'
            """);
        Assert.Equal(5.30, t, 2);
    }

    [Fact]
    public void Credit_default_kpis_give_the_published_next_month_default_rate()
    {
        LoadRealPlan("uci_credit_default/");

        Build();

        // 6,636 of 30,000 card holders defaulted in October 2005: 22.12% (Yeh and Lien 2009; UCI 350).
        var rate = _warehouse.Scalar<double>(
            "select default_next_month_rate from marts.portfolio_kpis_monthly where month_date = date '2005-09-30'");
        Assert.Equal(0.2212, rate, 6);
        Assert.Equal(30_000L, _warehouse.Scalar<long>(
            "select accounts_open from marts.portfolio_kpis_monthly where month_date = date '2005-09-30'"));
        Assert.Equal(6L, _warehouse.Scalar<long>(
            "select count(*) from marts.portfolio_kpis_monthly where accounts_open > 0"));

        // The credit file has no engagement data: the rate is unknown, not 0% of 30,000 customers.
        Assert.Equal(0L, _warehouse.Scalar<long>(
            "select count(engagement_rate) from marts.portfolio_kpis_monthly"));
    }

    private static void AssertArm(
        (string Pilot, string Metric, long PilotN, long ControlN, double PilotMean, double ControlMean) row,
        long pilotN, double pilotMean, long controlN, double controlMean)
    {
        Assert.Equal((pilotN, controlN), (row.PilotN, row.ControlN));
        Assert.Equal(pilotMean, row.PilotMean, 6);
        Assert.Equal(controlMean, row.ControlMean, 6);
    }

    private void LoadRealPlan(string folderPrefix)
    {
        var realFolder = Path.Combine(RepositoryFiles.Root, "data-samples", "real");
        var plan = LoadPlan.Shipped("real-demo", realFolder);
        var loads = plan.Loads.Where(l => Path.GetRelativePath(realFolder, l.File)
            .StartsWith(folderPrefix, StringComparison.Ordinal));
        foreach (var load in loads)
        {
            var result = _warehouse.Load(load.Extract, load.File, load.Mapping);
            Assert.Equal(LoadStatus.Loaded, result.Status);
        }
    }

    private void Build() =>
        new WarehouseBuild(
            _warehouse.Database,
            _warehouse.Contracts,
            NullLoggerFactory.Instance,
            TimeProvider.System).Run();

    public void Dispose() => _warehouse.Dispose();
}
