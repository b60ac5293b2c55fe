using System.Text.Json;
using Warehouse.Etl.Generation;

namespace Warehouse.Etl.Tests.Generation;

public sealed class PortfolioGeneratorTests : IDisposable
{
    private static readonly GeneratorOptions Small = new() { Customers = 250, Months = 9, Seed = 42 };

    private readonly TemporaryFolder _folder = new();

    [Theory]
    [InlineData(GeneratorFormat.Csv)]
    [InlineData(GeneratorFormat.Parquet)]
    public void The_same_options_give_byte_identical_files(GeneratorFormat format)
    {
        var options = Small with { Format = format };

        var first = PortfolioGenerator.Generate(options, _folder.Sub("first"), CancellationToken.None);
        var second = PortfolioGenerator.Generate(options, _folder.Sub("second"), CancellationToken.None);

        var files = first.Extracts.Select(e => e.Path).Append(first.TruthPath).ToList();
        Assert.Equal(8, files.Count);
        foreach (var file in files)
        {
            var twin = Path.Combine(_folder.Sub("second"), Path.GetFileName(file));
            var same = File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(twin));
            Assert.True(same, $"{Path.GetFileName(file)} differs");
        }

        Assert.Equal(first.Extracts.Select(e => e.Rows), second.Extracts.Select(e => e.Rows));
    }

    [Fact]
    public void A_different_seed_gives_different_files()
    {
        var first = PortfolioGenerator.Generate(Small, _folder.Sub("first"), CancellationToken.None);
        PortfolioGenerator.Generate(Small with { Seed = 43 }, _folder.Sub("second"), CancellationToken.None);

        foreach (var extract in new[] { "customers", "risk", "engagement", "surveys", "assignments" })
        {
            var path = first.Extracts.Single(e => e.Extract == extract).Path;
            var twin = Path.Combine(_folder.Sub("second"), Path.GetFileName(path));
            var same = File.ReadAllBytes(path).AsSpan().SequenceEqual(File.ReadAllBytes(twin));
            Assert.False(same, $"{extract} did not change");
        }
    }

    [Fact]
    public void Each_extract_gets_one_file_named_after_it_in_load_order()
    {
        var options = Small with { Format = GeneratorFormat.Parquet };

        var result = PortfolioGenerator.Generate(options, _folder.Path, CancellationToken.None);

        string[] extracts = ["customers", "risk", "engagement", "surveys", "pilots", "pilot_goals", "assignments"];
        Assert.Equal(extracts.Select(e => e + ".parquet"), result.Extracts.Select(e => Path.GetFileName(e.Path)));
        Assert.Equal(
            extracts.Select(e => e + ".parquet").Append("truth.json").Order(StringComparer.Ordinal),
            Directory.GetFiles(_folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Truth_json_holds_the_returned_truth()
    {
        var options = Small with { LastMonth = new DateOnly(2025, 3, 1) };

        var result = PortfolioGenerator.Generate(options, _folder.Path, CancellationToken.None);


        using var json = JsonDocument.Parse(File.ReadAllText(result.TruthPath));
        var root = json.RootElement;
        var pilot = root.GetProperty("pilots")[0];
        var expected = result.Truth.Pilots[0];

        Assert.Equal(
            "warehouse generate --out . --customers 250 --months 9 --seed 42 --format csv --last-month 2025-03",
            result.Truth.Command);
        Assert.Equal(result.Truth.Command, root.GetProperty("command").GetString());
        Assert.Equal(250, root.GetProperty("options").GetProperty("customers").GetInt32());
        Assert.Equal(9, root.GetProperty("options").GetProperty("months").GetInt32());
        Assert.Equal(42, root.GetProperty("options").GetProperty("seed").GetInt32());
        Assert.Equal("csv", root.GetProperty("options").GetProperty("format").GetString());
        Assert.Equal("2025-03", root.GetProperty("options").GetProperty("last_month").GetString());
        Assert.Equal("2024-07-31", root.GetProperty("first_month_date").GetString());
        Assert.Equal("2025-03-31", root.GetProperty("last_month_date").GetString());
        Assert.Equal(2, root.GetProperty("pilots").GetArrayLength());
        Assert.Equal(expected.PilotId, pilot.GetProperty("pilot_id").GetString());
        Assert.Equal(expected.Design, pilot.GetProperty("design").GetString());
        Assert.Equal(expected.PlannedCustomers, pilot.GetProperty("planned_customers").GetInt32());
        Assert.Equal(expected.AssignedCustomers, pilot.GetProperty("assigned_customers").GetInt32());
        Assert.Equal(expected.PilotCustomers, pilot.GetProperty("pilot_customers").GetInt32());
        Assert.Equal(expected.ControlCustomers, pilot.GetProperty("control_customers").GetInt32());
        Assert.Equal(expected.PlannedSplit, pilot.GetProperty("planned_split").GetDecimal());
        Assert.Equal(expected.OutcomeWindowDays, pilot.GetProperty("outcome_window_days").GetInt32());

        var effects = pilot.GetProperty("effects").EnumerateArray().ToList();
        Assert.Equal(expected.Effects.Select(e => e.Metric), effects.Select(e => e.GetProperty("metric").GetString()));
        foreach (var (effect, written) in expected.Effects.Zip(effects))
        {
            Assert.Equal(effect.MetricKind, written.GetProperty("metric_kind").GetString());
            Assert.Equal(effect.Role, written.GetProperty("role").GetString());
            Assert.Equal(effect.TrueEffect, Number(written, "true_effect"));
            Assert.Equal(effect.ValueIfAllPilot, Number(written, "value_if_all_pilot"));
            Assert.Equal(effect.ValueIfAllControl, Number(written, "value_if_all_control"));
            Assert.Equal(effect.ObservedPilotValue, Number(written, "observed_pilot_value"));
            Assert.Equal(effect.ObservedControlValue, Number(written, "observed_control_value"));
            Assert.Equal(effect.CustomersIfAllPilot, written.GetProperty("customers_if_all_pilot").GetInt32());
            Assert.Equal(effect.ObservedPilotCustomers, written.GetProperty("observed_pilot_customers").GetInt32());
            Assert.Equal(effect.ObservedControlCustomers, written.GetProperty("observed_control_customers").GetInt32());
        }
    }

    [Fact]
    public void A_cancelled_run_leaves_no_file_behind()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(
            () => PortfolioGenerator.Generate(Small, _folder.Path, cancellation.Token));

        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Theory]
    [InlineData(0, 24, "--customers")]
    [InlineData(10_000_001, 24, "--customers")]
    [InlineData(100, 7, "--months")]
    [InlineData(100, 601, "--months")]
    public void Options_out_of_range_are_refused_as_usage_errors(int customers, int months, string option)
    {
        var options = new GeneratorOptions { Customers = customers, Months = months };

        var error = Assert.Throws<WarehouseException>(
            () => PortfolioGenerator.Generate(options, _folder.Path, CancellationToken.None));

        Assert.Equal(ExitCode.Usage, error.ExitCode);
        Assert.Contains(option, error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void The_smallest_portfolio_accepted_is_generated()
    {
        var options = new GeneratorOptions { Customers = 1, Months = GeneratorOptions.MinimumMonths };

        var result = PortfolioGenerator.Generate(options, _folder.Path, CancellationToken.None);


        Assert.Equal(2, result.Extracts.Single(e => e.Extract == "pilots").Rows);
        Assert.Equal(8, result.Extracts.Single(e => e.Extract == "pilot_goals").Rows);
        Assert.InRange(result.Extracts.Single(e => e.Extract == "customers").Rows, 1, GeneratorOptions.MinimumMonths);
    }

    [Fact]
    public void Defaults_are_five_thousand_customers_over_two_years_to_october_2026()
    {
        var options = new GeneratorOptions();

        Assert.Equal(
            (5_000, 24, 42, GeneratorFormat.Csv),
            (options.Customers, options.Months, options.Seed, options.Format));
        Assert.Equal(new DateOnly(2026, 10, 31), options.LastMonthEnd);
        Assert.Equal(
            "warehouse generate --out . --customers 5000 --months 24 --seed 42 --format csv",
            options.ToCommand());
    }

    [Theory]
    [InlineData("csv", GeneratorFormat.Csv)]
    [InlineData("Parquet", GeneratorFormat.Parquet)]
    public void Formats_parse_as_the_command_line_spells_them(string text, GeneratorFormat expected)
    {
        Assert.Equal(expected, GeneratorOptions.ParseFormat(text));
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("")]
    public void An_unknown_format_is_a_usage_error(string text)
    {
        var error = Assert.Throws<WarehouseException>(() => GeneratorOptions.ParseFormat(text));

        Assert.Equal(ExitCode.Usage, error.ExitCode);
    }

    [Fact]
    public void A_month_parses_from_year_and_month_only()
    {
        Assert.Equal(new DateOnly(2025, 2, 1), GeneratorOptions.ParseMonth("2025-02"));
        var error = Assert.Throws<WarehouseException>(() => GeneratorOptions.ParseMonth("2025/02"));
        Assert.Equal(ExitCode.Usage, error.ExitCode);
    }

    public void Dispose() => _folder.Dispose();

    private static double? Number(JsonElement element, string name) =>
        element.GetProperty(name).ValueKind == JsonValueKind.Null ? null : element.GetProperty(name).GetDouble();
}
