namespace Warehouse.Etl.Build;

/// <summary>One row of <c>meta.build_runs</c>: a model built or a data test run.</summary>
/// <param name="Model">The table built, or the data test's name.</param>
/// <param name="Kind"><c>model</c> or <c>test</c>.</param>
/// <param name="Status"><c>built</c>, <c>passed</c> or <c>failed</c>.</param>
/// <param name="RowCount">Rows built, or failing rows found; null when the step failed to run.</param>
/// <param name="ElapsedMs">Time the step took, in milliseconds.</param>
/// <param name="Message">Why the step failed, else null.</param>
/// <param name="SqlSha256">The SHA-256 of a built model's SQL; null for tests and failures.</param>
internal sealed record BuildRunEntry(
    string Model,
    string Kind,
    string Status,
    long? RowCount,
    long ElapsedMs,
    string? Message,
    string? SqlSha256 = null)
{
    public static BuildRunEntry Built(ModelRun run) =>
        new(run.Relation, "model", "built", run.RowCount, run.ElapsedMs, null, run.SqlSha256);

    public static BuildRunEntry Tested(DataTestResult result) =>
        new(result.Name, "test", result.Passed ? "passed" : "failed", result.FailingRows, result.ElapsedMs, null);

    /// <summary>A model or test that could not run at all.</summary>
    public static BuildRunEntry Failed(string name, string kind, long elapsedMs, string message) =>
        new(name, kind, "failed", null, elapsedMs, message);
}
