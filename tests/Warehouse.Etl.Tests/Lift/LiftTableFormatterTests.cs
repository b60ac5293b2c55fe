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
        Role = GoalRole.Primary,
        Direction = BetterDirection.Increase,
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
        CupedLift = 0.0761,
        CupedCiLow = 0.0712,
        CupedCiHigh = 0.0810,
        CupedPValue = 2e-200,
        VarianceReduction = 0.262,
        DecisionBasis = "cuped",
        GoalVerdict = Verdict.Met,
        VerdictReason = "Met: the 95% interval of the CUPED-adjusted lift, [+7.12, +8.10] pp, lies wholly on the "
            + "better side of zero (higher is better).",
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
        Role = GoalRole.Secondary,
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
        AdjustedPValue = 2.32e-7,
        AdjustmentMethod = "holm",
        CupedLift = null,
        VarianceReduction = null,
        DecisionBasis = "raw",
        VerdictReason = "Met: Holm-adjusted p = 2.3e-07 with the lift on the better side (higher is better).",
    };

    private static readonly LiftEstimate Nps = VisitRate with
    {
        Metric = "nps",
        MetricKind = MetricKind.Nps,
        IsPrimary = false,
        Role = GoalRole.Guardrail,
        Margin = 2,
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
        CupedLift = null,
        VarianceReduction = null,
        DecisionBasis = "raw",
        VerdictReason = "Met: the 95% interval of the lift, [+3.2, +36.8] pts, excludes a worsening of more than "
            + "the margin of 2.0 pts.",
        Note = "The control mean is zero, so a relative lift is undefined (a zero baseline).",
    };

    private static readonly PilotVerdict MailVerdict = new()
    {
        PilotId = "mail-test",
        PilotName = VisitRate.PilotName,
        Design = PilotDesign.Randomised,
        Status = "complete",
        PrimaryMetric = "visit_rate",
        Verdict = Verdict.Met,
        Reason = "Primary visit_rate: " + VisitRate.VerdictReason + " Every guardrail holds (nps).",
        SrmPilotShare = 0.500012,
        PlannedSplit = 0.5,
        SrmPValue = 0.9961348415003554,
    };

    private static readonly LiftEstimate BranchPaid = new()
    {
        PilotId = "branch-visit",
        PilotName = "Branch visit",
        Metric = "balance_paid",
        MetricKind = MetricKind.Mean,
        IsPrimary = true,
        Role = GoalRole.Primary,
        Direction = BetterDirection.Increase,
        Design = PilotDesign.Observational,
        PilotCustomers = 4,
        ControlCustomers = 4,
        PilotMean = 2.5,
        ControlMean = 1.5,
        AbsoluteLift = 1,
        DidLift = 2,
        DidCiLow = 0.06,
        DidCiHigh = 3.94,
        DidPValue = 0.045,
        DecisionBasis = "difference_in_differences",
        PreTrend = new PreTrendCheck(
            2,
            null,
            null,
            "Only 2 pre-period month(s) have both arms with at least two customers and some variance; the "
            + "parallel-trend check needs 3."),
        GoalVerdict = Verdict.NotDecisionReady,
        VerdictReason = "Observational pilot: Only 2 pre-period month(s) have both arms with at least two customers "
            + "and some variance; the parallel-trend check needs 3.",
        SrmPilotShare = 0.5,
        PlannedSplit = 0.5,
        SrmPValue = 1,
    };

    private static readonly PilotVerdict BranchVerdict = new()
    {
        PilotId = "branch-visit",
        PilotName = "Branch visit",
        Design = PilotDesign.Observational,
        Status = "complete",
        Verdict = Verdict.NotDecisionReady,
        Reason = "Observational (not randomised). Primary balance_paid: " + BranchPaid.VerdictReason,
        SrmPilotShare = 0.5,
        PlannedSplit = 0.5,
        SrmPValue = 1,
    };

    private static readonly MonthlyLift January = new()
    {
        PilotId = "mail-test",
        Metric = "visit_rate",
        AsOfMonth = new DateOnly(2026, 1, 31),
        IsDecisionReady = true,
        DecisionBasis = "cuped",
        PilotCustomers = 10_000,
        ControlCustomers = 10_000,
        Lift = 0.07,
        CiLow = 0.06,
        CiHigh = 0.08,
        PValue = 1e-40,
    };

    private static readonly LiftReport Report = new(
        [BranchPaid, VisitRate, Spend, Nps],
        [BranchVerdict, MailVerdict],
        [January],
        []);

    [Fact]
    public void The_table_shows_rates_as_percentages_and_tiny_p_values_as_a_bound()
    {
        var lines = Table();
        var visit = lines.Single(l => l.TrimStart().StartsWith("visit_rate ", StringComparison.Ordinal));

        Assert.Contains("21,307", visit, StringComparison.Ordinal);
        Assert.Contains("18.28%", visit, StringComparison.Ordinal);
        Assert.Contains("10.62%", visit, StringComparison.Ordinal);
        Assert.Contains("+7.66 pp", visit, StringComparison.Ordinal);
        Assert.Contains("[+7.00, +8.32]", visit, StringComparison.Ordinal);
        Assert.Contains("+72.1%", visit, StringComparison.Ordinal);
        Assert.Contains("< 1e-12", visit, StringComparison.Ordinal);
        Assert.EndsWith("met", visit, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cuped_row_sits_beneath_the_raw_one_with_how_much_the_interval_narrowed()
    {
        var lines = Table();
        var visit = Array.FindIndex(lines, l => l.TrimStart().StartsWith("visit_rate ", StringComparison.Ordinal));

        Assert.StartsWith("  CUPED-adjusted", lines[visit + 1], StringComparison.Ordinal);
        Assert.Contains("+7.61 pp", lines[visit + 1], StringComparison.Ordinal);
        Assert.Contains("[+7.12, +8.10]", lines[visit + 1], StringComparison.Ordinal);
        Assert.EndsWith("26% narrower", lines[visit + 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Each_pilot_opens_with_its_verdict_ratio_check_and_integrity_before_its_rows()
    {
        var lines = Table();
        var heading = Array.FindIndex(lines, l => l.StartsWith("Pilot mail-test,", StringComparison.Ordinal));
        var row = Array.FindIndex(lines, l => l.TrimStart().StartsWith("visit_rate ", StringComparison.Ordinal));

        Assert.StartsWith("  Verdict: MET. Primary visit_rate: Met:", lines[heading + 1], StringComparison.Ordinal);
        const string SampleRatio =
            "Sample ratio: 50.00% in the pilot arm against 50.00% planned, p = 0.9961: as planned.";
        Assert.Single(lines, l => l.Contains(SampleRatio, StringComparison.Ordinal));
        Assert.Contains(lines.Skip(heading).Take(row - heading), l => l == "  Integrity: every check passes.");
        Assert.Equal(2, lines.Count(l => l.Contains("Sample ratio:", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_observational_pilot_is_labelled_and_shows_its_difference_in_differences()
    {
        var lines = Table();
        var paid = Array.FindIndex(lines, l => l.TrimStart().StartsWith("balance_paid ", StringComparison.Ordinal));

        Assert.Contains(lines, l => l.StartsWith("Pilot branch-visit, \"Branch visit\": OBSERVATIONAL (not randomised)",
            StringComparison.Ordinal));
        Assert.Contains(
            "Verdict: NOT DECISION-READY. Observational", string.Join(" ", lines), StringComparison.Ordinal);
        Assert.StartsWith("  diff-in-diff (obs.)", lines[paid + 1], StringComparison.Ordinal);
        Assert.Contains("+2.00", lines[paid + 1], StringComparison.Ordinal);
        Assert.EndsWith("not ready", lines[paid], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("  Parallel trends, balance_paid: Only 2", StringComparison.Ordinal));
    }

    [Fact]
    public void The_table_shows_amounts_nps_points_roles_and_holm_adjusted_p_values()
    {
        var lines = Table();
        var spend = lines.Single(l => l.TrimStart().StartsWith("spend_per_customer ", StringComparison.Ordinal));
        var nps = lines.Single(l => l.TrimStart().StartsWith("nps [1] ", StringComparison.Ordinal));

        Assert.Contains(" 1.423 ", spend, StringComparison.Ordinal);
        Assert.Contains(" 0.6528 ", spend, StringComparison.Ordinal);
        Assert.Contains("+0.7698", spend, StringComparison.Ordinal);
        Assert.Contains("[+0.485, +1.05]", spend, StringComparison.Ordinal);
        Assert.Contains("2.3e-07", spend, StringComparison.Ordinal);
        Assert.Contains("+20.0 pts", nps, StringComparison.Ordinal);
        Assert.Contains("[+3.2, +36.8]", nps, StringComparison.Ordinal);
        Assert.Contains("0.0191", nps, StringComparison.Ordinal);
        Assert.Contains("Secondary (p Holm-adjusted on the deciding row)", lines);
        Assert.Contains("Guardrails (non-inferiority against a margin)", lines);
        Assert.Contains(lines, l => l.StartsWith("  nps (margin 2.0 pts): Met:", StringComparison.Ordinal));
        Assert.Contains(
            "  [1] nps: The control mean is zero, so a relative lift is undefined (a zero baseline).",
            lines);
    }

    [Fact]
    public void No_line_is_wider_than_120_columns()
    {
        Assert.All(Table(), l => Assert.True(l.Length <= 120, $"{l.Length}: {l}"));
    }

    [Fact]
    public void Table_columns_line_up_under_their_headers()
    {
        var lines = Table();
        var heading = Array.FindIndex(lines, l => l.StartsWith("Pilot mail-test,", StringComparison.Ordinal));
        var header = lines.Skip(heading).First(l => l.TrimStart().StartsWith("metric ", StringComparison.Ordinal));
        var controlEnd = header.IndexOf("control n", StringComparison.Ordinal) + "control n".Length;
        var rows = lines.Where(
            l => l.Contains("21,306", StringComparison.Ordinal) || l.Contains(" 180 ", StringComparison.Ordinal));

        Assert.All(rows, r => Assert.True(char.IsDigit(r[controlEnd - 1]) && r[controlEnd] == ' ', r));
    }

    [Fact]
    public void Json_holds_every_mart_under_its_column_names_at_full_precision()
    {
        var json = LiftTableFormatter.FormatJson(Report);

        using var document = JsonDocument.Parse(json);
        var lift = document.RootElement.GetProperty("lift");
        var first = lift[1];
        var verdict = document.RootElement.GetProperty("verdicts")[1];
        Assert.Equal(4, lift.GetArrayLength());
        Assert.Equal(PilotLiftColumns.All.Select(c => c.Name), first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("rate", first.GetProperty("metric_kind").GetString());
        Assert.Equal("primary", first.GetProperty("role").GetString());
        Assert.Equal("met", first.GetProperty("goal_verdict").GetString());
        Assert.Equal(3.1e-113, first.GetProperty("p_value").GetDouble());
        Assert.Equal(0.262, first.GetProperty("variance_reduction").GetDouble());
        Assert.Equal(0.5m, first.GetProperty("planned_split").GetDecimal());
        Assert.Equal(JsonValueKind.Null, lift[3].GetProperty("relative_lift").ValueKind);
        Assert.Equal("observational", lift[0].GetProperty("design").GetString());
        Assert.Equal("met", verdict.GetProperty("verdict").GetString());
        Assert.True(verdict.GetProperty("is_decision_ready").GetBoolean());
        Assert.Equal(
            "2026-01-31", document.RootElement.GetProperty("monthly")[0].GetProperty("as_of_month").GetString());
        Assert.Equal(0, document.RootElement.GetProperty("power").GetArrayLength());
    }

    [Fact]
    public void Csv_quotes_by_rfc_4180_and_reads_back_with_duckdb()
    {
        var csv = LiftTableFormatter.FormatCsv(Report, LiftMart.Lift);
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
            // A header and four records, each ended by CRLF; no bare line feed anywhere.
            Assert.Equal(6, csv.Split("\r\n").Length);
            Assert.DoesNotContain("\n", csv.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Equal(4, rows.Count);
            Assert.Equal(VisitRate.PilotName, rows[1].Name);
            Assert.Equal(3.1e-113, double.Parse(rows[1].PValue, CultureInfo.InvariantCulture));
            Assert.Null(rows[3].Relative);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Csv_of_the_verdicts_and_monthly_marts_has_their_columns()
    {
        var verdicts = LiftTableFormatter.FormatCsv(Report, LiftMart.Verdicts).Split("\r\n");
        var monthly = LiftTableFormatter.FormatCsv(Report, LiftMart.Monthly).Split("\r\n");

        Assert.Equal(string.Join(',', PilotVerdictColumns.All.Select(c => c.Name)), verdicts[0]);
        Assert.StartsWith("branch-visit,Branch visit,observational,complete,,not_decision_ready,", verdicts[1],
            StringComparison.Ordinal);
        Assert.StartsWith("mail-test,visit_rate,2026-01-31,randomised,cuped,10000,10000,0.07,", monthly[1],
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("table", LiftOutputFormat.Table)]
    [InlineData("JSON", LiftOutputFormat.Json)]
    [InlineData("csv", LiftOutputFormat.Csv)]
    public void Format_names_parse(string name, LiftOutputFormat expected)
    {
        Assert.Equal(expected, LiftTableFormatter.ParseFormat(name));
    }

    [Theory]
    [InlineData("lift", LiftMart.Lift)]
    [InlineData("Verdicts", LiftMart.Verdicts)]
    [InlineData("monthly", LiftMart.Monthly)]
    [InlineData("power", LiftMart.Power)]
    public void Mart_names_parse(string name, LiftMart expected)
    {
        Assert.Equal(expected, LiftTableFormatter.ParseMart(name));
    }

    [Fact]
    public void An_unknown_format_or_mart_is_a_usage_error()
    {
        var format = Assert.Throws<WarehouseException>(() => LiftTableFormatter.ParseFormat("xlsx"));
        var mart = Assert.Throws<WarehouseException>(() => LiftTableFormatter.ParseMart("pilots"));

        Assert.Equal(ExitCode.Usage, format.ExitCode);
        Assert.Contains("table, json, csv", format.Message, StringComparison.Ordinal);
        Assert.Equal(ExitCode.Usage, mart.ExitCode);
        Assert.Contains("lift, verdicts, monthly, power", mart.Message, StringComparison.Ordinal);
    }

    private static string[] Table() => LiftTableFormatter.FormatTable(Report).Split('\n');
}
