using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Etl.Build;

namespace Warehouse.Etl.Tests.Build;

/// <summary>
/// Customer ids pseudonymised with a keyed hash: every customer_id from staging on is HMAC-SHA256(key, id) in
/// lowercase hex, the same id always gives the same token, the raw tables keep the source ids, and every
/// figure that joins customers across extracts comes out as without a key.
/// </summary>
public sealed class PseudonymisationTests(PseudonymisedSample sample) : IClassFixture<PseudonymisedSample>, IDisposable
{
    /// <summary>Every text column outside raw and meta: what analysts and reports read.</summary>
    private const string AnalystTextColumns = """
        select schema_name, table_name, column_name from duckdb_columns()
        where database_name = current_database() and schema_name not in ('raw', 'meta')
          and data_type = 'VARCHAR'
        order by all
        """;

    private readonly TemporaryWarehouse _warehouse = new();

    [Fact]
    public void A_customer_id_becomes_the_hmac_sha256_of_the_key_and_the_id_in_lowercase_hex()
    {
        // Computed here with the framework's HMACSHA256 object, apart from the code under test, and checked
        // against OpenSSL: printf '%s' 00001 | openssl dgst -sha256 -hmac sample-pseudonym-key-0123456789
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(PseudonymisedSample.KeyText));
        var expected = string.Concat(hmac.ComputeHash(Encoding.UTF8.GetBytes("00001")).Select(b => b.ToString("x2")));
        Assert.Equal("5534ff562953f605f61d60e5aa25998ed7ec8b35ffa8afe972ab16f78fe65f7c", expected);

        var versions = sample.Keyed.Scalar<long>(
            $"select count(*) from core.dim_customer where customer_id = '{expected}'");
        var sourceIdsInStaging = sample.Keyed.Scalar<long>(
            "select count(*) from staging.stg_customers where customer_id = '00001'");
        var sourceIdsInRaw = sample.Keyed.Scalar<long>("select count(*) from raw.customers where customer_id = '00001'");

