using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace Warehouse.Reports.Tests.EndToEnd;

/// <summary>
/// The whole job as a newcomer runs it: <c>warehouse demo</c> in an empty folder, then the PDF it
/// names read back. One demo run is shared by the tests of this class.
/// </summary>
public sealed partial class DemoCommandTests : IClassFixture<DemoCommandTests.DemoRun>
{
    private readonly DemoRun _demo;

    public DemoCommandTests(DemoRun demo)
    {
        _demo = demo;
    }

    [Fact]
    public void The_demo_succeeds_and_says_where_its_warehouse_and_report_are()
    {
        Assert.True(_demo.ExitCode == 0, _demo.Error);
        Assert.True(File.Exists(_demo.WarehousePath), _demo.Output);
        Assert.True(File.Exists(_demo.ReportPath), _demo.Output);
        Assert.EndsWith("monthly-report-2026-10.pdf", _demo.ReportPath, StringComparison.Ordinal);
    }

    [Fact]
    public void The_demo_names_its_published_copy_beside_the_warehouse_and_the_copy_holds_the_marts()
    {
        var published = _demo.PathAfter("Published:").Split("  (", 2)[0];

        Assert.Equal(
            Path.Combine(Path.GetDirectoryName(_demo.WarehousePath)!, "warehouse.published.duckdb"), published);
        var (exitCode, output, error) = WarehouseProcess.Run(
            _demo.Folder, "query", "select count(*) from marts.portfolio_kpis_monthly", "--db", published);
        Assert.True(exitCode == 0, error);
        Assert.Equal("13", output.Split('\n')[2].Trim());
    }

