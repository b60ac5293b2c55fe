using Dapper;
using Warehouse.Etl.Loading;

namespace Warehouse.Etl.Tests.Loading;

/// <summary>
/// A file whose columns differ from the extract's last loaded delivery: risk refuses drift, engagement warns
/// (as their contracts declare); a missing required column is refused under both.
/// </summary>
public sealed class SchemaDriftTests : IDisposable
{
    private const string RiskHeader = "as_of_date,account_id,customer_id,product,balance,days_past_due,is_charged_off";

    private const string EventHeader = "event_id,customer_id,event_at,channel,direction,event_type";

    private readonly TemporaryWarehouse _warehouse = new();

    [Fact]
    public void Under_refuse_an_added_column_refuses_the_batch_naming_it_and_loads_nothing()
    {
        var first = LoadRisk("jan.csv", RiskHeader + ",credit_limit", "2024-01-31,A1,C1,card,1.00,0,false,100");

        var second = LoadRisk(
            "feb.csv", RiskHeader + ",credit_limit,bureau_score", "2024-02-29,A1,C1,card,2.00,0,false,100,700");

        Assert.Equal((LoadStatus.Refused, 0L), (second.Status, second.RowsLoaded));
        Assert.Contains("added column bureau_score", second.Message, StringComparison.Ordinal);
        Assert.Equal("added column bureau_score", Assert.Single(second.Drift).ToString());
        Assert.Equal(1L, _warehouse.Scalar<long>("select count(*) from raw.risk_accounts"));
        Assert.Equal(
            ("refused", second.Message),
            _warehouse.Database.Connection.QuerySingle<(string, string)>(
                $"select status, message from meta.load_batches where batch_id = {second.BatchId}"));
        Assert.Equal(
            $"{second.BatchId} | risk | {first.BatchId} | added | bureau_score | refuse",
            DriftRows().Single());
    }

    [Fact]
    public void Under_refuse_a_missing_optional_column_refuses_the_batch_and_the_next_good_file_loads()
    {
        LoadRisk("jan.csv", RiskHeader + ",credit_limit", "2024-01-31,A1,C1,card,1.00,0,false,100");

        var missing = LoadRisk("feb.csv", RiskHeader, "2024-02-29,A1,C1,card,2.00,0,false");
        var good = LoadRisk("feb-again.csv", RiskHeader + ",credit_limit", "2024-02-29,A1,C1,card,2.00,0,false,100");

        Assert.Equal(LoadStatus.Refused, missing.Status);
        Assert.Contains("missing column credit_limit", missing.Message, StringComparison.Ordinal);

        // The refused file is no delivery to drift from: the next file is compared with January and matches it.
        Assert.Equal((LoadStatus.Loaded, 0), (good.Status, good.Drift.Count));
        Assert.Single(DriftRows());
    }

    [Fact]
    public void Under_warn_known_columns_load_an_unknown_one_is_ignored_and_a_missing_optional_one_is_empty()
    {
        var first = LoadEvents(
            "jan.csv", EventHeader + ",campaign_id", "E1,C1,2024-01-05 10:00:00,app,inbound,login,K1");

        var second = LoadEvents("feb.csv", EventHeader + ",device", "E2,C1,2024-02-05 10:00:00,app,inbound,login,ios");

        Assert.Equal((LoadStatus.Loaded, 1L), (second.Status, second.RowsLoaded));
        Assert.Equal(
            ["added column device", "missing column campaign_id"],
            second.Drift.Select(d => d.ToString()));
        Assert.Equal(0L, _warehouse.Scalar<long>(
            "select count(campaign_id) from raw.engagement_events where event_id = 'E2'"));
        Assert.Equal(
            [
                $"{second.BatchId} | engagement | {first.BatchId} | added | device | warn",
                $"{second.BatchId} | engagement | {first.BatchId} | missing | campaign_id | warn",
            ],
            DriftRows());
        Assert.Equal(
            "added device; missing campaign_id",
            LoadHistory.Batch(_warehouse.Database.Connection, second.BatchId).Drift);
    }

    [Fact]
    public void Under_warn_a_column_ignored_before_is_no_new_drift()
    {
        LoadEvents("jan.csv", EventHeader, "E1,C1,2024-01-05 10:00:00,app,inbound,login");
        LoadEvents("feb.csv", EventHeader + ",device", "E2,C1,2024-02-05 10:00:00,app,inbound,login,ios");

        var march = LoadEvents("mar.csv", EventHeader + ",device", "E3,C1,2024-03-05 10:00:00,app,inbound,login,ios");

        Assert.Equal((LoadStatus.Loaded, 0), (march.Status, march.Drift.Count));
        Assert.Single(DriftRows());
    }

