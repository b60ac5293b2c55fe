using System.Globalization;
using System.Text.Json;
using Dapper;
using DuckDB.NET.Data;
using Warehouse.Etl.Lift;

namespace Warehouse.Etl.Tests.Lift;

public sealed class LiftTableFormatterTests
{
    private static readonly LiftEstimate VisitRate = new()
    {
        PilotId = "mail-test",
        PilotName = "Mens e-mail, \"spring\" wave",
        Metric = "visit_rate",
        MetricKind = MetricKind.Rate,
        IsPrimary = true,
        PilotCustomers = 21_307,
        ControlCustomers = 21_306,
        PilotMean = 0.182757,
        ControlMean = 0.106167,
        AbsoluteLift = 0.07659,
        AbsoluteCiLow = 0.069953,
        AbsoluteCiHigh = 0.083227,
        RelativeLift = 0.721411,
        RelativeCiLow = 0.634102,
        RelativeCiHigh = 0.808720,
        TStatistic = 22.62,
        PValue = 3.1e-113,
        SrmPilotShare = 0.500012,
        PlannedSplit = 0.5,
        SrmPValue = 0.9961348415003554,
        IsSrmMismatch = false,
    };

    private static readonly LiftEstimate Spend = VisitRate with
    {
        Metric = "spend_per_customer",
        MetricKind = MetricKind.Mean,
        IsPrimary = false,
        PilotMean = 1.422617,
        ControlMean = 0.652789,
        AbsoluteLift = 0.769828,
        AbsoluteCiLow = 0.485114,
        AbsoluteCiHigh = 1.054542,
        RelativeLift = 1.179291,
        RelativeCiLow = 0.651,
        RelativeCiHigh = 1.707,
        TStatistic = 5.3001,
        PValue = 1.16e-7,
    };

    private static readonly LiftEstimate Nps = VisitRate with
    {
        Metric = "nps",
        MetricKind = MetricKind.Nps,
        IsPrimary = false,
        PilotCustomers = 200,
        ControlCustomers = 180,
        PilotMean = 20,
        ControlMean = 0,
        AbsoluteLift = 20,
        AbsoluteCiLow = 3.2,
        AbsoluteCiHigh = 36.8,
        RelativeLift = null,
        RelativeCiLow = null,
        RelativeCiHigh = null,
        TStatistic = 2.3526,
        PValue = 0.0191,
        Note = "The control mean is zero, so a relative lift is undefined.",
    };

    private static readonly LiftEstimate[] Estimates = [VisitRate, Spend, Nps];

