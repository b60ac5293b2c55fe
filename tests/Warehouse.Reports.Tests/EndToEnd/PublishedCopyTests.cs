using System.Globalization;
using Warehouse.Etl.Contracts;
using Warehouse.Etl.Storage;

namespace Warehouse.Reports.Tests.EndToEnd;

/// <summary>
/// The analysts' copy: an analyst holding <c>warehouse.published.duckdb</c> open blocks neither
/// <c>warehouse load</c> nor <c>warehouse build</c>, and sees the last published data until the next build
/// publishes again.
/// </summary>
public sealed class PublishedCopyTests : IDisposable
{
    private const int Months = 12;
    private const string WarehouseFile = "warehouse.duckdb";

    /// <summary>One row an engagement event; the copy has no raw schema, so the fact stands for the extract.</summary>
    private const string EngagementFact = "core.fct_engagement_event";

    /// <summary>One value standing for every cell of the monthly KPI mart, engagement columns included.</summary>
    private const string KpiFingerprint =
        "select md5(string_agg(k::varchar, '|' order by k.month_date)) from marts.portfolio_kpis_monthly as k";

    private readonly string _folder;
    private readonly string _extracts;

    public PublishedCopyTests()
    {
        _folder = Directory.CreateTempSubdirectory("warehouse-published-test-").FullName;
        _extracts = Path.Combine(_folder, "extracts");
        var generated = WarehouseProcess.Run(
            _folder, "generate", "--out", _extracts, "--customers", "300", "--months", $"{Months}");
        Assert.True(generated.ExitCode == 0, generated.Error);
    }

    private string PublishedPath => Path.Combine(_folder, "warehouse.published.duckdb");

    [Fact]
    public void A_reader_of_the_published_copy_blocks_no_load_or_build_and_sees_the_last_publish_until_the_next()
    {
        Run("load", "customers", Path.Combine(_extracts, "customers.csv"), "--db", WarehouseFile);
        Run("load", "risk", Path.Combine(_extracts, "risk.csv"), "--db", WarehouseFile);
        var firstBuild = Run("build", "--db", WarehouseFile);
        Assert.Contains($"Published: {PublishedPath}", firstBuild, StringComparison.Ordinal);
        var firstKpis = Run("query", KpiFingerprint, "--db", PublishedPath).Split('\n')[2].Trim();

        // The engagement file holds one record a line under its header (no quoted line breaks).
        var engagementRecords = File.ReadLines(Path.Combine(_extracts, "engagement.csv")).Count() - 1;
        Assert.True(engagementRecords > 0);

        using (var analyst = WarehouseDatabase.OpenReadOnly(PublishedPath))
        {
            // The mart is read only after the next publish: a copy rewritten in place would show here.
            Assert.Equal(0, Count(analyst, EngagementFact));

            Run("load", "engagement", Path.Combine(_extracts, "engagement.csv"), "--db", WarehouseFile);
            Assert.Equal(0, Count(analyst, EngagementFact));
            using (var analystAfterLoad = WarehouseDatabase.OpenReadOnly(PublishedPath))
            {
                Assert.Equal(0, Count(analystAfterLoad, EngagementFact));
            }

            Run("build", "--db", WarehouseFile);
            Assert.Equal(0, Count(analyst, EngagementFact));
            Assert.Equal(firstKpis, Scalar(analyst, KpiFingerprint));
        }

        using var analystAfterBuild = WarehouseDatabase.OpenReadOnly(PublishedPath);
        Assert.Equal(engagementRecords, Count(analystAfterBuild, EngagementFact));
        Assert.Equal(Months, Count(analystAfterBuild, "marts.portfolio_kpis_monthly"));
        Assert.NotEqual(firstKpis, Scalar(analystAfterBuild, KpiFingerprint));
    }

    [Fact]
    public void The_published_copy_holds_every_mart_with_the_warehouse_rows()
    {
        foreach (var extract in ContractCatalog.LoadOrder)
        {
            Run("load", extract, Path.Combine(_extracts, extract + ".csv"), "--db", WarehouseFile);
        }

        Run("build", "--db", WarehouseFile);

        using var warehouse = WarehouseDatabase.OpenReadOnly(Path.Combine(_folder, WarehouseFile));
        using var published = WarehouseDatabase.OpenReadOnly(PublishedPath);
        var marts = Strings(warehouse, "select table_name from information_schema.tables where table_schema = 'marts'");
        Assert.Contains("portfolio_kpis_monthly", marts);
        Assert.Contains("pilot_lift", marts);
        Assert.Equal(
            marts,
            Strings(published, "select table_name from information_schema.tables where table_schema = 'marts'"));
        foreach (var mart in marts)
        {
            Assert.Equal(Count(warehouse, $"marts.{mart}"), Count(published, $"marts.{mart}"));
        }

        Assert.True(Count(published, "marts.pilot_lift") > 0);
    }

    [Fact]
    public void A_query_of_raw_on_the_published_copy_fails_and_says_the_copy_holds_no_raw_schema()
    {
        Run("load", "customers", Path.Combine(_extracts, "customers.csv"), "--db", WarehouseFile);
        Run("build", "--db", WarehouseFile);

        var inWarehouse = Run("query", "select count(*) from raw.customers", "--db", WarehouseFile);
        var (exitCode, _, error) = WarehouseProcess.Run(
            _folder, "query", "select count(*) from raw.customers", "--db", PublishedPath);

        Assert.NotEqual("0", inWarehouse.Split('\n')[2].Trim());
        Assert.NotEqual(0, exitCode);
        Assert.Contains("it holds the staging, core, marts and meta schemas, not raw", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Run(params string[] arguments)
    {
        var (exitCode, output, error) = WarehouseProcess.Run(_folder, arguments);
        Assert.True(exitCode == 0, $"warehouse {string.Join(' ', arguments)}: {error}");
        return output;
    }

    private static long Count(WarehouseDatabase database, string table) =>
        long.Parse(Scalar(database, $"select count(*) from {table}"), CultureInfo.InvariantCulture);

    private static string Scalar(WarehouseDatabase database, string sql)
    {
        using var command = database.Connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "";
    }

    private static List<string> Strings(WarehouseDatabase database, string sql)
    {
        using var command = database.Connection.CreateCommand();
        command.CommandText = sql + " order by 1";
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
