namespace Warehouse.Etl.Build;

/// <summary>What a build of the models did; recorded in <c>meta.build_runs</c> under <see cref="RunId"/>.</summary>
/// <param name="RunId">Identifies the build in <c>meta.build_runs</c>; pass it on to the data tests.</param>
/// <param name="Models">The models in the order they were built.</param>
/// <param name="ElapsedMs">Time the whole build took, in milliseconds.</param>
public sealed record BuildReport(long RunId, IReadOnlyList<ModelRun> Models, long ElapsedMs)
{
    /// <summary>Results of the data tests when the build ran them; empty after the models alone.</summary>
    public IReadOnlyList<DataTestResult> DataTests { get; init; } = [];
}