    [Fact]
    public void The_report_shows_the_month_the_kpis_and_the_pilot()
    {
        var pdf = PdfText.Read(File.ReadAllBytes(_demo.ReportPath));

        Assert.Contains("October 2026", pdf.Pages[0], StringComparison.Ordinal);
        Assert.Contains("30+ days past due", pdf.All, StringComparison.Ordinal);
        Assert.Contains("NPS", pdf.All, StringComparison.Ordinal);
        Assert.Contains("Roll to 30+ days past due", pdf.All, StringComparison.Ordinal);
        Assert.Contains("Appendix: data quality", pdf.All, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_tile_agrees_with_the_warehouse_kpi()
    {
        var rate = _demo.Query(
            "select round(rate_30_plus * 100, 1) from marts.portfolio_kpis_monthly "
            + "where month_date = date '2026-10-31'");
        var pdf = PdfText.Read(File.ReadAllBytes(_demo.ReportPath));

        var glance = pdf.Pages.Skip(1).First(p => p.Contains("Portfolio at a glance", StringComparison.Ordinal)
            && p.Contains("30+ days past due", StringComparison.Ordinal));
        Assert.Contains($"{rate}%", glance, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_summarises_the_month_and_shows_the_arrears_heat_maps()
    {
        var pdf = PdfText.Read(File.ReadAllBytes(_demo.ReportPath));

        // Thirteen months of data: the report month has both last month and the same month a year before.
        var cover = pdf.Pages[0];
        var start = cover.IndexOf("The 30+ days past due rate was", StringComparison.Ordinal);
        var sentence = cover[start..cover.IndexOf('\u2022', start)];
        PdfText.AssertInOrder(sentence, "in October 2026:", "on September 2026", "on October 2025");
        Assert.DoesNotContain("not comparable", sentence, StringComparison.Ordinal);
        PdfText.AssertInOrder(pdf.All, "Roll rates, Sep 2026 to Oct 2026", "Current", "Delinquency by vintage");
    }

    [Fact]
    public void The_report_traces_its_figures_to_every_loaded_batch_and_the_build()
    {
        var batches = _demo.Query(
            "select string_agg(batch_id || ' ' || left(file_sha256, 12), ';' order by batch_id) "
            + "from meta.load_batches where status = 'loaded'");
        var run = _demo.Query(
            "select max(run_id) from meta.build_runs where kind = 'model' and status = 'built'");
        var pdf = PdfText.Read(File.ReadAllBytes(_demo.ReportPath));

        var provenance = string.Join(
            " ", pdf.Pages.SkipWhile(p => !p.Contains("Load batches", StringComparison.Ordinal)));
        Assert.All(batches.Split(';'), batch =>
        {
            var (id, hash) = (batch.Split(' ')[0], batch.Split(' ')[1]);
            Assert.Matches($" {id} [a-z_]+ [^ ]+ {hash} ", provenance);
        });
        Assert.Contains($"Build run {run},", provenance, StringComparison.Ordinal);
        Assert.Contains("marts.portfolio_kpis_monthly", provenance, StringComparison.Ordinal);
    }

    [Fact]
    public void Rerunning_the_demo_loads_nothing_twice_and_renders_the_same_figures_from_a_new_build()
    {
        var before = PdfText.Read(File.ReadAllBytes(_demo.ReportPath));

        var again = WarehouseProcess.Run(_demo.Folder, _demo.Arguments);

        // The rerun builds again, so only the provenance of the build (its run id and time) may differ.
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(7, UnchangedLine().Matches(again.Output).Count);
        var after = PdfText.Read(File.ReadAllBytes(_demo.ReportPath));
        Assert.Equal(BeforeBuildProvenance(before), BeforeBuildProvenance(after));
        var run = _demo.Query("select max(run_id) from meta.build_runs where kind = 'model'");
        Assert.Contains($"Build run {run},", after.All, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_warehouse_and_month_render_the_same_bytes_twice()
    {
        var first = Path.Combine(_demo.Folder, "first.pdf");
        var second = Path.Combine(_demo.Folder, "second.pdf");

        var runs = new[] { first, second }
            .Select(file => WarehouseProcess.Run(
                _demo.Folder, "report", "monthly", "--db", _demo.WarehousePath, "--month", "2026-10", "--out", file))
            .ToList();

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Error));
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    private static string BeforeBuildProvenance(PdfText pdf)
    {
        var all = pdf.All;
        return all[..all.IndexOf("Build run ", StringComparison.Ordinal)];
    }

    [Fact]
    public void The_report_command_lays_the_demo_month_out_on_letter_paper_when_asked()
    {
        var (exitCode, _, error) = WarehouseProcess.Run(
            _demo.Folder,
            "report", "monthly", "--month", "2026-10", "--out", "letter.pdf", "--paper", "letter",
            "--db", _demo.WarehousePath);

        Assert.True(exitCode == 0, error);
        using var document = PdfDocument.Open(Path.Combine(_demo.Folder, "letter.pdf"));
        Assert.All(document.GetPages(), page => Assert.Equal((612.0, 792.0), (page.Width, page.Height)));
        Assert.DoesNotContain("warn", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_with_a_character_the_font_lacks_is_warned_about_and_the_report_still_written()
    {
        var (exitCode, _, error) = WarehouseProcess.Run(
            _demo.Folder,
            "report", "monthly", "--month", "2026-10", "--out", "titled.pdf", "--title", "Portfolio \u4E2D",
            "--db", _demo.WarehousePath);

        Assert.True(exitCode == 0, error);
        Assert.Contains("no glyph for U+4E2D", error, StringComparison.Ordinal);
        var pdf = PdfText.Read(File.ReadAllBytes(Path.Combine(_demo.Folder, "titled.pdf")));
        Assert.Contains("Portfolio \uFFFD", pdf.Pages[0], StringComparison.Ordinal);
        Assert.Contains("U+4E2D", pdf.Pages[^1], StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\w+\s+unchanged\s", RegexOptions.Multiline)]
    private static partial Regex UnchangedLine();

    /// <summary>One small synthetic demo in a temporary folder.</summary>
    public sealed partial class DemoRun : IDisposable
    {
        public DemoRun()
        {
            Folder = Directory.CreateTempSubdirectory("warehouse-demo-test-").FullName;
            Arguments = ["demo", "--out", "out", "--customers", "800", "--months", "13"];
            (ExitCode, Output, Error) = WarehouseProcess.Run(Folder, Arguments);
            WarehousePath = PathAfter("Warehouse:");
            ReportPath = PathAfter("Report:");
        }

        public string Folder { get; }

        public string[] Arguments { get; }

        public int ExitCode { get; }

        public string Output { get; }

        public string Error { get; }

        public string WarehousePath { get; }

        public string ReportPath { get; }

        /// <summary>A single value from the demo's warehouse, through the program's own query command.</summary>
        public string Query(string sql)
        {
            var (exitCode, output, error) = WarehouseProcess.Run(Folder, "query", sql, "--db", WarehousePath);
            Assert.True(exitCode == 0, error);
            return output.Split('\n')[2].Trim();
        }

        /// <summary>The rest of the output line that starts with <paramref name="label"/>, or empty.</summary>
        public string PathAfter(string label) =>
            Output.Split('\n')
                .FirstOrDefault(l => l.StartsWith(label, StringComparison.Ordinal))?[label.Length..]
                .Trim()
            ?? "";

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }
}