    [Fact]
    public void The_table_shows_rates_as_percentages_and_tiny_p_values_as_a_bound()
    {
        var lines = LiftTableFormatter.FormatTable(Estimates).Split('\n');
        var visit = lines.Single(l => l.Contains("visit_rate", StringComparison.Ordinal));

        Assert.Contains("visit_rate *", visit, StringComparison.Ordinal);
        Assert.Contains("21,307", visit, StringComparison.Ordinal);
        Assert.Contains("18.28%", visit, StringComparison.Ordinal);
        Assert.Contains("10.62%", visit, StringComparison.Ordinal);
        Assert.Contains("+7.66 pp", visit, StringComparison.Ordinal);
        Assert.Contains("[+7.00, +8.32]", visit, StringComparison.Ordinal);
        Assert.Contains("+72.1%", visit, StringComparison.Ordinal);
        Assert.Contains("[+63.4%, +80.9%]", visit, StringComparison.Ordinal);
        Assert.Contains("< 1e-12", visit, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_ratio_check_is_said_once_per_pilot_under_the_table()
    {
        var lines = LiftTableFormatter.FormatTable(Estimates).Split('\n');

        var ratio = Assert.Single(lines, l => l.StartsWith("Sample ratio, ", StringComparison.Ordinal));
        Assert.Contains("50.00% in the pilot arm against 50.00% planned", ratio, StringComparison.Ordinal);
        Assert.Contains("p = 0.9961: as planned.", ratio, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_shows_amounts_nps_points_and_ordinary_p_values_with_sensible_digits()
    {
        var lines = LiftTableFormatter.FormatTable(Estimates).Split('\n');
        var spend = lines.Single(l => l.Contains("spend_per_customer", StringComparison.Ordinal));
        var nps = lines.Single(l => l.StartsWith("mail-test  nps ", StringComparison.Ordinal));

        Assert.Contains(" 1.423 ", spend, StringComparison.Ordinal);
        Assert.Contains(" 0.6528 ", spend, StringComparison.Ordinal);
        Assert.Contains("+0.7698", spend, StringComparison.Ordinal);
        Assert.Contains("[+0.4851, +1.055]", spend, StringComparison.Ordinal);
        Assert.Contains("1.2e-07", spend, StringComparison.Ordinal);
        Assert.Contains("+20.0 pts", nps, StringComparison.Ordinal);
        Assert.Contains("[+3.2, +36.8]", nps, StringComparison.Ordinal);
        Assert.Contains("0.0191", nps, StringComparison.Ordinal);
        Assert.Contains(
            "[1] mail-test / nps: The control mean is zero, so a relative lift is undefined.",
            lines);
    }

    [Fact]
    public void Table_columns_line_up_under_their_headers()
    {
        var lines = LiftTableFormatter.FormatTable(Estimates).Split('\n');
        var header = lines[0];
        var rows = lines.Skip(2).Take(Estimates.Length).ToArray();
        var controlEnd = header.IndexOf("control n", StringComparison.Ordinal) + "control n".Length;

        Assert.StartsWith("---", lines[1], StringComparison.Ordinal);
        Assert.All(rows, r => Assert.True(char.IsDigit(r[controlEnd - 1]) && r[controlEnd] == ' ', r));
    }

    [Fact]
    public void Json_names_every_mart_column_and_keeps_full_precision()
    {
        var json = LiftTableFormatter.FormatJson(Estimates);

        using var document = JsonDocument.Parse(json);
        var first = document.RootElement[0];
        var third = document.RootElement[2];
        Assert.Equal(3, document.RootElement.GetArrayLength());
        Assert.Equal(PilotLiftColumns.All.Select(c => c.Name), first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("rate", first.GetProperty("metric_kind").GetString());
        Assert.True(first.GetProperty("is_primary").GetBoolean());
        Assert.Equal(21_307, first.GetProperty("pilot_customers").GetInt64());
        Assert.Equal(3.1e-113, first.GetProperty("p_value").GetDouble());
        Assert.Equal(0.9961348415003554, first.GetProperty("srm_p_value").GetDouble());
        Assert.Equal(0.5m, first.GetProperty("planned_split").GetDecimal());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("note").ValueKind);
        Assert.Equal(JsonValueKind.Null, third.GetProperty("relative_lift").ValueKind);
    }

    [Fact]
    public void Csv_quotes_by_rfc_4180_and_reads_back_with_duckdb()
    {
        var csv = LiftTableFormatter.FormatCsv(Estimates);
        var file = Path.Combine(Path.GetTempPath(), $"lift-{Guid.NewGuid():N}.csv");
        var columns = string.Join(", ", PilotLiftColumns.All.Select(c => $"'{c.Name}': 'varchar'"));
        File.WriteAllText(file, csv);
        try
        {
            using var connection = new DuckDBConnection("Data Source=:memory:");
            connection.Open();
            var rows = connection.Query<(string Name, string PValue, string? Relative)>(
                $$"""
                select pilot_name, p_value, relative_lift,
                from read_csv(
                    '{{file}}',
                    header = true,
                    auto_detect = false,
                    strict_mode = true,
                    columns = {{{columns}}}
                )
                """).ToList();

            var header = string.Join(',', PilotLiftColumns.All.Select(c => c.Name));
            Assert.StartsWith(header + "\r\n", csv, StringComparison.Ordinal);
            Assert.Contains(",\"Mens e-mail, \"\"spring\"\" wave\",", csv, StringComparison.Ordinal);
            // A header and three records, each ended by CRLF; no bare line feed anywhere.
            Assert.Equal(5, csv.Split("\r\n").Length);
            Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
            Assert.DoesNotContain("\n", csv.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Equal(3, rows.Count);
            Assert.All(rows, r => Assert.Equal(VisitRate.PilotName, r.Name));
            Assert.Equal(3.1e-113, double.Parse(rows[0].PValue, CultureInfo.InvariantCulture));
            Assert.Null(rows[2].Relative);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("table", LiftOutputFormat.Table)]
    [InlineData("JSON", LiftOutputFormat.Json)]
    [InlineData("csv", LiftOutputFormat.Csv)]
    public void Format_names_parse(string name, LiftOutputFormat expected)
    {
        Assert.Equal(expected, LiftTableFormatter.ParseFormat(name));
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var error = Assert.Throws<WarehouseException>(() => LiftTableFormatter.ParseFormat("xlsx"));

        Assert.Equal(ExitCode.Usage, error.ExitCode);
        Assert.Contains("table, json, csv", error.Message, StringComparison.Ordinal);
    }
}