    [Fact]
    public void Under_warn_a_missing_required_column_is_still_refused()
    {
        LoadEvents("jan.csv", EventHeader, "E1,C1,2024-01-05 10:00:00,app,inbound,login");

        var second = LoadEvents(
            "feb.csv", "event_id,customer_id,event_at,channel,event_type", "E2,C1,2024-02-05 10:00:00,app,login");

        Assert.Equal(LoadStatus.Refused, second.Status);
        Assert.Contains("direction required are missing", second.Message, StringComparison.Ordinal);
        Assert.Equal(1L, _warehouse.Scalar<long>("select count(*) from raw.engagement_events"));
    }

    [Fact]
    public void The_first_delivery_is_checked_against_the_contract_as_before()
    {
        var file = _warehouse.WriteFile(
            "jan.csv", $"{EventHeader},device\nE1,C1,2024-01-05 10:00:00,app,inbound,login,ios\n");

        var error = Assert.Throws<WarehouseException>(() => _warehouse.Load("engagement", file));

        Assert.Contains("device", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, _warehouse.Scalar<long>("select count(*) from meta.load_batches"));
    }

    [Fact]
    public void A_parquet_column_whose_type_changed_is_recorded_with_both_types()
    {
        var january = WriteEventsParquet("jan.parquet", "E1", "2024-01-05", "cast(12.50 as decimal(18,2))");
        var february = WriteEventsParquet("feb.parquet", "E2", "2024-02-05", "'12.50'");
        _warehouse.Load("engagement", january);

        var result = _warehouse.Load("engagement", february);

        // Engagement warns: the text '12.50' still passes the contract's decimal(18,2) and loads.
        Assert.Equal((LoadStatus.Loaded, 1L), (result.Status, result.RowsLoaded));
        var change = Assert.Single(result.Drift);
        Assert.Equal(
            (SchemaChangeKind.TypeChanged, "amount", "DECIMAL(18,2)", "VARCHAR"),
            (change.Kind, change.Column, change.Before, change.After));
        Assert.Equal(
            "type_changed amount (DECIMAL(18,2) -> VARCHAR)",
            LoadHistory.Batch(_warehouse.Database.Connection, result.BatchId).Drift);
    }

    [Fact]
    public void A_mapped_file_is_compared_with_the_last_delivery_through_the_same_mapping()
    {
        var mapping = _warehouse.WriteFile("arms.json", """
            {"name": "arms", "extract": "assignments", "drift": "warn",
             "source": {"columns": ["pid", "cid", "grp", "dt"]},
             "columns": {"pilot_id": "pid", "customer_id": "cid", "arm": "grp", "assigned_date": "dt"}}
            """);
        var first = _warehouse.WriteFile("a1.csv", "pid,cid,grp,dt\nP1,C1,pilot,2024-01-05\n");
        var wider = _warehouse.WriteFile("a2.csv", "pid,note,cid,grp,dt\nP1,x,C2,control,2024-01-05\n");
        var narrower = _warehouse.WriteFile("a3.csv", "pid,cid,dt\nP1,C3,2024-01-05\n");
        _warehouse.Load("assignments", first, mapping);

        var extra = _warehouse.Load("assignments", wider, mapping);
        var missing = _warehouse.Load("assignments", narrower, mapping);

        Assert.Equal((LoadStatus.Loaded, "added column note"), (extra.Status, Assert.Single(extra.Drift).ToString()));
        Assert.Equal("C2", _warehouse.Scalar<string>(
            $"select customer_id from raw.pilot_assignments where _batch_id = {extra.BatchId}"));
        Assert.Equal(LoadStatus.Refused, missing.Status);
        Assert.Contains("grp declared by mapping 'arms'", missing.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _warehouse.Dispose();

    private LoadResult LoadRisk(string name, string header, string record) =>
        _warehouse.Load("risk", _warehouse.WriteFile(name, header + "\n" + record + "\n"));

    private LoadResult LoadEvents(string name, string header, string record) =>
        _warehouse.Load("engagement", _warehouse.WriteFile(name, header + "\n" + record + "\n"));

    private string WriteEventsParquet(string name, string eventId, string day, string amount)
    {
        var path = Path.Combine(_warehouse.Folder, name);
        _warehouse.Database.Execute(
            $"""
            copy (
                select '{eventId}' as event_id, 'C1' as customer_id, timestamptz '{day} 10:00:00+00' as event_at,
                       'app' as channel, 'inbound' as direction, 'purchase' as event_type, {amount} as amount
            ) to '{path}' (format parquet)
            """);
        return path;
    }

    private List<string> DriftRows() =>
        _warehouse.Database.Connection.Query<(long, string, long, string, string, string)>(
                """
                select batch_id, extract, compared_batch_id, change, column_name, policy
                from meta.schema_drift order by batch_id, change, column_name
                """)
            .Select(r => $"{r.Item1} | {r.Item2} | {r.Item3} | {r.Item4} | {r.Item5} | {r.Item6}")
            .ToList();
}
