using SkiaSharp;
using Warehouse.Reports.Layout;

namespace Warehouse.Reports.Monthly;

/// <summary>
/// Appendix: which load batches and which build produced the figures, so that a reader can trace every number
/// to its files and to the SQL that computed it.
/// </summary>
internal static class ProvenanceSection
{
    public const string Title = "Appendix: provenance";

    /// <summary>Hex digits of a SHA-256 the tables show: enough to tell files and models apart at a glance.</summary>
    public const int HashPrefix = 12;

    // TODO(provenance): the lift job's output is not versioned in meta.build_runs; recording each lift mart
    // there with a fingerprint of the lift code would let this table list them like the SQL models.

    /// <summary>Where the pilot figures come from, which the models table does not list.</summary>
    public const string LiftJobNote = "The pilot figures come from marts.pilot_lift, pilot_verdicts, "
        + "pilot_lift_monthly and pilot_power, which the build's lift job (or a later warehouse lift) computes in "
        + "C# from marts.pilot_metric_summaries; the warehouse records no version of that job.";

    public static void Write(ReportLayout layout, MonthlyReport report)
    {
        layout.StartSection(Title, onNewPage: true);
        layout.Paragraph(Title, ReportTheme.SectionHeading, 6f);

        var batches = BatchTable(report);
        layout.Heading("Load batches", ReportTheme.Subheading, 40f, 3f);
        layout.Paragraph(
            batches.RowCount == 0
                ? "The warehouse has no loaded batch."
                : "Every file loaded into the warehouse: its batch id (the _batch_id of each raw row it gave), the "
                    + $"file, the first {HashPrefix} hex digits of the SHA-256 of its bytes, and the rows it loaded.",
            ReportTheme.Body,
            8f);
        if (batches.RowCount > 0)
        {
            batches.Draw(layout);
        }

        layout.Space(14f);
        WriteBuild(layout, report.Build, hasPilots: report.PilotLift.Count > 0);
    }

    private static ReportTable BatchTable(MonthlyReport report)
    {
        var table = new ReportTable(
        [
            new TableColumn("Batch", 0.6f, SKTextAlign.Right),
            new TableColumn("Extract", 1f),
            new TableColumn("File", 2.6f),
            new TableColumn("SHA-256", 1.2f),
            new TableColumn("Rows loaded", 0.9f, SKTextAlign.Right),
            new TableColumn("Loaded (UTC)", 1.3f, SKTextAlign.Right),
        ]);
        foreach (var batch in report.Batches)
        {
            table.Add(
                FigureFormat.Count(batch.BatchId),
                batch.Extract,
                Path.GetFileName(batch.SourceFile),
                Prefix(batch.FileSha256),
                FigureFormat.Count(batch.RowsLoaded),
                FigureFormat.Timestamp(batch.FinishedAt, withZone: false));
        }

        return table;
    }

    private static void WriteBuild(ReportLayout layout, BuildProvenance? build, bool hasPilots)
    {
        if (build is null)
        {
            layout.Heading("Models", ReportTheme.Subheading, 20f, 3f);
            layout.Paragraph("The warehouse records no build whose models all built.", ReportTheme.Body);
            return;
        }

        var table = new ReportTable(
        [
            new TableColumn("Model", 2.6f),
            new TableColumn("Rows", 1f, SKTextAlign.Right),
            new TableColumn("SQL SHA-256", 1.4f),
        ]);
        foreach (var model in build.Models)
        {
            table.Add(
                model.Model,
                FigureFormat.Count(model.RowCount),
                model.SqlSha256 is { } hash ? Prefix(hash) : new TableCell("not recorded", Tone: CellTone.Bad));
        }

        var intro = $"Build run {build.RunId}, finished {FigureFormat.Timestamp(build.FinishedAt)}, wrote the SQL "
            + $"models this report reads: {build.Models.Count} models, then {FigureFormat.Count(build.TestsPassed)} "
            + $"data tests passed and {FigureFormat.Count(build.TestsFailed)} failed. Rows are as the build recorded "
            + $"them; the SQL fingerprint is the first {HashPrefix} hex digits of the SHA-256 of the SQL the build ran "
            + "for each model (in meta.build_runs), so two reports built from different model versions show "
            + "different fingerprints. Builds older than this record show none."
            + (hasPilots ? " " + LiftJobNote : "");
        var introHeight = TextWrapper.Wrap(intro, ReportTheme.Body, layout.Width).Count * ReportTheme.Body.LineHeight;
        layout.Heading("Models", ReportTheme.Subheading, introHeight + 8f + table.StartHeight(layout), 3f);
        layout.Paragraph(intro, ReportTheme.Body, 8f);
        table.Draw(layout);
    }

    private static string Prefix(string hash) => hash.Length <= HashPrefix ? hash : hash[..HashPrefix];
}
