namespace Warehouse.Etl.Tests.Mappings;

/// <summary>The real public datasets load completely through their declared mappings.</summary>
public sealed class RealSampleLoadTests : IDisposable
{
    private readonly TemporaryWarehouse _warehouse = new();

    [Fact]
    public void The_credit_default_file_becomes_six_monthly_snapshots_of_every_holder()
    {
        var result = _warehouse.Load(
            "risk", RepositoryFiles.RealSample(RepositoryFiles.CreditDefault), "uci-credit-risk");

        // 30,000 card holders (UCI dataset 350) times six months, April to September 2005.
        Assert.Equal((180_000L, 0L), (result.RowsLoaded, result.RecordsRejected));
        Assert.Equal(6L, _warehouse.Scalar<long>("select count(distinct as_of_date) from raw.risk_accounts"));

        // 6,636 of 30,000 holders defaulted the next month: 22.12% (data-samples/README.md, UCI).
        Assert.Equal(6_636L, _warehouse.Scalar<long>(
            "select count(*) from raw.risk_accounts where is_default_next_month"));
        Assert.Equal(30_000L, _warehouse.Scalar<long>(
            "select count(is_default_next_month) from raw.risk_accounts"));
    }

    [Fact]
    public void Repayment_status_becomes_days_past_due_on_the_right_month()
    {
        _warehouse.Load("risk", RepositoryFiles.RealSample(RepositoryFiles.CreditDefault), "uci-credit-risk");

        // ID 1 in the file: PAY_0 (September) = 2, PAY_2 (August) = 2, PAY_3 (July) = -1, BILL_AMT1 = 3913.
        Assert.Equal(60, _warehouse.Scalar<int>(
            "select days_past_due from raw.risk_accounts where account_id = 'A1' and as_of_date = '2005-09-30'"));
        Assert.Equal(0, _warehouse.Scalar<int>(
            "select days_past_due from raw.risk_accounts where account_id = 'A1' and as_of_date = '2005-07-31'"));
        Assert.Equal(3913m, _warehouse.Scalar<decimal>(
            "select balance from raw.risk_accounts where account_id = 'A1' and as_of_date = '2005-09-30'"));
    }

    [Fact]
    public void Bank_contacts_get_their_year_from_the_file_order()
    {
        var result = _warehouse.Load(
            "engagement", RepositoryFiles.RealSample(RepositoryFiles.BankMarketing), "bank-marketing-contacts");

        // 45,211 contacts from May 2008 to November 2010 (UCI dataset 222 description).
        Assert.Equal(45_211L, result.RowsLoaded);
        Assert.Equal("2008-05", _warehouse.Scalar<string>(
            "select strftime(min(event_at), '%Y-%m') from raw.engagement_events"));
        Assert.Equal("2010-11", _warehouse.Scalar<string>(
            "select strftime(max(event_at), '%Y-%m') from raw.engagement_events"));
    }

    [Fact]
    public void Hillstrom_becomes_two_pilots_sharing_one_control_group()
    {
        var result = _warehouse.Load(
            "assignments", RepositoryFiles.RealSample(RepositoryFiles.Hillstrom), "hillstrom-assignments");

        // Arms as published: Mens 21,307, Womens 21,387, No E-Mail 21,306 (shared by both pilots).
        Assert.Equal(21_307L + 21_387L + 2 * 21_306L, result.RowsLoaded);
        Assert.Equal(21_306L, _warehouse.Scalar<long>(
            "select count(*) from raw.pilot_assignments where pilot_id = 'hillstrom-mens' and arm = 'control'"));
        Assert.Equal(21_387L, _warehouse.Scalar<long>(
            "select count(*) from raw.pilot_assignments where pilot_id = 'hillstrom-womens' and arm = 'pilot'"));
    }

    public void Dispose() => _warehouse.Dispose();
}
