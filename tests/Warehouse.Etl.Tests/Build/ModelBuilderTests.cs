using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Warehouse.Etl.Build;
using Warehouse.Etl.Contracts;

namespace Warehouse.Etl.Tests.Build;

public sealed class ModelBuilderTests : IDisposable
{
    private static readonly ContractCatalog Contracts = ContractCatalog.LoadEmbedded();

    private const string Calendar = "core.dim_date";

    private readonly TestWarehouse _warehouse = TestWarehouse.Create();

    [Fact]
    public void An_empty_warehouse_builds_and_passes_every_data_test()
    {
        var report = _warehouse.Build();

        // The metric catalogue is the one model that is data itself: twelve metrics.
        Assert.Equal(12, report.Models.Single(m => m.Relation == "core.dim_pilot_metric").RowCount);
        Assert.All(report.Models.Where(m => m.Relation != "core.dim_pilot_metric"), m => Assert.Equal(0, m.RowCount));
        Assert.NotEmpty(report.DataTests);
        Assert.All(report.DataTests, t => Assert.True(t.Passed, t.Name));
    }

    [Fact]
    public void Every_model_and_data_test_is_recorded_with_its_row_count()
    {
        InsertCustomers(("C1", "north"), ("C2", "south"));

        var report = _warehouse.Build();

        var recorded = _warehouse.Rows($"""
            select model, status, row_count from meta.build_runs
            where run_id = {report.RunId} and kind = 'model' order by model
            """);
        var passedTests = _warehouse.Scalar($"""
            select count(*) from meta.build_runs
            where run_id = {report.RunId} and kind = 'test' and status = 'passed'
            """);
        var expected = report.Models.Select(m => $"{m.Relation} | built | {m.RowCount}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, recorded);
        Assert.Contains("core.dim_customer | built | 2", recorded);
        Assert.Equal((long)report.DataTests.Count, passedTests);
    }

    [Fact]
    public void Every_built_model_is_recorded_with_the_sha256_of_the_sql_it_ran()
    {
        var report = _warehouse.Build();

        // Computed apart from the builder: the SHA-256 of each catalogue model's select, as UTF-8.
        var expected = TestWarehouse.EmbeddedCatalog.Models
            .Select(m => $"{m.Relation} | {Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(m.Sql)))}")
            .Order(StringComparer.Ordinal);
        var recorded = _warehouse.Rows($"""
            select model, sql_sha256 from meta.build_runs
            where run_id = {report.RunId} and kind = 'model' order by model
            """);
        Assert.Equal(expected, recorded);
        Assert.Equal(0L, _warehouse.Scalar($"""
            select count(*) from meta.build_runs
            where run_id = {report.RunId} and kind = 'test' and sql_sha256 is not null
            """));
    }

    [Fact]
    public void Models_money_and_counts_stay_within_the_types_dotnet_reads_exactly()
    {
        _warehouse.Build();

        // DuckDB widens sums to decimal(38,s) and hugeint, which fall outside System.Decimal and long.
        var wide = _warehouse.Rows("""
            select schema_name || '.' || table_name || '.' || column_name || ' ' || data_type
            from duckdb_columns()
            where schema_name in ('staging', 'core', 'marts')
                and (data_type = 'HUGEINT' or regexp_matches(data_type, '^DECIMAL\((29|3[0-9])'))
            """);
        Assert.True(wide.Count == 0, string.Join("\n", wide));
    }

    [Fact]
    public void A_failing_data_test_fails_the_build_naming_the_test_and_its_failing_rows()
    {
        // An assignment to a pilot that was never delivered: the relationship to the pilot dimension breaks,
        // and without a pilot there is no outcome window.
        InsertCustomers(("C1", "north"));
        _warehouse.Execute("""
            insert into raw.pilot_assignments
                (pilot_id, customer_id, arm, assigned_date, _batch_id, _source_file, _source_line)
            values ('P9', 'C1', 'pilot', '2024-01-10', 2, 'assignments.csv', 2)
            """);

        var error = Assert.Throws<WarehouseException>(() => _warehouse.Build());

        Assert.Equal(ExitCode.BuildFailed, error.ExitCode);
        Assert.Contains(
            "relationship(core.fct_pilot_assignment.pilot_id -> core.dim_pilot.pilot_id): 1 failing row",
            error.Message,
            StringComparison.Ordinal);
        Assert.Contains("not_null(core.fct_pilot_assignment.window_end_date): 1 failing row", error.Message);

        // Under each failing test, the command that shows its rows; each query it quotes finds rows.
        const string Command = "    warehouse query \"";
        var shown = error.Message.Split('\n')
            .Where(l => l.StartsWith(Command, StringComparison.Ordinal))
            .Select(l => l[Command.Length..^1])
            .ToList();
        Assert.Contains(shown, q => q.Contains("core.fct_pilot_assignment", StringComparison.Ordinal));
        Assert.All(shown, query => Assert.NotEmpty(_warehouse.Rows(query)));
        Assert.Equal(
            ["failed | 1"],
            _warehouse.Rows("""
                select status, row_count from meta.build_runs
                where model = 'relationship(core.fct_pilot_assignment.pilot_id -> core.dim_pilot.pilot_id)'
                """));
    }

    [Fact]
    public void A_failing_singular_test_is_named_after_its_file_with_its_row_count()
    {
        InsertCustomers(("C1", "north"), ("C2", "south"), ("C3", "west"));
        var catalog = WithSingularTest(
            "sql/tests/every_customer_lives_in_the_north.sql",
            "select * from core.dim_customer where region <> 'north'");
        var builder = _warehouse.Builder(catalog);
        var report = builder.BuildModels();

        var error = Assert.Throws<WarehouseException>(() => builder.RunDataTests(report.RunId));

        // Two of the three customers live elsewhere.
        Assert.Contains(
            "every_customer_lives_in_the_north: 2 failing rows (sql/tests/every_customer_lives_in_the_north.sql)",
            error.Message,
            StringComparison.Ordinal);
        Assert.StartsWith("1 of ", error.Message);
    }

    [Fact]
    public void A_test_that_cannot_run_is_named_even_when_counted_in_a_shared_scan()
    {
        var report = _warehouse.Builder().BuildModels();
        var runner = new DataTestRunner(_warehouse.Database, NullLogger.Instance);
        DataTest[] tests =
        [
            new(
                "sound",
                "t.json",
                "select * from core.dim_date where date_day is null",
                [Calendar],
                "date_day is null"),
            new(
                "broken",
                "t.json",
                "select * from core.dim_date where day_nr is null",
                [Calendar],
                "day_nr is null"),
        ];

        var error = Assert.Throws<WarehouseException>(() => runner.Run(tests, report.RunId));

        Assert.StartsWith("Data test broken (t.json) could not run", error.Message);
        Assert.Contains("day_nr", error.Message);
        Assert.Equal(
            ["broken | failed", "sound | passed"],
            _warehouse.Rows($"""
                select model, status from meta.build_runs
                where run_id = {report.RunId} and kind = 'test' order by model
                """));
    }

    [Fact]
    public void A_model_with_a_sql_error_names_its_file_and_leaves_the_previous_tables()
    {
        InsertCustomers(("C1", "north"));
        _warehouse.Build();
        InsertCustomers(("C2", "south"));
        var broken = SqlModel.FromFile(
            "sql/models/marts/customer_regions.sql",
            "-- grain: one region\nselect regionn from core.dim_customer");
        var catalog = ModelCatalog.Create(
            [.. TestWarehouse.EmbeddedCatalog.Models, broken], TestWarehouse.EmbeddedCatalog.Schema, [], Contracts);

        var error = Assert.Throws<WarehouseException>(() => _warehouse.Builder(catalog).BuildModels());

        Assert.Equal(ExitCode.BuildFailed, error.ExitCode);
        Assert.Contains("marts.customer_regions (sql/models/marts/customer_regions.sql) failed", error.Message);
        Assert.Contains("regionn", error.Message);
        // DuckDB's line numbers are the file's: the misspelt column is on line 2.
        Assert.Contains("LINE 2", error.Message);
        // dim_customer was rebuilt with C2 inside the failed build; the rollback keeps the earlier one.
        Assert.Equal(1L, _warehouse.Scalar("select count(*) from core.dim_customer"));
        Assert.Equal(
            ["marts.customer_regions | failed"],
            _warehouse.Rows("select model, status from meta.build_runs where status = 'failed'"));
    }

    [Fact]
    public void Tables_and_columns_carry_their_descriptions_as_comments()
    {
        _warehouse.Build();

        var table = (string?)_warehouse.Scalar(
            "select comment from duckdb_tables() where schema_name = 'marts' and table_name = 'roll_rates_monthly'");
        var column = (string?)_warehouse.Scalar("""
            select comment from duckdb_columns()
            where schema_name = 'marts' and table_name = 'portfolio_kpis_monthly' and column_name = 'rate_30_plus'
            """);

        Assert.NotNull(table);
        Assert.StartsWith("Roll rates:", table);
        Assert.EndsWith("Key: month_date, from_bucket, to_bucket.", table);
        Assert.Equal("accounts_30_plus / accounts_open.", column);
    }

    [Fact]
    public void The_lift_table_is_tested_once_the_lift_job_has_written_it()
    {
        _warehouse.Execute("""
            insert into raw.pilots
                (pilot_id, name, owner, start_date, outcome_window_days, planned_split, design,
                 _batch_id, _source_file, _source_line)
            values ('P1', 'Nudge', 'marketing', '2024-01-01', 14, 0.5, 'randomised', 1, 'pilots.csv', 2)
            """);
        _warehouse.Execute("""
            insert into raw.pilot_goals
                (pilot_id, metric, role, direction, position, _batch_id, _source_file, _source_line)
            values ('P1', 'visit_rate', 'primary', 'increase', 1, 1, 'pilot_goals.csv', 2)
            """);
        var builder = _warehouse.Builder();
        var report = builder.BuildModels();
        var before = builder.RunDataTests(report.RunId);

        // What a lift job that wrote one pilot and metric twice would leave behind.
        _warehouse.Execute($"""
            create table marts.pilot_lift as
            select {LiftColumns()}
            from range(2)
            """);
        var error = Assert.Throws<WarehouseException>(() => builder.RunDataTests(report.RunId));

        Assert.DoesNotContain(before, t => t.Name.Contains("pilot_lift"));
        Assert.Contains("unique(marts.pilot_lift: pilot_id, metric): 1 failing row", error.Message);
        Assert.StartsWith("1 of ", error.Message);
        Assert.NotNull(_warehouse.Scalar(
            "select comment from duckdb_tables() where schema_name = 'marts' and table_name = 'pilot_lift'"));
    }

    private static string LiftColumns()
    {
        var lift = TestWarehouse.EmbeddedCatalog.Schema.Find("marts.pilot_lift")!;
        return string.Join(", ", lift.Columns.Select(c => c.Name switch
        {
            "pilot_id" => "'P1' as pilot_id",
            "metric" => "'visit_rate' as metric",
            "metric_kind" => "'rate' as metric_kind",
            "role" => "'primary' as role",
            "direction" => "'increase' as direction",
            "design" => "'randomised' as design",
            "decision_basis" => "'raw' as decision_basis",
            "adjustment_method" => "'holm' as adjustment_method",
            "goal_verdict" => "'met' as goal_verdict",
            "pilot_name" or "note" or "interval_method" or "relative_method" or "verdict_reason" =>
                $"null::varchar as {c.Name}",
            "is_primary" or "is_srm_mismatch" => $"false as {c.Name}",
            _ => $"0.5::double as {c.Name}",
        }));
    }

    private static ModelCatalog WithSingularTest(string file, string sql)
    {
        var shipped = TestWarehouse.EmbeddedCatalog;
        return ModelCatalog.Create(shipped.Models, shipped.Schema, [ModelCatalog.SingularTest(file, sql)], Contracts);
    }

    private void InsertCustomers(params (string CustomerId, string Region)[] customers)
    {
        var rows = customers.Select((c, i) =>
            $"('{c.CustomerId}', '2024-01-31', '{c.Region}', 'retail', 'active', 1, 'customers.csv', {i + 2})");
        _warehouse.Execute(
            "insert into raw.customers (customer_id, snapshot_date, region, segment, status, "
            + "_batch_id, _source_file, _source_line) values " + string.Join(", ", rows));
    }

    public void Dispose() => _warehouse.Dispose();
}