        Assert.Equal(
            sample.Plain.Scalar<long>("select count(*) from core.dim_customer where customer_id = '00001'"),
            versions);
        Assert.True(versions > 0);
        Assert.Equal(0L, sourceIdsInStaging);
        Assert.True(sourceIdsInRaw > 0, "raw keeps the source id");
    }

    [Fact]
    public void No_source_customer_id_appears_in_any_analyst_table_when_a_key_is_set()
    {
        var columns = TestWarehouse.RowsOf(sample.Keyed.Database, AnalystTextColumns)
            .Select(r => r.Split(" | "))
            .ToList();
        var sourceIds = """
            select customer_id from raw.customers
            union select customer_id from raw.risk_accounts
            union select customer_id from raw.engagement_events
            union select customer_id from raw.survey_responses
            union select customer_id from raw.pilot_assignments
            """;

        var leaks = columns
            .Select(c => (Column: string.Join('.', c), Sql: $"""
                select count(*) from {c[0]}.{c[1]}
                where "{c[2]}" in ({sourceIds})
                """))
            .Where(c => sample.Keyed.Scalar<long>(c.Sql) > 0)
            .Select(c => c.Column)
            .ToList();
        var customerIdColumns = columns.Where(c => c[2] == "customer_id").ToList();

        Assert.Empty(leaks);
        Assert.Contains(customerIdColumns, c => c[0] == "marts");
        Assert.All(customerIdColumns, c => Assert.Equal(
            0L,
            sample.Keyed.Scalar<long>(
                $"select count(*) from {c[0]}.{c[1]} where not regexp_full_match(customer_id, '[0-9a-f]{{64}}')")));
    }

    [Theory]
    [InlineData("marts.portfolio_kpis_monthly")]
    [InlineData("marts.risk_engagement_segments")]
    [InlineData("marts.roll_rates_monthly")]
    [InlineData("marts.pilot_metric_summaries")]
    [InlineData("marts.pilot_lift")]
    public void Tokens_join_risk_engagement_surveys_and_pilots_as_the_source_ids_did(string mart)
    {
        var query = $"select * from {mart} order by all";

        var keyed = TestWarehouse.RowsOf(sample.Keyed.Database, query);

        Assert.NotEmpty(keyed);
        Assert.Equal(TestWarehouse.RowsOf(sample.Plain.Database, query), keyed);
    }

    [Theory]
    [InlineData("marts.customer_month_profile", "customer_id, customer_key")]
    [InlineData("marts.early_warning_flags", "customer_id")]
    [InlineData("marts.pilot_customer_outcomes", "customer_id")]
    [InlineData("core.dim_customer", "customer_id, customer_key")]
    public void Every_customer_row_matches_the_one_built_without_a_key_but_for_its_ids(string table, string ids)
    {
        var query = $"select * exclude ({ids}) from {table} order by all";

        var keyed = TestWarehouse.RowsOf(sample.Keyed.Database, query);

        Assert.NotEmpty(keyed);
        Assert.Equal(TestWarehouse.RowsOf(sample.Plain.Database, query), keyed);
    }

    [Fact]
    public void The_same_key_gives_the_same_tokens_in_every_build_and_another_key_gives_other_tokens()
    {
        _warehouse.Load("customers", _warehouse.WriteFile(
            "customers.csv",
            "customer_id,snapshot_date,region,segment,status\n"
            + "C1,2024-01-31,north,retail,active\nC2,2024-01-31,east,retail,active\n"));
        _warehouse.Load("risk", _warehouse.WriteFile(
            "risk.csv",
            "as_of_date,account_id,customer_id,product,balance,days_past_due,is_charged_off\n"
            + "2024-01-31,A1,C1,card,100.00,0,false\n"));
        var first = PseudonymKey.FromText("first-pseudonym-key-0123456789", "the test");
        var second = PseudonymKey.FromText("second-pseudonym-key-0123456789", "the test");
        const string ids = "select customer_id from staging.stg_customers order by all";
        const string join = "select count(*) from staging.stg_risk join core.dim_customer using (customer_id)";

        var firstBuild = BuildWith(first, ids);
        var firstAgain = BuildWith(first, ids);
        var secondBuild = BuildWith(second, ids);
        var withoutKey = BuildWith(null, ids);

        // printf '%s' C1 | openssl dgst -sha256 -hmac first-pseudonym-key-0123456789
        Assert.Contains("d4d66e6f7a909e76b518ae3a8ec0f2481f82e3d80c5b6478c560691019b4965a", firstBuild);
        Assert.Equal(firstBuild, firstAgain);
        Assert.Empty(firstBuild.Intersect(secondBuild));
        Assert.Equal(["C1", "C2"], withoutKey);
        Assert.Equal(1L, _warehouse.Scalar<long>(join));
    }

    [Fact]
    public void A_key_file_and_the_environment_give_the_same_key_and_a_short_key_is_refused_without_showing_it()
    {
        var file = _warehouse.WriteFile("pseudonym.key", "first-pseudonym-key-0123456789\n");
        var tooShort = _warehouse.WriteFile("short.key", "secret-0123\n");

        var fromFile = PseudonymKey.Resolve(file);
        var error = Assert.Throws<WarehouseException>(() => PseudonymKey.Resolve(tooShort));

        Assert.NotNull(fromFile);
        Assert.Equal(PseudonymKey.FromText("first-pseudonym-key-0123456789", "the test").Token("C1"), fromFile.Token("C1"));
        Assert.Equal(ExitCode.Usage, error.ExitCode);
        Assert.Contains("is 11 bytes long; use at least 16", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("first-pseudonym", fromFile.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_key_file_the_key_comes_from_the_environment_and_without_either_ids_are_kept()
    {
        var before = Environment.GetEnvironmentVariable(PseudonymKey.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(PseudonymKey.EnvironmentVariable, "first-pseudonym-key-0123456789");
            var fromEnvironment = PseudonymKey.Resolve(null);
            Environment.SetEnvironmentVariable(PseudonymKey.EnvironmentVariable, null);
            var none = PseudonymKey.Resolve(null);

            // printf '%s' C1 | openssl dgst -sha256 -hmac first-pseudonym-key-0123456789
            Assert.Equal("d4d66e6f7a909e76b518ae3a8ec0f2481f82e3d80c5b6478c560691019b4965a", fromEnvironment?.Token("C1"));
            Assert.Null(none);
        }
        finally
        {
            Environment.SetEnvironmentVariable(PseudonymKey.EnvironmentVariable, before);
        }
    }

    private List<string> BuildWith(PseudonymKey? key, string query)
    {
        new ModelBuilder(_warehouse.Database, TestWarehouse.EmbeddedCatalog, NullLogger.Instance, pseudonymKey: key)
            .Build();
        return TestWarehouse.RowsOf(_warehouse.Database, query);
    }

    public void Dispose() => _warehouse.Dispose();
}
