namespace Warehouse.Reports.Monthly;

/// <summary>
/// The latest build whose models all built, from <c>meta.build_runs</c>: the tables the report reads are the ones
/// it wrote, since a failed build leaves the tables as they were.
/// </summary>
/// <param name="RunId">The build's run id.</param>
/// <param name="FinishedAt">When the build recorded its models (UTC).</param>
/// <param name="TestsPassed">Data tests recorded as passed under the run.</param>
/// <param name="TestsFailed">Data tests recorded as failed under the run.</param>
/// <param name="Models">The models built, in the order the build recorded them.</param>
public sealed record BuildProvenance(
    long RunId,
    DateTime FinishedAt,
    long TestsPassed,
    long TestsFailed,
    IReadOnlyList<ModelVersion> Models);
