namespace Warehouse.Reports.Tests.EndToEnd;

/// <summary>Mistakes a user makes get one clear line on standard error and a named exit code.</summary>
public sealed class CommandErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("warehouse-cli-test-").FullName;

    [Fact]
    public void An_unknown_extract_lists_the_known_ones()
    {
        File.WriteAllText(Path.Combine(_folder, "x.csv"), "a\n1\n");

        var (exitCode, _, error) = WarehouseProcess.Run(_folder, "load", "loans", "x.csv");

        Assert.Equal(2, exitCode);
        Assert.Contains("Unknown extract 'loans'", error, StringComparison.Ordinal);
        Assert.Contains("customers, risk, engagement", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_a_rejected_command_line_and_help_is_a_success()
    {
        var (unknownExit, _, unknownError) = WarehouseProcess.Run(_folder, "build", "--dbb", "x.duckdb");
        var (helpExit, helpOutput, _) = WarehouseProcess.Run(_folder, "build", "--help");

        Assert.Equal(1, unknownExit);
        Assert.Contains("Unknown option 'dbb'", unknownError, StringComparison.Ordinal);
        Assert.Equal(0, helpExit);
        Assert.Contains("--db", helpOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("select 1; select 2", "50", "more than one statement")]
    [InlineData("select 1; pragma version", "50", "more than one statement")]
    [InlineData("select 1", "-1", "--max-rows must be 0 or more, not -1")]
    public void A_query_of_two_statements_or_a_negative_row_limit_is_a_usage_error(
        string sql, string maxRows, string said)
    {
        WarehouseProcess.Run(_folder, "init", "--db", "w.duckdb");

        var (exitCode, output, error) =
            WarehouseProcess.Run(_folder, "query", sql, "--db", "w.duckdb", "--max-rows", maxRows);

        Assert.Equal(2, exitCode);
        Assert.Contains(said, error, StringComparison.Ordinal);
        Assert.Equal("", output);
    }

    [Theory]
    [InlineData("demo --real --customers 10", "--real loads the shipped datasets as they are")]
    [InlineData("demo --months 7", "--months must be")]
    [InlineData("lift --table verdicts", "use it with --format csv")]
    public void An_option_that_would_be_ignored_or_is_out_of_range_is_refused_before_any_work(
        string commandLine, string said)
    {
        var (exitCode, output, error) = WarehouseProcess.Run(_folder, commandLine.Split(' '));

        Assert.Equal(2, exitCode);
        Assert.Contains(said, error, StringComparison.Ordinal);
        Assert.DoesNotContain("[1/4]", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public void A_missing_file_is_named_before_the_warehouse_is_created()
    {
        var (exitCode, output, error) =
            WarehouseProcess.Run(_folder, "load", "risk", "nofile.csv", "--db", "typo.duckdb");

        Assert.Equal(3, exitCode);
        Assert.Contains("nofile.csv: no such file", error, StringComparison.Ordinal);
        Assert.Equal("", output);
        Assert.False(File.Exists(Path.Combine(_folder, "typo.duckdb")));
    }

    [Fact]
    public void A_refused_file_exits_with_the_bad_input_code_and_shows_its_first_rejects()
    {
        File.WriteAllText(Path.Combine(_folder, "risk.csv"),
            "as_of_date,account_id,customer_id,product,balance,days_past_due,is_charged_off\n"
            + "2024-01-31,A1,C1,card,12.345,0,false\n");

        var (exitCode, output, _) = WarehouseProcess.Run(_folder, "load", "risk", "risk.csv");

        Assert.Equal(3, exitCode);
        Assert.Contains("line 2, column balance, value '12.345'", output, StringComparison.Ordinal);
        Assert.Contains(
            "Records: 1 in the files read = 0 loaded + 1 rejected (counted apart from the reader).",
            output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_customer_snapshot_that_shrank_by_more_than_half_exits_with_the_bad_input_code_and_both_counts()
    {
        const string header = "customer_id,snapshot_date,region,segment,status\n";
        File.WriteAllText(Path.Combine(_folder, "january.csv"), header
            + "C1,2024-01-31,north,retail,active\nC2,2024-01-31,north,retail,active\n"
            + "C3,2024-01-31,north,retail,active\n");
        File.WriteAllText(Path.Combine(_folder, "february.csv"), header + "C1,2024-02-29,north,retail,active\n");

        var (exitCode, output, _) = WarehouseProcess.Run(_folder, "load", "customers", "january.csv", "february.csv");

        Assert.Equal(3, exitCode);
        Assert.Contains(
            "holds 1 customers, fewer than 50% of the 3 in the snapshot of 2024-01-31 (at least 2 needed)",
            output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_writer_is_told_the_warehouse_is_in_use_and_exits_with_the_busy_code()
    {
        File.WriteAllText(Path.Combine(_folder, "pilots.csv"),
            "pilot_id,name,owner,start_date,outcome_window_days,planned_split,design\n"
            + "p1,Pilot one,team,2024-01-01,30,0.5,randomised\n");
        Assert.Equal(0, WarehouseProcess.Run(_folder, "init").ExitCode);

        // This process holds the file as a writer, as a running load or an analyst's tool would.
        using (var holder = new DuckDB.NET.Data.DuckDBConnection(
            $"Data Source={Path.Combine(_folder, "warehouse.duckdb")}"))
        {
            holder.Open();

            var (exitCode, _, error) = WarehouseProcess.Run(_folder, "load", "pilots", "pilots.csv");

            Assert.Equal(5, exitCode);
            Assert.Contains("warehouse.duckdb is in use by another process", error, StringComparison.Ordinal);
            Assert.Contains($"(PID {Environment.ProcessId})", error, StringComparison.Ordinal);
            Assert.Contains("Wait for that job to finish", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }

        Assert.Equal(0, WarehouseProcess.Run(_folder, "load", "pilots", "pilots.csv").ExitCode);
    }

    [Fact]
    public void A_report_for_a_missing_warehouse_says_how_to_make_one()
    {
        var (exitCode, _, error) = WarehouseProcess.Run(
            _folder, "report", "monthly", "--month", "2026-10", "--out", "r.pdf");

        Assert.Equal(6, exitCode);
        Assert.Contains("warehouse demo", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Oct 2026")]
    [InlineData("2026-01'; drop table x;--")]
    [InlineData("2026-13")]
    public void A_malformed_month_is_a_usage_error(string month)
    {
        var (exitCode, _, error) = WarehouseProcess.Run(
            _folder, "report", "monthly", "--month", month, "--out", "r.pdf");

        Assert.Equal(2, exitCode);
        Assert.Contains("yyyy-MM", error, StringComparison.Ordinal);
        Assert.Contains($"it is '{month}'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_paper_size_is_a_usage_error_naming_the_sizes()
    {
        var (exitCode, _, error) = WarehouseProcess.Run(
            _folder, "report", "monthly", "--month", "2026-10", "--out", "r.pdf", "--paper", "a5");

        Assert.Equal(2, exitCode);
        Assert.Contains("--paper must be a4 or letter; it is 'a5'.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Building_a_warehouse_that_does_not_exist_is_refused_rather_than_created_empty()
    {
        var (exitCode, _, error) = WarehouseProcess.Run(_folder, "build", "--db", "typo.duckdb");

        Assert.Equal(6, exitCode);
        Assert.Contains("No warehouse at", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "typo.duckdb")));
    }

    [Theory]
    [InlineData("--alpha", "1.5", "--alpha must be a number strictly between 0 and 1")]
    [InlineData("--power", "0", "--power must be a number strictly between 0 and 1")]
    [InlineData("--customers", "3", "--customers must be at least 4")]
    public void A_pilot_plan_setting_out_of_range_is_a_usage_error(string option, string value, string said)
    {
        var (exitCode, _, error) = WarehouseProcess.Run(_folder, "pilot", "plan", option, value);

        Assert.Equal(2, exitCode);
        Assert.Contains(said, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lift_csv_of_an_unknown_mart_is_a_usage_error()
    {
        var (exitCode, _, error) = WarehouseProcess.Run(_folder, "lift", "--format", "csv", "--table", "pilots");

        Assert.Equal(2, exitCode);
        Assert.Contains("lift, verdicts, monthly, power", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
