namespace Warehouse.Reports.Tests.EndToEnd;

/// <summary>
/// A warehouse file, <c>w.duckdb</c>, loaded through the command line with four risk batches: 1 January and
/// February; 2 February corrected; 3 a file refused for a bad value; 4 a file refused for a column too many.
/// </summary>
public sealed class DeliveredRiskWarehouse : IDisposable
{
    private const string RiskHeader = "as_of_date,account_id,customer_id,product,balance,days_past_due,is_charged_off";

    public DeliveredRiskWarehouse()
    {
        Folder = Directory.CreateTempSubdirectory("warehouse-history-test-").FullName;
        Write("jan-feb.csv", "2024-01-31,A1,C1,card,100.00,0,false", "2024-02-29,A1,C1,card,200.00,0,false",
            "2024-02-29,A2,C2,card,210.00,0,false");
        Write("feb.csv", "2024-02-29,A1,C1,card,250.00,0,false");
        Write("bad.csv", "2024-03-31,A1,C1,card,12.345,0,false");
        File.WriteAllText(Path.Combine(Folder, "wide.csv"),
            RiskHeader + ",bureau_score\n2024-03-31,A1,C1,card,1.00,0,false,700\n");

        var good = WarehouseProcess.Run(Folder, "load", "risk", "jan-feb.csv", "feb.csv", "--db", "w.duckdb");
        var bad = WarehouseProcess.Run(Folder, "load", "risk", "bad.csv", "--db", "w.duckdb");
        var wide = WarehouseProcess.Run(Folder, "load", "risk", "wide.csv", "--db", "w.duckdb");

        Assert.True(good.ExitCode == 0, good.Error);
        Assert.Equal((3, 3), (bad.ExitCode, wide.ExitCode));
        Assert.Contains(
            "the columns differ from batch 2, the last loaded delivery: added column bureau_score",
            wide.Output,
            StringComparison.Ordinal);
    }

    public string Folder { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private void Write(string name, params string[] records) =>
        File.WriteAllText(Path.Combine(Folder, name), RiskHeader + "\n" + string.Join("\n", records) + "\n");
}
