using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Etl.Build;

namespace Warehouse.Etl.Tests.Build;

/// <summary>
/// The real public samples (data-samples/real) loaded through their mappings and built, with figures the
/// publishers state for the files (data-samples/README.md).
/// </summary>
public sealed class RealSampleBuildTests : IDisposable
{
    private readonly TemporaryWarehouse _warehouse = new();

    [Fact]
    public void The_credit_default_month_shows_the_published_default_rate()
    {
        var file = RepositoryFiles.RealSample(RepositoryFiles.CreditDefault);
        _warehouse.Load("customers", file, "uci-credit-customers");
        _warehouse.Load("risk", file, "uci-credit-risk");

        Build();

        // UCI dataset 350: 6,636 of the 30,000 holders defaulted the month after September 2005 (22.12%),
        // the only month the file states it for.
        var months = _warehouse.Database.Connection.Query<string>("""
            select concat_ws(' | ', month_date, accounts_open, accounts_default_stated,
                coalesce(round(default_next_month_rate, 4)::varchar, 'null'))
            from marts.portfolio_kpis_monthly
            where month_date in ('2005-08-31', '2005-09-30') order by month_date
            """);
        Assert.Equal(["2005-08-31 | 30000 | 0 | null", "2005-09-30 | 30000 | 30000 | 0.2212"], months);
    }

    [Fact]
    public void The_hillstrom_arms_have_the_published_visit_conversion_and_spend()
    {
        var file = RepositoryFiles.RealSample(RepositoryFiles.Hillstrom);
        _warehouse.Load("customers", file, "hillstrom-customers");
        _warehouse.Load("engagement", file, "hillstrom-events");
        _warehouse.Load("pilots", RepositoryFiles.RealSample("hillstrom/pilots.csv"));
        _warehouse.Load("pilot_goals", RepositoryFiles.RealSample("hillstrom/pilot_goals.csv"));
        _warehouse.Load("assignments", file, "hillstrom-assignments");

        Build();

        // Published per arm: Mens E-Mail 21,307 customers, visit 0.182757, conversion 0.012531, spend 1.422617;
        // No E-Mail (the shared control) 21,306 customers, 0.106167, 0.005726, 0.652789.
        var mens = _warehouse.Database.Connection.Query<string>("""
            select concat_ws(' | ', arm, metric, customers, round(value_sum / customers, 6))
            from marts.pilot_metric_summaries
            where pilot_id = 'hillstrom-mens'
            order by arm desc, metric_position
            """);
        Assert.Equal(
            [
                "pilot | visit_rate | 21307 | 0.182757",
                "pilot | conversion_rate | 21307 | 0.012531",
                "pilot | spend_per_customer | 21307 | 1.422617",
                "control | visit_rate | 21306 | 0.106167",
                "control | conversion_rate | 21306 | 0.005726",
                "control | spend_per_customer | 21306 | 0.652789",
            ],
            mens);
    }

    private void Build() =>
        new ModelBuilder(_warehouse.Database, TestWarehouse.EmbeddedCatalog, NullLogger.Instance).Build();

    public void Dispose() => _warehouse.Dispose();
}
